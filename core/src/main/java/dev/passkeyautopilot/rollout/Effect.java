package dev.passkeyautopilot.rollout;

import java.util.Optional;

/** What a matching rule, or a feature's default, decides. */
public enum Effect {
    ALLOW("allow"),
    DENY("deny");

    private final String key;

    Effect(String key) {
        this.key = key;
    }

    /** The name in the JSON document: {@code allow} or {@code deny}. */
    public String key() {
        return key;
    }

    /** Whether this effect turns the feature on. */
    public boolean allows() {
        return this == ALLOW;
    }

    /** The effect a JSON value names, exactly (case-sensitive); empty for anything else, including null. */
    public static Optional<Effect> fromKey(String key) {
        for (Effect effect : values()) {
            if (effect.key.equals(key)) {
                return Optional.of(effect);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return key;
    }
}
