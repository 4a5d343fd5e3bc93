package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.vocabulary.AppendStage;
import dev.passkeyautopilot.vocabulary.LoginMethod;
import dev.passkeyautopilot.vocabulary.OperationKind;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.vocabulary.SignInMethod;
import dev.passkeyautopilot.webauthn.FailureReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DailyRollupTest {

    private static final Dimensions ANDROID = new Dimensions("Android", "Chrome", "mobile", "app", "exp:A", "auto_passkey");
    private static final Dimensions MAC = new Dimensions("Mac OS X", "Safari", "desktop", "web", "exp:B", "");

    private static OperationFact op(OperationKind kind, String outcome, LoginMethod method, Long ms, Dimensions d) {
        return new OperationFact(kind.code(), outcome, Optional.ofNullable(method).map(LoginMethod::code), Optional.ofNullable(ms), d);
    }

    private static SignInFact signIn(SignInMethod method, boolean held, AppendStage stage, Dimensions d) {
        return new SignInFact(method, held, Optional.ofNullable(stage), d);
    }

    /** The day of the scripted-day integration test, plus a second factor and a deferred offer. */
    private static List<DailyCounter> day() {
        DailyRollup rollup = new DailyRollup("2026-12-06");
        rollup.add(op(OperationKind.APPEND, Outcome.SUCCESS.code(), null, 3000L, MAC));
        rollup.add(op(OperationKind.APPEND, Outcome.SKIPPED.code(), null, null, MAC));
        rollup.add(op(OperationKind.APPEND, FailureReason.NOT_ALLOWED.code(), null, null, ANDROID));
        rollup.add(op(OperationKind.APPEND, Outcome.DEFERRED.code(), null, null, ANDROID));
        rollup.add(op(OperationKind.APPEND, Outcome.NOT_OFFERED.code(), null, null, ANDROID));
        rollup.add(op(OperationKind.LOGIN, Outcome.SUCCESS.code(), LoginMethod.PASSKEY_AUTOMATIC, 420L, ANDROID));
        rollup.add(op(OperationKind.LOGIN, Outcome.SUCCESS.code(), LoginMethod.PASSKEY_AUTOFILL, 1900L, ANDROID));
        rollup.add(op(OperationKind.LOGIN, FailureReason.CANCELLED.code(), LoginMethod.PASSKEY_AUTOMATIC, 900L, ANDROID));
        rollup.add(op(OperationKind.LOGIN, Outcome.NOT_OFFERED.code(), null, null, MAC));
        rollup.add(op(OperationKind.LOGIN, Outcome.PASSWORD_CHOSEN.code(), LoginMethod.PASSKEY_AUTOMATIC, null, MAC));
        rollup.add(op(OperationKind.SECOND_FACTOR, Outcome.SUCCESS.code(), LoginMethod.PASSKEY_SECOND_FACTOR, 700L, MAC));
        rollup.add(op(OperationKind.SECOND_FACTOR, Outcome.FALLBACK_CHOSEN.code(), LoginMethod.PASSKEY_SECOND_FACTOR, null, MAC));
        rollup.add(signIn(SignInMethod.PASSWORD, true, AppendStage.OFFERED, MAC));
        rollup.add(signIn(SignInMethod.PASSWORD, false, AppendStage.OFFERED, MAC));
        rollup.add(signIn(SignInMethod.PASSWORD, false, AppendStage.OFFERED, ANDROID));
        rollup.add(signIn(SignInMethod.PASSWORD, false, AppendStage.DEFERRED, ANDROID));
        rollup.add(signIn(SignInMethod.PASSWORD, false, AppendStage.INTELLIGENCE_DECLINED, ANDROID));
        rollup.add(signIn(SignInMethod.PASSWORD, false, AppendStage.ROLLOUT_EXCLUDED, ANDROID));
        rollup.add(signIn(SignInMethod.PASSWORD, false, null, ANDROID));
        rollup.add(signIn(SignInMethod.PASSKEY, true, AppendStage.INTELLIGENCE_DECLINED, ANDROID));
        rollup.add(signIn(SignInMethod.PASSKEY, true, AppendStage.INTELLIGENCE_DECLINED, ANDROID));
        rollup.add(signIn(SignInMethod.IDENTITY_PROVIDER, false, null, MAC));
        return rollup.counters();
    }

    @Nested
    @DisplayName("Rollup arithmetic")
    class Arithmetic {

        @Test
        @DisplayName("Equal facts share one counter per dimensions and metric; every fact is counted once")
        void countersSumToTheFacts() {
            List<DailyCounter> counters = day();
            long operations = counters.stream().filter(c -> c.metric().startsWith("op|")).mapToLong(DailyCounter::amount).sum();
            long signIns = counters.stream().filter(c -> c.metric().startsWith("in|")).mapToLong(DailyCounter::amount).sum();
            long durations = counters.stream().filter(c -> c.metric().startsWith("dur|")).mapToLong(DailyCounter::amount).sum();
            assertEquals(12, operations);
            assertEquals(10, signIns);
            assertEquals(4, durations, "successful operations with a duration: append 3000, login 420 and 1900, second factor 700");
            DailyCounter declined = counters.stream().filter(c -> c.metric().equals("in|passkey|1|intelligence_declined")).findFirst().orElseThrow();
            assertEquals(2, declined.amount());
        }

        @Test
        @DisplayName("A group of n equal facts (as the database hands them over) counts as n facts added one by one;"
                + " a duration bucket's bound stands for the durations of the bucket")
        void groupsCountLikeSingleFacts() {
            DailyRollup oneByOne = new DailyRollup("2026-12-06");
            for (long ms : new long[] {420, 450, 500}) {
                oneByOne.add(op(OperationKind.LOGIN, Outcome.SUCCESS.code(), LoginMethod.PASSKEY_AUTOMATIC, ms, ANDROID));
            }
            oneByOne.add(op(OperationKind.LOGIN, Outcome.SUCCESS.code(), LoginMethod.PASSKEY_AUTOMATIC, 200_000L, ANDROID));
            oneByOne.add(signIn(SignInMethod.PASSKEY, true, null, MAC));
            oneByOne.add(signIn(SignInMethod.PASSKEY, true, null, MAC));
            DailyRollup grouped = new DailyRollup("2026-12-06");
            grouped.add(op(OperationKind.LOGIN, Outcome.SUCCESS.code(), LoginMethod.PASSKEY_AUTOMATIC, 500L, ANDROID), 3);
            grouped.add(op(OperationKind.LOGIN, Outcome.SUCCESS.code(), LoginMethod.PASSKEY_AUTOMATIC, DurationHistogram.OVERFLOW, ANDROID), 1);
            grouped.add(signIn(SignInMethod.PASSKEY, true, null, MAC), 2);
            assertEquals(oneByOne.counters(), grouped.counters());
            assertThrows(IllegalArgumentException.class, () -> grouped.add(signIn(SignInMethod.PASSKEY, true, null, MAC), 0));
        }

        @Test
        @DisplayName("Recomputing a day from the same facts gives the same rows (what makes the job idempotent)")
        void recomputeIsIdempotent() {
            assertEquals(day(), day());
        }

        @Test
        @DisplayName("Totals over several days are the totals of the days added up")
        void totalsAdd() {
            List<DailyCounter> twoDays = new ArrayList<>(day());
            twoDays.addAll(day().stream().map(c -> new DailyCounter("2026-12-07", c.dimensions(), c.metric(), c.amount())).toList());
            KpiTotals one = KpiTotals.of(day());
            KpiTotals two = KpiTotals.of(twoDays);
            assertEquals(2 * one.enrollment().offered(), two.enrollment().offered());
            assertEquals(2 * one.login().signIns(), two.login().signIns());
            assertEquals(one.enrollment().rate(), two.enrollment().rate());
        }
    }

    @Nested
    @DisplayName("KPI definitions")
    class Definitions {

        private final KpiTotals totals = KpiTotals.of(day());

        @Test
        @DisplayName("Enrollment: offers shown exclude deferred and not-offered; rate = created / shown")
        void enrollment() {
            assertEquals(new KpiTotals.Enrollment(3, 1, 1, 1, 1, 1.0 / 3), totals.enrollment());
        }

        @Test
        @DisplayName("Login: started = successes + failures; password chosen is no start; usage = passkey sign-ins / all sign-ins")
        void login() {
            KpiTotals.Login login = totals.login();
            assertEquals(3, login.passkeyStarted());
            assertEquals(2, login.passkeySucceeded());
            assertEquals(1, login.passkeyFailed());
            assertEquals(2.0 / 3, login.successRate());
            assertEquals(10, login.signIns());
            assertEquals(2, login.signInsWithPasskey());
            assertEquals(0.2, login.usageRate());
            assertEquals(Map.of("cancelled", 1L), login.fallbacks());
            assertEquals(Map.of("passkey_automatic", 2L, "passkey_autofill", 1L), login.passkeyStartedByMethod());
            assertEquals(Map.of("password", 7L, "passkey", 2L, "identity_provider", 1L), login.signInsByMethod());
            // login durations 420 (bucket 500) and 1900 (bucket 2000): nearest rank 1 of 2 and 2 of 2
            assertEquals(500L, login.p50());
            assertEquals(2000L, login.p90());
        }

        @Test
        @DisplayName("Second factor: successes are codes saved; a failure or another factor chosen is a fallback")
        void secondFactor() {
            assertEquals(new KpiTotals.SecondFactor(1, 1, 1), totals.secondFactor());
        }

        @Test
        @DisplayName("Rates are null without a denominator")
        void emptyRates() {
            KpiTotals none = KpiTotals.of(List.of());
            assertNull(none.enrollment().rate());
            assertNull(none.login().successRate());
            assertNull(none.login().usageRate());
            assertNull(none.login().p50());
        }
    }

    @Nested
    @DisplayName("Funnels")
    class Funnels {

        @Test
        @DisplayName("Append: password sign-ins 7 → rollout 5 → intelligence 4 → shown 3 → create started 2 → created 1")
        void append() {
            List<FunnelStep> steps = KpiTotals.of(day()).appendFunnel();
            assertEquals(List.of(7L, 5L, 4L, 3L, 2L, 1L), steps.stream().map(FunnelStep::count).toList());
            assertNull(steps.get(0).conversion());
            assertEquals(5.0 / 7, steps.get(1).conversion());
            assertEquals(0.5, steps.get(5).conversion());
        }

        @Test
        @DisplayName("Login: offered 4 → prompted 3 → succeeded 2; fallbacks by reason include the password chosen")
        void login() {
            KpiTotals totals = KpiTotals.of(day());
            assertEquals(List.of(4L, 3L, 2L), totals.loginFunnel().stream().map(FunnelStep::count).toList());
            assertEquals(Map.of("cancelled", 1L, "password_chosen", 1L), totals.loginFallbacks());
        }

        @Test
        @DisplayName("A step after a step of 0 has no conversion")
        void zeroStep() {
            assertNull(KpiTotals.of(List.of()).loginFunnel().get(1).conversion());
        }
    }

    @Nested
    @DisplayName("Duration histogram")
    class Histogram {

        @Test
        @DisplayName("A duration counts in the first bucket whose bound is at least it; percentiles answer that bound")
        void buckets() {
            assertEquals(50, DurationHistogram.bucketOf(0));
            assertEquals(500, DurationHistogram.bucketOf(420));
            assertEquals(500, DurationHistogram.bucketOf(500));
            assertEquals(DurationHistogram.OVERFLOW, DurationHistogram.bucketOf(500_000));
            DurationHistogram histogram = new DurationHistogram();
            for (int i = 1; i <= 10; i++) {
                histogram.add(DurationHistogram.bucketOf(i * 100L), 1);
            }
            assertEquals(500, histogram.percentile(0.5).getAsLong());
            assertEquals(1000, histogram.percentile(0.9).getAsLong());
            assertThrows(IllegalArgumentException.class, () -> histogram.percentile(0));
        }
    }

    @Test
    @DisplayName("Metric keys survive storage; unknown keys are skipped, not miscounted")
    void metricKeys() {
        Metric metric = Metric.operation("login", Optional.of("passkey_button"), "timeout");
        assertEquals(Optional.of(metric), Metric.parse(metric.key()));
        assertEquals(Optional.empty(), Metric.parse("future|x"));
        assertEquals(0, KpiTotals.of(List.of(new DailyCounter("2026-12-06", Dimensions.NONE, "future|x", 5))).login().signIns());
    }

    @Test
    @DisplayName("A user is in an arm when the arms list names experiment:arm exactly")
    void arms() {
        Dimensions d = new Dimensions("", "", "", "", "exp:A,other:B", "");
        assertEquals(true, d.inArm("exp", "A"));
        assertEquals(false, d.inArm("exp", "B"));
        assertEquals(true, d.inArm("other", "B"));
        assertEquals(false, d.inArm("ex", "A"));
    }
}
