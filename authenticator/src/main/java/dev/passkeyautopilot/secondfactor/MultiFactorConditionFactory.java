package dev.passkeyautopilot.secondfactor;

import dev.passkeyautopilot.mfa.SessionMethods;
import org.keycloak.Config;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.List;

/**
 * "Condition - already multi-factor": true when the login so far is multi-factor (e.g. a passkey with user
 * verification). With "negate" on, it lets a flow skip Keycloak's own one-time-code sub-flow after a passkey
 * login; our passkey second factor skips itself without it.
 */
public class MultiFactorConditionFactory implements ConditionalAuthenticatorFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-condition-multi-factor";
    static final String NEGATE = "negate";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENT_CHOICES = {
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.DISABLED,
    };

    private static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(NEGATE)
            .label("Negate")
            .helpText("True when the login is NOT yet multi-factor: put it in a second-factor sub-flow to skip that sub-flow after a passkey login.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("false")
            .add()
            .build();

    private static final ConditionalAuthenticator CONDITION = new ConditionalAuthenticator() {
        @Override
        public boolean matchCondition(AuthenticationFlowContext context) {
            boolean multiFactor = SessionMethods.ofAuthentication(context.getAuthenticationSession()).isMultiFactor();
            boolean negate = context.getAuthenticatorConfig() != null && context.getAuthenticatorConfig().getConfig() != null
                    && Boolean.parseBoolean(context.getAuthenticatorConfig().getConfig().get(NEGATE));
            return negate != multiFactor;
        }

        @Override
        public void action(AuthenticationFlowContext context) {
        }

        @Override
        public boolean requiresUser() {
            return false;
        }

        @Override
        public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        }

        @Override
        public void close() {
        }
    };

    @Override
    public ConditionalAuthenticator getSingleton() {
        return CONDITION;
    }

    @Override
    public String getDisplayType() {
        return "Condition - login already multi-factor (Passkey Autopilot)";
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
        return "True when the login so far is multi-factor, e.g. a passkey sign-in with user verification.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PROPERTIES;
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
