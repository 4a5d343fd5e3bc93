package dev.passkeyautopilot.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A refusal of our admin REST API, with a message a person can act on. This is the one place its JSON is made:
 * {@code {"error": code, "field": name, "message": sentence}}, the field only when one is at fault.
 * <p>
 * Like Keycloak's {@code ErrorResponseException}, it carries its response: JAX-RS returns the response of a
 * {@link WebApplicationException} that has an entity as it is, so no mapper is needed and Keycloak's
 * {@code KeycloakErrorHandler} (which would answer with its OAuth error shape) never sees it. Unlike Keycloak's,
 * it leaves the transaction alone: a refusal comes before any change, and some refusals are audited themselves
 * (the set-up email cooldown writes a user event), which a rollback would lose.
 */
public final class AdminRequestException extends WebApplicationException {

    public static final String INVALID_REQUEST = "invalid_request";

    private final Refusal refusal;
    private final Integer retryAfterSeconds;

    AdminRequestException(Refusal refusal) {
        this(refusal, null);
    }

    private AdminRequestException(Refusal refusal, Integer retryAfterSeconds) {
        super(refusal.message(), refusal.status());
        this.refusal = refusal;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    private AdminRequestException(Response.Status status, String code, String field, String message, Integer retryAfterSeconds) {
        this(new Refusal(status, code, field, message), retryAfterSeconds);
    }

    /** 400 naming the field at fault (null when the body as a whole is). */
    public static AdminRequestException badRequest(String code, String field, String message) {
        return new AdminRequestException(Response.Status.BAD_REQUEST, code, field, message, null);
    }

    public static AdminRequestException forbidden(String message) {
        return new AdminRequestException(Response.Status.FORBIDDEN, "forbidden", null, message, null);
    }

    public static AdminRequestException notFound(String code, String field, String message) {
        return new AdminRequestException(Response.Status.NOT_FOUND, code, field, message, null);
    }

    public static AdminRequestException conflict(String code, String message) {
        return new AdminRequestException(Response.Status.CONFLICT, code, null, message, null);
    }

    public static AdminRequestException tooLarge(String message) {
        return new AdminRequestException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "request_too_large", null, message, null);
    }

    public static AdminRequestException unavailable(String code, String message) {
        return new AdminRequestException(Response.Status.SERVICE_UNAVAILABLE, code, null, message, null);
    }

    /** 429 with {@code Retry-After} in seconds (RFC 9110 §10.2.3), so clients and the console know when to try again. */
    public static AdminRequestException tooManyRequests(String code, String message, int retryAfterSeconds) {
        return new AdminRequestException(Response.Status.TOO_MANY_REQUESTS, code, null, message, retryAfterSeconds);
    }

    public Refusal refusal() {
        return refusal;
    }

    @Override
    public Response getResponse() {
        Response.ResponseBuilder response = Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Body(refusal.code(), refusal.field(), refusal.message()));
        if (retryAfterSeconds != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return response.build();
    }

    /**
     * What was refused and why, before it becomes a response.
     *
     * @param code  the {@code error} clients branch on
     * @param field the field at fault, null when the request as a whole is
     */
    public record Refusal(Response.Status status, String code, String field, String message) {
    }

    /** The error as clients read it; Keycloak's Jackson leaves the field out when it is null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String error, String field, String message) {
    }
}
