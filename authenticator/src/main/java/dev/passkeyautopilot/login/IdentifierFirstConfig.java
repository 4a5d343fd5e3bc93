package dev.passkeyautopilot.login;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.List;
import java.util.Map;

/**
 * Settings of one identifier-first execution (Authentication → flow → ⚙ on the step). Every key is
 * documented in docs/admin-guide.md.
 *
 * @param conditionalUi offer passkey autofill in the username field
 */
record IdentifierFirstConfig(boolean conditionalUi) {

    static final String CONDITIONAL_UI = "conditional-ui";

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(CONDITIONAL_UI)
            .label("Passkey autofill")
            .helpText("Offer the user's passkeys in the browser's autofill of the username field, where the browser supports it.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("true")
            .add()
            .build();

    static IdentifierFirstConfig of(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new IdentifierFirstConfig(!"false".equals(config.get(CONDITIONAL_UI)));
    }
}
