package dev.passkeyautopilot.kpi;

import java.util.Objects;

/**
 * One row of a daily rollup: how many facts of one {@link Metric} one day had with these dimensions.
 *
 * @param day    ISO date in the realm's time zone, e.g. {@code 2026-12-06}
 * @param metric the metric's stored key ({@link Metric#key()})
 */
public record DailyCounter(String day, Dimensions dimensions, String metric, long amount) {

    public DailyCounter {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(metric, "metric");
    }
}
