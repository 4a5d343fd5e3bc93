package dev.passkeyautopilot.login;

import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.passkey.PasskeyServices;
import dev.passkeyautopilot.passkey.PasskeyStep;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.vocabulary.OperationKind;
import org.keycloak.Config;
import org.keycloak.authentication.AuthenticationFlowCallbackFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

import java.util.List;
import java.util.Set;

public class IdentifierFirstPasskeyAuthenticatorFactory implements AuthenticatorFactory, AuthenticationFlowCallbackFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-identifier-first";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENT_CHOICES = {
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.ALTERNATIVE,
    };

    @Override
    public Authenticator create(KeycloakSession session) {
        PasskeyServices services = PasskeyServices.of(session);
        UserPasskeys passkeys = services.passkeys(session);
        PasskeyOperations operations = services.operations(session);
        PasskeyStep step = new PasskeyStep(services, passkeys, operations,
                new LoginDecider(passkeys, services.intelligence(), operations, services.gate(), Feature.LOGIN, OperationKind.LOGIN));
        return new IdentifierFirstPasskeyAuthenticator(step, operations);
    }

    @Override
    public String getDisplayType() {
        return "Passkey Autopilot: username, then automatic passkey or password";
    }

    /**
     * Keycloak's brute-force protection counts a failed step only if its category is password, one-time code
     * or recovery code ({@code DefaultBruteForceProtector.ALLOWED_AUTHENTICATION_CATEGORIES}): this step checks
     * passwords, so wrong ones, and rejected passkeys with them, count as at Keycloak's own form.
     */
    @Override
    public String getReferenceCategory() {
        return PasswordCredentialModel.TYPE;
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
        return "Asks for the username or email, then starts the user's passkey prompt by itself; falls back to the password.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return IdentifierFirstConfig.PROPERTIES;
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
