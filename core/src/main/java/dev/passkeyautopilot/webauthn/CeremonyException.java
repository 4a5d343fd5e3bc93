package dev.passkeyautopilot.webauthn;

/**
 * A passkey ceremony failed for a reason the caller must report (event, message) but that is not a
 * server fault. Parse failures and verification failures alike end here, each with its {@link FailureReason}.
 */
public class CeremonyException extends Exception {

    private final FailureReason reason;

    public CeremonyException(FailureReason reason, String message) {
        this(reason, message, null);
    }

    public CeremonyException(FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}
