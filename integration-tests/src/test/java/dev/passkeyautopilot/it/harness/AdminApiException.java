package dev.passkeyautopilot.it.harness;

/** A Keycloak REST call answered with an unexpected status; carries the status and body for the failure message. */
public final class AdminApiException extends RuntimeException {

    private final int status;
    private final String body;

    AdminApiException(String method, String uri, int status, String body) {
        super(method + " " + uri + " -> HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body));
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
