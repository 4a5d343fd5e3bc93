package dev.passkeyautopilot.kpi;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Ceremony durations in fixed buckets, so that the daily rollups keep them as a few counters and a report's
 * percentiles never read raw rows. A percentile is answered as the upper bound of the bucket it falls in: at
 * most one bucket's width above the exact value (the buckets are about 25 % apart up to 2 s), never below it.
 */
public final class DurationHistogram {

    /** Upper bounds in ms, inclusive; a duration above the last bound counts in {@link #OVERFLOW}. */
    static final long[] BOUNDS = {50, 100, 150, 200, 250, 300, 400, 500, 600, 800, 1000, 1250, 1500, 2000, 2500, 3000, 4000, 5000,
            6000, 8000, 10000, 15000, 20000, 30000, 60000, 120000};
    /** The bucket of durations above two minutes (a prompt left open). */
    public static final long OVERFLOW = Long.MAX_VALUE;

    private final TreeMap<Long, Long> counts = new TreeMap<>();

    /** The buckets' upper bounds in ms, ascending (a copy); durations above the last one count in {@link #OVERFLOW}. */
    public static long[] bounds() {
        return BOUNDS.clone();
    }

    /** The bucket (its upper bound) a duration falls in. */
    public static long bucketOf(long durationMs) {
        for (long bound : BOUNDS) {
            if (durationMs <= bound) {
                return bound;
            }
        }
        return OVERFLOW;
    }

    public void add(long bucketBound, long count) {
        counts.merge(bucketBound, count, Long::sum);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The nearest-rank percentile: the bucket holding the ⌈p·n⌉-th smallest duration; empty without durations.
     * The overflow bucket answers the last bound (the value is at least that).
     *
     * @param p between 0 (exclusive) and 1 (inclusive)
     */
    public OptionalLong percentile(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile must be in (0, 1], was " + p);
        }
        long total = total();
        if (total == 0) {
            return OptionalLong.empty();
        }
        long rank = (long) Math.ceil(p * total);
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : counts.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return OptionalLong.of(bucket.getKey() == OVERFLOW ? BOUNDS[BOUNDS.length - 1] : bucket.getKey());
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total);
    }
}
