package dev.passkeyautopilot.mfa;

import java.util.Locale;
import java.util.Optional;

/**
 * The RFC 8176 authentication method reference values this extension puts in the {@code amr} claim.
 * The mapping from what happened at login to these values is documented in docs/second-factor.md.
 */
public enum AuthenticationMethod {
    /** A password. */
    PWD(Kind.KNOWLEDGE),
    /** A one-time code (TOTP/HOTP, also recovery codes). */
    OTP(Kind.POSSESSION),
    /** A device-bound passkey: the private key never leaves the authenticator's hardware. */
    HWK(Kind.POSSESSION),
    /** A synced passkey: the key is kept by a provider that copies it between the user's devices. */
    SWK(Kind.POSSESSION),
    /** The authenticator verified the user (biometric or device PIN), not just their presence. */
    USER(Kind.INHERENCE_OR_KNOWLEDGE),
    /** More than one kind of factor was used. Derived, never recorded directly. */
    MFA(Kind.DERIVED);

    enum Kind { KNOWLEDGE, POSSESSION, INHERENCE_OR_KNOWLEDGE, DERIVED }

    private final Kind kind;

    AuthenticationMethod(Kind kind) {
        this.kind = kind;
    }

    /** The value in the claim, e.g. {@code hwk}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    Kind kind() {
        return kind;
    }

    public static Optional<AuthenticationMethod> fromValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (AuthenticationMethod method : values()) {
            if (method.value().equals(value.trim())) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    /** The methods of one passkey ceremony: the key's kind, plus {@code user} when the user was verified. */
    public static java.util.List<AuthenticationMethod> ofPasskey(boolean synced, boolean userVerified) {
        AuthenticationMethod key = synced ? SWK : HWK;
        return userVerified ? java.util.List.of(key, USER) : java.util.List.of(key);
    }
}
