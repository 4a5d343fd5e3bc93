package dev.passkeyautopilot.export;

import org.keycloak.models.RealmModel;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The realm's key for export pseudonyms: random bytes kept as a realm attribute, created by the first export that
 * needs it and kept from then on, so a user's pseudonym stays the same from one export to the next. Deleting the
 * attribute starts new pseudonyms; deleting the realm deletes the key with it.
 */
final class PseudonymKey {

    static final String ATTRIBUTE = "passkey-autopilot.export-pseudonym-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PseudonymKey() {
    }

    /** The realm's key, created now (in the request's transaction) when it has none or an unusable one. */
    static byte[] of(RealmModel realm) {
        String stored = realm.getAttribute(ATTRIBUTE);
        if (stored != null) {
            try {
                byte[] key = Base64.getDecoder().decode(stored);
                if (key.length >= Pseudonyms.KEY_BYTES) {
                    return key;
                }
            } catch (IllegalArgumentException e) {
                // not Base64: replaced below, as a missing key is
            }
        }
        byte[] key = new byte[Pseudonyms.KEY_BYTES];
        RANDOM.nextBytes(key);
        realm.setAttribute(ATTRIBUTE, Base64.getEncoder().encodeToString(key));
        return key;
    }
}
