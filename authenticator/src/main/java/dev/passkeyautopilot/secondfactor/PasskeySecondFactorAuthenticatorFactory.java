package dev.passkeyautopilot.secondfactor;

import dev.passkeyautopilot.passkey.PasskeyStepFactory;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.vocabulary.OperationKind;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.OTPCredentialModel;

/**
 * The passkey as second factor. Its reference category is {@code otp}: a rejected passkey (and a wrong code of
 * the fallback shown inside this step) counts like a wrong one-time code, toward both the lockout and the
 * second-factor failure limit of Keycloak's brute-force protection.
 */
public class PasskeySecondFactorAuthenticatorFactory extends PasskeyStepFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-second-factor";

    public PasskeySecondFactorAuthenticatorFactory() {
        super(PROVIDER_ID, "Passkey Autopilot: passkey as second factor",
                "After the password: prompts for the user's passkey where it will work, else (and on cancel or failure) "
                        + "the configured fallback second factor, e.g. a one-time code. Skipped when the login is already multi-factor.",
                OTPCredentialModel.TYPE, SecondFactorConfig.PROPERTIES, Requirement.REQUIRED, Requirement.ALTERNATIVE, Requirement.DISABLED);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new PasskeySecondFactorAuthenticator(step(session, Feature.SECOND_FACTOR, OperationKind.SECOND_FACTOR));
    }
}
