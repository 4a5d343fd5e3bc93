package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.login.LoginDecider;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.vocabulary.OperationKind;
import org.keycloak.Config;
import org.keycloak.authentication.AuthenticationFlowCallbackFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

import java.util.List;
import java.util.Set;

/**
 * What the factories of our two passkey steps (identifier-first, second factor) have in common: the one
 * {@link PasskeyStep} built from the node's {@link PasskeyServices}, the account console's view of our passkeys,
 * and configuration per execution. Each subclass names its reference category, which decides how Keycloak's
 * brute-force protection counts the step's failures.
 */
public abstract class PasskeyStepFactory implements AuthenticationFlowCallbackFactory {

    private final String id;
    private final String displayType;
    private final String helpText;
    private final String referenceCategory;
    private final AuthenticationExecutionModel.Requirement[] requirementChoices;
    private final List<ProviderConfigProperty> properties;

    /**
     * @param referenceCategory Keycloak's brute-force protection counts a failed step only if this is
     *                          {@code password}, {@code otp} or {@code recovery-authn-code}
     *                          ({@code DefaultBruteForceProtector.ALLOWED_AUTHENTICATION_CATEGORIES})
     */
    protected PasskeyStepFactory(String id, String displayType, String helpText, String referenceCategory,
                                 List<ProviderConfigProperty> properties, AuthenticationExecutionModel.Requirement... requirementChoices) {
        this.id = id;
        this.displayType = displayType;
        this.helpText = helpText;
        this.referenceCategory = referenceCategory;
        this.properties = List.copyOf(properties);
        this.requirementChoices = requirementChoices.clone();
    }

    /** The shared passkey step for one session, deciding for this feature and recording this kind of operation. */
    protected static PasskeyStep step(KeycloakSession session, Feature feature, OperationKind kind) {
        PasskeyServices services = PasskeyServices.of(session);
        UserPasskeys passkeys = services.passkeys(session);
        PasskeyOperations operations = services.operations(session);
        return new PasskeyStep(services, passkeys, operations,
                new LoginDecider(passkeys, services.intelligence(), operations, services.gate(), feature, kind));
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDisplayType() {
        return displayType;
    }

    @Override
    public String getHelpText() {
        return helpText;
    }

    @Override
    public String getReferenceCategory() {
        return referenceCategory;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return requirementChoices.clone();
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return properties;
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
    public boolean isUserSetupAllowed() {
        return false;
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
}
