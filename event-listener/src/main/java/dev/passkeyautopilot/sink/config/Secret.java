package dev.passkeyautopilot.sink.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A write-only configuration value (webhook secret, token, password, header value, hashing key). It is never
 * printed: {@link #toString()} is the mask, and redacted documents show the mask.
 *
 * <p>A parsed document may say "keep what is stored" — the field omitted, or the mask sent back as it was
 * read — which is {@link #keep()}; {@link SinkConfig#merge} replaces it with the stored value.
 */
public final class Secret {

    /** What redacted documents show for a secret that is set, and what a client sends back to keep it. */
    public static final String MASK = "********";

    private static final Secret KEEP = new Secret(null);

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        if (value == null) {
            throw new IllegalArgumentException("null secret");
        }
        return new Secret(value);
    }

    /** "Keep the stored value": resolved by {@link SinkConfig#merge}. */
    public static Secret keep() {
        return KEEP;
    }

    public boolean isKeep() {
        return this == KEEP;
    }

    /** The value, for the sink that uses it. */
    public String reveal() {
        if (isKeep()) {
            throw new IllegalStateException("secret not resolved; merge the configuration with the stored one first");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Secret s)) {
            return false;
        }
        if (isKeep() || s.isKeep()) {
            return this == s;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), s.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 1;
    }

    @Override
    public String toString() {
        return MASK;
    }
}
