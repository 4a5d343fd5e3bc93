package dev.passkeyautopilot.secondfactor;

import dev.passkeyautopilot.mfa.LevelOfAuthentication;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settings of one passkey second-factor execution (documented in docs/second-factor.md).
 *
 * @param fallbacks the second factors offered when the passkey is not usable here, cancelled or failed, in
 *                  order: Keycloak authenticator provider ids (e.g. {@code auth-otp-form}); the first one the
 *                  user has set up is offered
 * @param level     the level of authentication (step-up LoA) this step reaches; 0 leaves it to the flow
 */
record SecondFactorConfig(List<String> fallbacks, int level) {

    static final String FALLBACKS = "fallbacks";
    static final String LEVEL = "level-of-authentication";
    static final String DEFAULT_FALLBACKS = "auth-otp-form";
    static final int DEFAULT_LEVEL = 2;

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(FALLBACKS)
            .label("Fallback second factors")
            .helpText("Comma-separated Keycloak authenticator ids, in order, offered when the passkey cannot be used here, is cancelled "
                    + "or fails: the first one the user has set up is shown. E.g. auth-otp-form, webauthn-authenticator, "
                    + "auth-recovery-authn-code-form. Empty: the passkey is the only second factor.")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(DEFAULT_FALLBACKS)
            .add()
            .property()
            .name(LEVEL)
            .label("Level of authentication")
            .helpText("The level of authentication (step-up LoA, mapped to acr values) reached when this step succeeds. "
                    + "0 leaves the level to the flow's conditions.")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(DEFAULT_LEVEL))
            .add()
            .build();

    static SecondFactorConfig of(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        String fallbacks = config.getOrDefault(FALLBACKS, DEFAULT_FALLBACKS);
        return new SecondFactorConfig(
                Arrays.stream(fallbacks == null ? new String[0] : fallbacks.split(","))
                        .map(String::trim)
                        .filter(id -> !id.isEmpty())
                        // our own step as its own fallback would loop
                        .filter(id -> !PasskeySecondFactorAuthenticatorFactory.PROVIDER_ID.equals(id))
                        .distinct()
                        .toList(),
                LevelOfAuthentication.parse(config.get(LEVEL), DEFAULT_LEVEL));
    }
}
