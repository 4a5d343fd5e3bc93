package dev.passkeyautopilot.mfa;

import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

import java.util.List;

/**
 * Keycloak's credential types that serve only as a second factor: one-time codes, security keys (Keycloak's
 * second-factor WebAuthn) and recovery codes. Passkeys are not among them: they are a first factor too.
 */
public final class SecondFactorCredentials {

    public static final List<String> TYPES = List.of(OTPCredentialModel.TYPE, WebAuthnCredentialModel.TYPE_TWOFACTOR,
            RecoveryAuthnCodesCredentialModel.TYPE);

    private SecondFactorCredentials() {
    }
}
