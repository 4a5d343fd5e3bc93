package dev.passkeyautopilot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The passkey meters on Keycloak's {@code /metrics} (docs/kpi.md, section Metrics). Registered, as Keycloak's own
 * user-event meters are, in Micrometer's global registry, to which Keycloak adds its Prometheus registry when
 * {@code --metrics-enabled=true}; without it the global registry has no member and every meter is a no-op.
 *
 * <p>The login path only looks a meter up: one per tag set, built on first use and kept. The tags come from
 * fixed lists ({@link OperationTags}, {@link DecisionTags}), so the cache is bounded by construction.
 */
public final class PasskeyMeters {

    /** Passkey operations ended (Prometheus: {@code passkey_autopilot_operations_total}). */
    public static final String OPERATIONS = "passkey.autopilot.operations";
    /** The ceremony duration the pages report (Prometheus: {@code passkey_autopilot_ceremony_duration_seconds}). */
    public static final String CEREMONY_DURATION = "passkey.autopilot.ceremony.duration";
    /** How long a decision took (Prometheus: {@code passkey_autopilot_decision_duration_seconds}). */
    public static final String DECISION_DURATION = "passkey.autopilot.decision.duration";

    public static final String TAG_KIND = "kind";
    public static final String TAG_OUTCOME_CLASS = "outcome_class";
    public static final String TAG_METHOD = "method";
    public static final String TAG_OS = "os_family";
    public static final String TAG_BROWSER = "browser_family";
    public static final String TAG_DECISION = "decision";

    /** Histogram buckets (service level objectives) a dashboard can take p50/p90 from, a few per series. */
    private static final Duration[] CEREMONY_BUCKETS = durations(TimeUnit.MILLISECONDS,
            250, 500, 1_000, 2_000, 3_000, 5_000, 10_000, 20_000, 30_000, 60_000);
    private static final Duration[] DECISION_BUCKETS = durations(TimeUnit.MICROSECONDS,
            100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000);

    /** Meters nobody reads: for code paths (tests, cleanup jobs) that have no node services. */
    public static final PasskeyMeters NONE = new PasskeyMeters(new CompositeMeterRegistry());

    private final MeterRegistry registry;
    private final ConcurrentMap<OperationTags, OperationMeters> operations = new ConcurrentHashMap<>();
    private final ConcurrentMap<DecisionTags, Timer> decisions = new ConcurrentHashMap<>();

    public PasskeyMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The meters in Keycloak's registry. */
    public static PasskeyMeters keycloak() {
        return new PasskeyMeters(Metrics.globalRegistry);
    }

    /** Counts an ended operation and, when the page reported one, times its ceremony. */
    public void ended(OperationTags tags, Optional<Long> durationMillis) {
        OperationMeters meters = operations.computeIfAbsent(tags, this::operationMeters);
        meters.count().increment();
        durationMillis.ifPresent(millis -> meters.ceremony().record(millis, TimeUnit.MILLISECONDS));
    }

    /** Times a decision of the intelligence. */
    public void decided(DecisionTags tags, long micros) {
        decisions.computeIfAbsent(tags, this::decisionTimer).record(micros, TimeUnit.MICROSECONDS);
    }

    private OperationMeters operationMeters(OperationTags tags) {
        Tags all = Tags.of(TAG_KIND, tags.kind(), TAG_OUTCOME_CLASS, tags.outcomeClass(), TAG_METHOD, tags.method(),
                TAG_OS, tags.os(), TAG_BROWSER, tags.browser());
        Counter count = Counter.builder(OPERATIONS)
                .description("Passkey operations ended (login, append, second factor)")
                .baseUnit("operations")
                .tags(all)
                .register(registry);
        Timer ceremony = Timer.builder(CEREMONY_DURATION)
                .description("Duration of the passkey ceremony as the login page reports it")
                .serviceLevelObjectives(CEREMONY_BUCKETS)
                .tags(all)
                .register(registry);
        return new OperationMeters(count, ceremony);
    }

    private Timer decisionTimer(DecisionTags tags) {
        return Timer.builder(DECISION_DURATION)
                .description("Time the passkey intelligence took to decide")
                .serviceLevelObjectives(DECISION_BUCKETS)
                .tags(TAG_KIND, tags.kind(), TAG_DECISION, tags.decision())
                .register(registry);
    }

    private record OperationMeters(Counter count, Timer ceremony) {
    }

    private static Duration[] durations(TimeUnit unit, long... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofNanos(unit.toNanos(values[i]));
        }
        return durations;
    }
}
