package dev.passkeyautopilot.secondfactor;

import dev.passkeyautopilot.login.LoginDecider;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.passkey.PasskeyServices;
import dev.passkeyautopilot.passkey.PasskeyStep;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.vocabulary.OperationKind;
import org.keycloak.Config;
import org.keycloak.authentication.AuthenticationFlowCallbackFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

import java.util.List;
import java.util.Set;

public class PasskeySecondFactorAuthenticatorFactory implements AuthenticationFlowCallbackFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-second-factor";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENT_CHOICES = {
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.ALTERNATIVE,
            AuthenticationExecutionModel.Requirement.DISABLED,
    };

    @Override
    public Authenticator create(KeycloakSession session) {
        PasskeyServices services = PasskeyServices.of(session);
        UserPasskeys passkeys = services.passkeys(session);
        PasskeyOperations operations = services.operations(session);
        PasskeyStep step = new PasskeyStep(services, passkeys, operations,
                new LoginDecider(passkeys, services.intelligence(), operations, services.gate(), Feature.SECOND_FACTOR, OperationKind.SECOND_FACTOR));
        return new PasskeySecondFactorAuthenticator(step);
    }

    @Override
    public String getDisplayType() {
        return "Passkey Autopilot: passkey as second factor";
    }

    /**
     * Keycloak's brute-force protection counts a failed step only if its category is password, one-time code
     * or recovery code: as {@code otp}, a rejected passkey (and a wrong code of the fallback shown inside this
     * step) counts like a wrong one-time code, toward both the lockout and the second-factor failure limit.
     */
    @Override
    public String getReferenceCategory() {
        return OTPCredentialModel.TYPE;
    }

    /** The account console lists a credential type only if a step of the realm's flows names it. */
    @Override
    public Set<String> getOptionalReferenceCategories(KeycloakSession session) {
        return Set.of(UserPasskeys.CREDENTIAL_TYPE);
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENT_CHOICES;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public String getHelpText() {
        return "After the password: prompts for the user's passkey where it will work, else (and on cancel or failure) "
                + "the configured fallback second factor, e.g. a one-time code. Skipped when the login is already multi-factor.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return SecondFactorConfig.PROPERTIES;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
