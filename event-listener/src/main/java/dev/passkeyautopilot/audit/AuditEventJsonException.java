package dev.passkeyautopilot.audit;

/** A stored or received event document that cannot be read; the message names the problem, never the content. */
public class AuditEventJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AuditEventJsonException(String message) {
        super(message);
    }

    public AuditEventJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
