package dev.passkeyautopilot.login;

import dev.passkeyautopilot.append.AutomaticUpgrade;
import dev.passkeyautopilot.passkey.PasskeyStep;
import dev.passkeyautopilot.passkey.PasskeyStepFactory;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.vocabulary.OperationKind;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * The identifier-first step. Its reference category is {@code password}: the step checks passwords, so wrong
 * ones, and rejected passkeys with them, count for Keycloak's brute-force protection as at its own form.
 */
public class IdentifierFirstPasskeyAuthenticatorFactory extends PasskeyStepFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-identifier-first";

    public IdentifierFirstPasskeyAuthenticatorFactory() {
        super(PROVIDER_ID, "Passkey Autopilot: username, then automatic passkey or password",
                "Asks for the username or email, then starts the user's passkey prompt by itself; falls back to the password.",
                PasswordCredentialModel.TYPE, IdentifierFirstConfig.PROPERTIES, Requirement.REQUIRED, Requirement.ALTERNATIVE);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new IdentifierFirstPasskeyAuthenticator(step(session, Feature.LOGIN, OperationKind.LOGIN), AutomaticUpgrade.of(session));
    }
}
