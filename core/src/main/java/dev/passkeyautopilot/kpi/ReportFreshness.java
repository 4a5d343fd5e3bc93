package dev.passkeyautopilot.kpi;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Whether a report that includes today recomputes the realm's rollups first. Recomputing reads today's and
 * yesterday's raw rows: a few milliseconds in most realms, seconds in a realm with half a million sign-ins and
 * operations a day. A configured staleness decides alone (0: always recompute). Without one, reports recompute
 * while that is cheap, and in a realm whose last recompute took seconds they use rollups up to one job interval old,
 * which the rollup job keeps current anyway.
 */
public final class ReportFreshness {

    /** A recompute that took this long makes reports use the rollups the job keeps. */
    public static final Duration SLOW_REFRESH = Duration.ofSeconds(2);

    private final Optional<Duration> configured;
    private final Duration interval;

    /**
     * @param configured the staleness an admin set, empty for the adaptive default
     * @param interval   the rollup job's interval: the oldest rollups the adaptive default lets a report use
     */
    public ReportFreshness(Optional<Duration> configured, Duration interval) {
        configured.filter(Duration::isNegative).ifPresent(d -> {
            throw new IllegalArgumentException("kpi-report-max-staleness-seconds must be at least 0, was " + d.toSeconds());
        });
        this.configured = configured;
        this.interval = interval;
    }

    /**
     * @param ageMillis         how long ago the realm's rollups were last recomputed; asked only when the answer
     *                          depends on it (it costs a query)
     * @param lastRefreshMillis how long this node's last recompute of the realm took, if it made one
     */
    public boolean refreshFirst(LongSupplier ageMillis, OptionalLong lastRefreshMillis) {
        if (configured.isPresent()) {
            return configured.get().isZero() || ageMillis.getAsLong() >= configured.get().toMillis();
        }
        boolean cheap = lastRefreshMillis.isEmpty() || lastRefreshMillis.getAsLong() < SLOW_REFRESH.toMillis();
        return cheap || ageMillis.getAsLong() >= interval.toMillis();
    }
}
