package dev.passkeyautopilot.login;

import dev.passkeyautopilot.intelligence.IntelligenceSettings;
import dev.passkeyautopilot.mfa.LevelOfAuthentication;
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
 * @param passkeyLevel  the level of authentication (Keycloak's step-up LoA) a passkey login with user
 *                      verification reaches; 0 leaves the level to the flow
 * @param retryAfterSeconds how long the passkey page waits on the browser's prompt before it offers "Try again"
 *
 * <p>The intelligence settings ({@code intelligence.*}) live in the same config and are read by
 * {@link IntelligenceSettings#fromConfig}.
 */
record IdentifierFirstConfig(boolean conditionalUi, int passkeyLevel, int retryAfterSeconds) {

    static final String CONDITIONAL_UI = "conditional-ui";
    static final String PASSKEY_LEVEL = "passkey-level-of-authentication";
    static final int DEFAULT_PASSKEY_LEVEL = 2;
    static final String RETRY_AFTER = "passkey-retry-after-seconds";
    static final int DEFAULT_RETRY_AFTER_SECONDS = 30;
    private static final int MAX_RETRY_AFTER_SECONDS = 600;

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(CONDITIONAL_UI)
            .label("Passkey autofill")
            .helpText("Offer the user's passkeys in the browser's autofill of the username field, where the browser supports it.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("true")
            .add()
            .property()
            .name(PASSKEY_LEVEL)
            .label("Passkey level of authentication")
            .helpText("The level of authentication (step-up LoA, mapped to acr values in the realm or client) that a passkey sign-in "
                    + "with user verification reaches: it is multi-factor on its own. 0 leaves the level to the flow's conditions.")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(DEFAULT_PASSKEY_LEVEL))
            .add()
            .property()
            .name(RETRY_AFTER)
            .label("\"Try again\" after (seconds)")
            .helpText("How long the passkey page shows that it is waiting for the browser's prompt before it offers \"Try again\" (1 to 600).")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(DEFAULT_RETRY_AFTER_SECONDS))
            .add()
            .property()
            .name(IntelligenceSettings.FAILURES_BEFORE_BUTTON)
            .label("Failures before no automatic prompt")
            .helpText("After this many failed or cancelled automatic passkey prompts in a browser (since the last success there), "
                    + "the user gets a \"Use your passkey\" button instead of an automatic prompt.")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(IntelligenceSettings.defaults().failuresBeforeStoppingAutoPrompt()))
            .add()
            .property()
            .name(IntelligenceSettings.LOOK_BACK_DAYS)
            .label("Look-back (days)")
            .helpText("How far back past passkey attempts count, for the user and realm-wide.")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Long.toString(IntelligenceSettings.defaults().lookBack().toDays()))
            .add()
            .property()
            .name(IntelligenceSettings.CROSS_DEVICE)
            .label("Cross-device sign-in")
            .helpText("Offer a passkey from another device (QR code / hybrid) when none on this device will work.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue(Boolean.toString(IntelligenceSettings.defaults().crossDeviceEnabled()))
            .add()
            .property()
            .name(IntelligenceSettings.ALLOWED_DECISIONS)
            .label("Allowed decisions")
            .helpText("Comma-separated: auto_passkey, conditional_only, button_only, fallback. A decision not allowed degrades to the next one.")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue("auto_passkey,conditional_only,button_only,fallback")
            .add()
            .property()
            .name(IntelligenceSettings.REALM_FAILURE_SHARE)
            .label("Realm failure share")
            .helpText("Stop automatic prompts in an environment (OS + browser) when this share (0 to 1) of the realm's recent automatic prompts there failed.")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(Double.toString(IntelligenceSettings.defaults().realmFailureShareThreshold()))
            .add()
            .property()
            .name(IntelligenceSettings.REALM_MINIMUM_ATTEMPTS)
            .label("Realm minimum attempts")
            .helpText("The realm failure share only counts once an environment has at least this many recent automatic prompts.")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Long.toString(IntelligenceSettings.defaults().realmMinimumAttempts()))
            .add()
            .build();

    static IdentifierFirstConfig of(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new IdentifierFirstConfig(!"false".equals(config.get(CONDITIONAL_UI)),
                LevelOfAuthentication.parse(config.get(PASSKEY_LEVEL), DEFAULT_PASSKEY_LEVEL), retryAfter(config.get(RETRY_AFTER)));
    }

    /** A value out of range or not a number falls back to the default: a page must never wait forever or not at all. */
    static int retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_RETRY_AFTER_SECONDS;
        }
        try {
            int seconds = Integer.parseInt(value.trim());
            return seconds >= 1 && seconds <= MAX_RETRY_AFTER_SECONDS ? seconds : DEFAULT_RETRY_AFTER_SECONDS;
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER_SECONDS;
        }
    }
}
