package dev.passkeyautopilot.support;

import dev.passkeyautopilot.admin.AdminErrors;
import jakarta.ws.rs.core.Response;

/**
 * A refusal with a message a person understands: {@code {"error": code, "field": ..., "message": ...}}.
 * Thrown inside the support resource and turned into the response at its edge.
 */
final class SupportError extends RuntimeException {

    private final Response.Status status;
    private final String code;
    private final String field;

    SupportError(Response.Status status, String code, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static SupportError forbidden(String message) {
        return new SupportError(Response.Status.FORBIDDEN, "forbidden", null, message);
    }

    static SupportError notFound(String code, String message) {
        return new SupportError(Response.Status.NOT_FOUND, code, null, message);
    }

    static SupportError badRequest(String field, String message) {
        return new SupportError(Response.Status.BAD_REQUEST, "invalid_request", field, message);
    }

    Response response() {
        return AdminErrors.of(status, code, field, getMessage());
    }
}
