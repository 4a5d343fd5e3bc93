package dev.passkeyautopilot.kpiadmin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.passkeyautopilot.kpi.FunnelStep;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON of the KPI API (docs/kpi.md); rates are between 0 and 1, null when their denominator is 0. */
final class KpiRepresentations {

    private KpiRepresentations() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Report(String realm, String from, String to, String timeZone, Enrollment enrollment, Login login, Coverage coverage,
                  SecondFactor secondFactor, Posture posture, List<Group> groups) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Enrollment(long offered, long created, long skipped, long failed, long deferred, Double rate) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Login(long passkeyStarted, long passkeySucceeded, long passkeyFailed, Double successRate, long signIns, long signInsWithPasskey,
                 Double usageRate, Map<String, Long> fallbacks, Durations durationMs, Map<String, Long> signInsByMethod,
                 Map<String, Long> passkeyStartedByMethod) {
    }

    /** Upper bounds of the histogram buckets the percentiles fall in (see docs/kpi.md). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Durations(Long p50, Long p90) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Coverage(long activeUsers, long activeUsersWithPasskey, Double rate) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SecondFactor(long passkeySucceeded, long fallbacks, long codesSaved, BigDecimal costPerCode, BigDecimal moneySaved) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Posture(Map<String, Long> byProvider, long synced, long deviceBound, long syncUnknown, long usersWithoutPasskey, long usersWithOnePasskey,
                   long usersWithTwoOrMorePasskeys, long usersWithOnlyDeviceBound) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Group(Map<String, String> key, Enrollment enrollment, Login login) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Daily(String realm, String from, String to, String timeZone, List<Day> days) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Day(String day, Enrollment enrollment, Login login, Coverage coverage, SecondFactor secondFactor) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Funnel(String realm, String from, String to, String funnel, List<Step> steps, Map<String, Long> prompted,
                  Map<String, Long> fallbacks) {
    }

    /** @param conversion count ÷ the previous step's count; null for the first step and after a step of 0 */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Step(String step, long count, Double conversion) {

        static List<Step> of(List<FunnelStep> steps) {
            return steps.stream().map(s -> new Step(s.step(), s.count(), s.conversion())).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Experiment(String realm, String experiment, String from, String to, String control, double confidence, List<ArmView> arms,
                      SrmView sampleRatioMismatch) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ArmView(String arm, double weight, boolean control, long usersAssigned, long usersConverted, long offers, long conversions,
                   Double rate, Interval interval, Comparison versusControl) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Interval(double lower, double upper) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Comparison(double difference, Interval interval, Double zScore, Double pValue) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SrmView(boolean checked, Double chiSquare, Integer degreesOfFreedom, Double pValue, boolean flagged) {
    }
}
