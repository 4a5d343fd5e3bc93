package dev.passkeyautopilot.support;

import dev.passkeyautopilot.admin.AdminErrors;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A refusal with a message a person understands: {@code {"error": code, "field": ..., "message": ...}}.
 * Thrown inside the support resource and turned into the response at its edge.
 */
final class SupportError extends RuntimeException {

    private final Response.Status status;
    private final String code;
    private final String field;
    private final Integer retryAfterSeconds;

    SupportError(Response.Status status, String code, String field, String message) {
        this(status, code, field, message, null);
    }

    private SupportError(Response.Status status, String code, String field, String message, Integer retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with {@code Retry-After} in seconds (RFC 9110 §10.2.3), so clients and the console know when to try again. */
    static SupportError tooManyRequests(String code, String message, int retryAfterSeconds) {
        return new SupportError(Response.Status.TOO_MANY_REQUESTS, code, null, message, retryAfterSeconds);
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
        Response response = AdminErrors.of(status, code, field, getMessage());
        if (retryAfterSeconds == null) {
            return response;
        }
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
