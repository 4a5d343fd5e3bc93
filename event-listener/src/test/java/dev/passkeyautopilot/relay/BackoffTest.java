package dev.passkeyautopilot.relay;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    @Test
    @DisplayName("The bound doubles from the base after each failure and stops at the cap")
    void exponentialBound() {
        Backoff b = new Backoff(100, 1_000, 10, new SplittableRandom(1));
        assertEquals(100, b.ceilingMillis(1));
        assertEquals(200, b.ceilingMillis(2));
        assertEquals(400, b.ceilingMillis(3));
        assertEquals(800, b.ceilingMillis(4));
        assertEquals(1_000, b.ceilingMillis(5));
        assertEquals(1_000, b.ceilingMillis(Integer.MAX_VALUE));
    }

    @Test
    @DisplayName("No overflow for huge bases, caps and attempt numbers")
    void noOverflow() {
        Backoff b = new Backoff(Long.MAX_VALUE / 3, Long.MAX_VALUE - 1, 3, new SplittableRandom(1));
        assertEquals(Long.MAX_VALUE - 1, b.ceilingMillis(100));
        assertTrue(b.delayMillis(100) >= 0);
    }

    @Test
    @DisplayName("Full jitter: every delay lies in [0, bound] and the range is used from bottom to top")
    void fullJitter() {
        Backoff b = new Backoff(1_000, 60_000, 10, new SplittableRandom(42));
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 10_000; i++) {
            long d = b.delayMillis(3);
            assertTrue(d >= 0 && d <= 4_000, "delay " + d);
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertTrue(min < 100, "reaches near 0");
        assertTrue(max > 3_900, "reaches near the bound");
    }

    @Test
    @DisplayName("The jitter source is injectable: the same seed gives the same delays")
    void deterministicWithSeed() {
        Backoff a = new Backoff(10, 10_000, 5, new SplittableRandom(7));
        Backoff b = new Backoff(10, 10_000, 5, new SplittableRandom(7));
        for (int i = 1; i < 20; i++) {
            assertEquals(a.delayMillis(i), b.delayMillis(i));
        }
        RandomGenerator top = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };
        assertEquals(80, new Backoff(10, 1_000, 5, top).delayMillis(4));
    }

    @Test
    @DisplayName("maxAttempts counts attempts including the first: exhausted after that many failures")
    void exhausted() {
        Backoff b = new Backoff(10, 100, 3, new SplittableRandom(1));
        assertFalse(b.exhausted(1));
        assertFalse(b.exhausted(2));
        assertTrue(b.exhausted(3));
        assertTrue(new Backoff(10, 100, 1, new SplittableRandom(1)).exhausted(1), "1 means no retry");
    }

    @Test
    @DisplayName("Invalid parameters are rejected")
    void validation() {
        RandomGenerator r = new SplittableRandom(1);
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0, 10, 1, r));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(10, 9, 1, r));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(10, 10, 0, r));
        assertThrows(NullPointerException.class, () -> new Backoff(10, 10, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(10, 10, 1, r).delayMillis(0));
        assertEquals(20, Backoff.defaults().maxAttempts());
    }
}
