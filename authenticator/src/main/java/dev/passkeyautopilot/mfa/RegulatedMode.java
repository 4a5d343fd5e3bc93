package dev.passkeyautopilot.mfa;

import org.keycloak.models.RealmModel;

/**
 * Regulated mode, a realm setting: passkeys serve only as a second factor after the password. The
 * identifier-first step then never offers a passkey (no autofill, no automatic prompt, no button) and the
 * append offer only replaces one-time codes. Stored as a realm attribute, so it is cached and invalidated
 * across the cluster like every realm change.
 */
public final class RegulatedMode {

    public static final String ATTRIBUTE = "passkey-autopilot.regulated-mode";

    private RegulatedMode() {
    }

    public static boolean isOn(RealmModel realm) {
        return Boolean.parseBoolean(realm.getAttribute(ATTRIBUTE));
    }

    public static void set(RealmModel realm, boolean on) {
        if (on) {
            realm.setAttribute(ATTRIBUTE, "true");
        } else {
            realm.removeAttribute(ATTRIBUTE);
        }
    }
}
