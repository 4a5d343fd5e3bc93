package dev.passkeyautopilot.rollout;

import java.util.Optional;

/** The passkey features a rollout rule set gates, each with the key that names it in the JSON document. */
public enum Feature {
    /** The automatic passkey prompt at login. */
    LOGIN("login"),
    /** The offer to create a passkey after a password login. */
    APPEND("append"),
    /** Passkeys as a second factor (reserved for that feature). */
    SECOND_FACTOR("second-factor"),
    /** The user's passkey list management page (reserved for that feature). */
    PASSKEY_LIST("passkey-list");

    private final String key;

    Feature(String key) {
        this.key = key;
    }

    /** The name in the JSON document, e.g. {@code second-factor}. */
    public String key() {
        return key;
    }

    /** The feature a JSON key names, exactly (case-sensitive); empty for anything else, including null. */
    public static Optional<Feature> fromKey(String key) {
        for (Feature feature : values()) {
            if (feature.key.equals(key)) {
                return Optional.of(feature);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return key;
    }
}
