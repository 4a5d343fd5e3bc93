package dev.passkeyautopilot.append;

import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.List;

/**
 * Settings of the append required action (Authentication → Required actions → ⚙). Documented in
 * docs/admin-guide.md.
 *
 * @param snoozeDays days "Not now" keeps the offer away
 */
record AppendConfig(int snoozeDays) {

    static final String SNOOZE_DAYS = "snooze-days";
    static final int DEFAULT_SNOOZE_DAYS = 7;
    static final int MAX_SNOOZE_DAYS = 365;

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(SNOOZE_DAYS)
            .label("Days before asking again")
            .helpText("After the user chooses \"Not now\", the passkey offer stays away for this many days (0 to " + MAX_SNOOZE_DAYS + ").")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(DEFAULT_SNOOZE_DAYS))
            .add()
            .build();

    static AppendConfig of(RequiredActionConfigModel model) {
        String value = model == null ? null : model.getConfigValue(SNOOZE_DAYS);
        Integer days = parseDays(value);
        return new AppendConfig(days == null ? DEFAULT_SNOOZE_DAYS : days);
    }

    /** null when missing or out of range. */
    static Integer parseDays(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int days = Integer.parseInt(value.trim());
            return days >= 0 && days <= MAX_SNOOZE_DAYS ? days : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
