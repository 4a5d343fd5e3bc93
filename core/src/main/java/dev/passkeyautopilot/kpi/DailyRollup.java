package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.vocabulary.OutcomeClass;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The counters of one realm's day, computed from that day's raw facts. A day is always recomputed whole from
 * its facts and replaces what was stored ("recompute, don't increment"): running it twice, on two nodes, or
 * again after a restart gives the same rows, so nothing is counted twice and nothing is lost.
 */
public final class DailyRollup {

    private record Key(Dimensions dimensions, String metric) {
    }

    private final String day;
    private final Map<Key, Long> counts = new LinkedHashMap<>();

    public DailyRollup(String day) {
        this.day = Objects.requireNonNull(day, "day");
    }

    public void add(OperationFact operation) {
        add(operation, 1);
    }

    /**
     * Counts {@code times} operations alike: the database groups a day's rows by everything a counter tells apart
     * (durations by their bucket), so a day of many rows reaches the rollup as a few hundred groups.
     */
    public void add(OperationFact operation, long times) {
        count(operation.dimensions(), Metric.operation(operation.kind(), operation.method(), operation.outcome()), times);
        if (OutcomeClass.of(operation.outcome()) == OutcomeClass.SUCCESS) {
            operation.durationMs().filter(ms -> ms >= 0).ifPresent(ms ->
                    count(operation.dimensions(), Metric.duration(operation.kind(), DurationHistogram.bucketOf(ms)), times));
        }
    }

    public void add(SignInFact signIn) {
        add(signIn, 1);
    }

    /** Counts {@code times} sign-ins alike (see {@link #add(OperationFact, long)}). */
    public void add(SignInFact signIn, long times) {
        count(signIn.dimensions(), Metric.signIn(signIn.method(), signIn.heldPasskey(), signIn.appendStage()), times);
    }

    private void count(Dimensions dimensions, Metric metric, long times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        counts.merge(new Key(dimensions, metric.key()), times, Long::sum);
    }

    public List<DailyCounter> counters() {
        List<DailyCounter> counters = new ArrayList<>(counts.size());
        counts.forEach((key, amount) -> counters.add(new DailyCounter(day, key.dimensions(), key.metric(), amount)));
        return counters;
    }
}
