package dev.passkeyautopilot.vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * The method that actually authenticated a successful sign-in of the realm, whatever step ran it (ours or
 * Keycloak's own): what the usage rate counts by. Stored on every sign-in row ({@code PA_SIGN_IN.METHOD}).
 */
public enum SignInMethod {
    /** A passkey as the first factor (ours, or Keycloak's passwordless WebAuthn step). */
    PASSKEY,
    /** A password, with or without a second factor. */
    PASSWORD,
    /** An identity provider (social login, SAML or OIDC broker). */
    IDENTITY_PROVIDER,
    /** Neither of the above: a one-time code alone, a client's credentials, an unknown custom step. */
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SignInMethod> fromCode(String code) {
        for (SignInMethod method : values()) {
            if (method.code().equals(code)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
