package dev.passkeyautopilot.support;

import org.keycloak.models.RealmModel;

import java.util.Arrays;
import java.util.List;

/**
 * Which required actions "reset MFA" sets, a realm setting ({@code mfaResetRequiredActions} of the settings
 * REST resource). Unset: the default of {@link SupportActions}.
 */
public final class MfaResetPolicy {

    public static final String ATTRIBUTE = "passkey-autopilot.mfa-reset-required-actions";

    private MfaResetPolicy() {
    }

    /** The configured aliases, or null when the realm has no setting. */
    public static List<String> requiredActions(RealmModel realm) {
        String value = realm.getAttribute(ATTRIBUTE);
        if (value == null) {
            return null;
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static void set(RealmModel realm, List<String> aliases) {
        if (aliases == null) {
            realm.removeAttribute(ATTRIBUTE);
        } else {
            realm.setAttribute(ATTRIBUTE, String.join(",", aliases));
        }
    }
}
