package dev.passkeyautopilot.secondfactor;

import dev.passkeyautopilot.mfa.AuthenticationMethod;
import dev.passkeyautopilot.mfa.SessionMethods;
import org.keycloak.authentication.Authenticator;

import java.util.List;
import java.util.Map;

/**
 * A second factor of Keycloak's that the passkey step hands over to: its authenticator runs inside our
 * execution, so its page posts back to us and we pass the post on.
 *
 * @param providerId    the Keycloak authenticator id, e.g. {@code auth-otp-form}
 * @param authenticator the authenticator instance of this request
 */
record Fallback(String providerId, Authenticator authenticator) {

    private static final Map<String, String> BUTTON_TEXT = Map.of(
            "auth-otp-form", "paUseOtpInstead",
            "auth-recovery-authn-code-form", "paUseRecoveryCodeInstead",
            "webauthn-authenticator", "paUseSecurityKeyInstead");

    /** The message key of the button that switches to this factor. */
    String buttonText() {
        return BUTTON_TEXT.getOrDefault(providerId, "paUseOtherMethod");
    }

    /** What this factor proves, for the {@code amr} claim: what the same step proves when Keycloak runs it. */
    List<AuthenticationMethod> methods() {
        return SessionMethods.ofKeycloakStep(providerId);
    }
}
