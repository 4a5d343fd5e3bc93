package dev.passkeyautopilot.webauthn;

import java.util.Locale;

/**
 * Why a passkey ceremony did not succeed. The {@link #code()} is what events, logs and support tooling
 * show; it is part of our public event contract (docs/admin-guide.md) and never changes once released.
 */
public enum FailureReason {
    // reported by the page (the browser's WebAuthn call rejected)
    NOT_ALLOWED,
    CANCELLED,
    TIMEOUT,
    INVALID_STATE,
    SECURITY_ERROR,
    NOT_SUPPORTED,
    CLIENT_ERROR,

    // found by the server
    REQUEST_TOO_LARGE,
    MALFORMED_RESPONSE,
    CHALLENGE_MISSING,
    CHALLENGE_EXPIRED,
    BAD_CHALLENGE,
    BAD_ORIGIN,
    BAD_RP_ID,
    BAD_TYPE,
    USER_NOT_PRESENT,
    USER_NOT_VERIFIED,
    BAD_SIGNATURE,
    COUNTER_REGRESSED,
    BACKUP_FLAGS_INCONSISTENT,
    UNKNOWN_CREDENTIAL,
    USER_HANDLE_MISMATCH,
    BAD_ATTESTATION,
    ALGORITHM_NOT_ALLOWED,
    VERIFICATION_FAILED,
    /** A passkey sign-in was posted in a realm where passkeys serve only as a second factor. */
    REGULATED_MODE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Maps the {@code name} of the DOMException a page reports for a rejected
     * {@code navigator.credentials.get/create} call. Browsers report a missing credential and a cancelled
     * prompt alike as NotAllowedError (on purpose, for privacy), so this cannot tell them apart.
     */
    public static FailureReason fromClientError(String domExceptionName) {
        if (domExceptionName == null) {
            return CLIENT_ERROR;
        }
        return switch (domExceptionName) {
            case "NotAllowedError" -> NOT_ALLOWED;
            case "AbortError" -> CANCELLED;
            case "TimeoutError" -> TIMEOUT;
            case "InvalidStateError" -> INVALID_STATE;
            case "SecurityError" -> SECURITY_ERROR;
            case "NotSupportedError" -> NOT_SUPPORTED;
            default -> CLIENT_ERROR;
        };
    }
}
