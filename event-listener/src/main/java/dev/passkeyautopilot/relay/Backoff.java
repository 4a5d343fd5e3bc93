package dev.passkeyautopilot.relay;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Retry delays for a sink that failed: exponential growth with "full jitter" (a uniformly random delay between 0
 * and the exponential bound), so that many Keycloak nodes retrying the same unavailable SIEM spread out instead of
 * arriving together.
 *
 * <p>{@code delayMillis(n)} is the wait after the n-th failed attempt (n ≥ 1): uniform in
 * {@code [0, min(cap, base × 2^(n−1))]}.
 *
 * <p>{@code maxAttempts} counts deliveries tried, the first included: after {@code maxAttempts} failed attempts
 * the row is dead-lettered and {@link #exhausted(int)} is true; {@code maxAttempts = 1} means no retry.
 * A non-retryable failure need not wait for this: the relay decides.
 *
 * @param baseMillis  the bound after the first failure, ≥ 1
 * @param capMillis   the largest bound, ≥ baseMillis
 * @param maxAttempts ≥ 1
 * @param random      the jitter source (a seeded generator in tests)
 */
public record Backoff(long baseMillis, long capMillis, int maxAttempts, RandomGenerator random) {

    /** 1 s doubling to 5 min, 20 attempts: about an hour and a half of retrying on average before dead-lettering. */
    public static Backoff defaults() {
        return new Backoff(1_000, 300_000, 20, RandomGenerator.getDefault());
    }

    public Backoff {
        if (baseMillis < 1) {
            throw new IllegalArgumentException("baseMillis must be >= 1");
        }
        if (capMillis < baseMillis) {
            throw new IllegalArgumentException("capMillis must be >= baseMillis");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        Objects.requireNonNull(random, "random");
    }

    /** The exponential bound for the attempt, without jitter. */
    public long ceilingMillis(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1");
        }
        // base × 2^(attempt−1) without overflow: stop doubling once the cap is reached.
        long bound = baseMillis;
        for (int i = 1; i < attempt && bound < capMillis; i++) {
            bound = bound > capMillis / 2 ? capMillis : bound * 2;
        }
        return Math.min(bound, capMillis);
    }

    /** A random delay in {@code [0, ceilingMillis(attempt)]}. */
    public long delayMillis(int attempt) {
        return random.nextLong(ceilingMillis(attempt) + 1);
    }

    /** True when {@code attempts} failed attempts leave no retry: dead-letter the row. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
