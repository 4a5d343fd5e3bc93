package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.vocabulary.OperationKind;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.vocabulary.OutcomeClass;
import dev.passkeyautopilot.vocabulary.SignInMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The KPIs of a set of daily counters (a period, a day, or one group of a breakdown). The one place that turns
 * counted outcomes into the definitions of docs/kpi.md; every rate is numerator ÷ denominator as named there.
 */
public final class KpiTotals {

    /** The method key of prompts recorded before operations carried their method. */
    public static final String UNKNOWN_METHOD = "unknown";

    /** Append offers: shown, and how they ended. */
    public record Enrollment(long offered, long created, long skipped, long failed, long deferred, Double rate) {
    }

    /** Passkey sign-ins at the login and all sign-ins of the realm. */
    public record Login(long passkeyStarted, long passkeySucceeded, long passkeyFailed, Double successRate, long signIns,
                        long signInsWithPasskey, Double usageRate, Map<String, Long> fallbacks, Map<String, Long> signInsByMethod,
                        Map<String, Long> passkeyStartedByMethod, Long p50, Long p90) {
    }

    /** Passkeys as the second factor. */
    public record SecondFactor(long passkeySucceeded, long fallbacks, long codesSaved) {
    }

    private long offered;
    private long created;
    private long skipped;
    private long appendFailed;
    private long deferred;
    private long loginOffered;
    private long started;
    private long succeeded;
    private long loginFailed;
    private long passwordChosen;
    private final Map<String, Long> fallbacks = new TreeMap<>();
    private final Map<String, Long> startedByMethod = new TreeMap<>();
    private long signIns;
    private long signInsWithPasskey;
    private long signInsWithPassword;
    private final Map<String, Long> signInsByMethod = new TreeMap<>();
    private long allowedByRollout;
    private long allowedByIntelligence;
    private long secondFactorSucceeded;
    private long secondFactorFallbacks;
    private final DurationHistogram loginDurations = new DurationHistogram();

    public static KpiTotals of(Iterable<DailyCounter> counters) {
        KpiTotals totals = new KpiTotals();
        for (DailyCounter counter : counters) {
            totals.add(counter);
        }
        return totals;
    }

    public void add(DailyCounter counter) {
        Metric.parse(counter.metric()).ifPresent(metric -> add(metric, counter.amount()));
    }

    private void add(Metric metric, long n) {
        switch (metric.type()) {
            case OPERATION -> addOperation(metric, n);
            case DURATION -> {
                if (OperationKind.LOGIN.code().equals(metric.kind())) {
                    loginDurations.add(metric.bucketBound(), n);
                }
            }
            case SIGN_IN -> addSignIn(metric, n);
        }
    }

    private void addOperation(Metric metric, long n) {
        String outcome = metric.outcome();
        OutcomeClass outcomeClass = OutcomeClass.of(outcome);
        OperationKind kind = OperationKind.fromCode(metric.kind()).orElse(null);
        if (kind == null || outcomeClass == OutcomeClass.NOT_OFFERED) {
            return;
        }
        switch (kind) {
            case APPEND -> {
                if (Outcome.DEFERRED.code().equals(outcome)) {
                    deferred += n;
                    return;
                }
                offered += n;
                if (outcomeClass == OutcomeClass.SUCCESS) {
                    created += n;
                } else if (Outcome.SKIPPED.code().equals(outcome)) {
                    skipped += n;
                } else if (outcomeClass == OutcomeClass.FAILURE) {
                    appendFailed += n;
                }
            }
            case LOGIN -> {
                loginOffered += n;
                if (outcomeClass == OutcomeClass.SUCCESS || outcomeClass == OutcomeClass.FAILURE) {
                    started += n;
                    startedByMethod.merge(metric.method().orElse(UNKNOWN_METHOD), n, Long::sum);
                }
                if (outcomeClass == OutcomeClass.SUCCESS) {
                    succeeded += n;
                } else if (outcomeClass == OutcomeClass.FAILURE) {
                    loginFailed += n;
                    fallbacks.merge(outcome, n, Long::sum);
                } else if (Outcome.PASSWORD_CHOSEN.code().equals(outcome)) {
                    passwordChosen += n;
                }
            }
            case SECOND_FACTOR -> {
                if (outcomeClass == OutcomeClass.SUCCESS) {
                    secondFactorSucceeded += n;
                } else if (outcomeClass == OutcomeClass.FAILURE || Outcome.FALLBACK_CHOSEN.code().equals(outcome)) {
                    secondFactorFallbacks += n;
                }
            }
        }
    }

    private void addSignIn(Metric metric, long n) {
        SignInMethod method = metric.signInMethod().orElse(SignInMethod.OTHER);
        signIns += n;
        signInsByMethod.merge(method.code(), n, Long::sum);
        if (method == SignInMethod.PASSKEY) {
            signInsWithPasskey += n;
        } else if (method == SignInMethod.PASSWORD) {
            signInsWithPassword += n;
        }
        if (method != SignInMethod.PASSWORD) {
            // the append funnel starts at sign-ins with a password: the offer is for them
            return;
        }
        metric.appendStage().ifPresent(stage -> {
            if (stage.allowedByRollout()) {
                allowedByRollout += n;
            }
            if (stage.allowedByIntelligence()) {
                allowedByIntelligence += n;
            }
        });
    }

    public Enrollment enrollment() {
        return new Enrollment(offered, created, skipped, appendFailed, deferred, Rates.of(created, offered));
    }

    public Login login() {
        OptionalLong p50 = loginDurations.percentile(0.5);
        OptionalLong p90 = loginDurations.percentile(0.9);
        return new Login(started, succeeded, loginFailed, Rates.of(succeeded, started), signIns, signInsWithPasskey,
                Rates.of(signInsWithPasskey, signIns), Map.copyOf(fallbacks), Map.copyOf(signInsByMethod), Map.copyOf(startedByMethod),
                p50.isPresent() ? p50.getAsLong() : null, p90.isPresent() ? p90.getAsLong() : null);
    }

    /** Each passkey second factor is one one-time code (SMS, e-mail, app) the user did not need. */
    public SecondFactor secondFactor() {
        return new SecondFactor(secondFactorSucceeded, secondFactorFallbacks, secondFactorSucceeded);
    }

    /**
     * sign-ins with a password → allowed by rollout → allowed by intelligence → offer shown → create started
     * → created. The first three come from sign-ins, the last three from append operations.
     */
    public List<FunnelStep> appendFunnel() {
        return funnel(new String[]{"signInsWithPassword", "allowedByRollout", "allowedByIntelligence", "offerShown", "createStarted", "created"},
                new long[]{signInsWithPassword, allowedByRollout, allowedByIntelligence, offered, created + appendFailed, created});
    }

    /** passkey offered to an identified user → prompted → succeeded; the fallbacks are {@link #loginFallbacks()}. */
    public List<FunnelStep> loginFunnel() {
        return funnel(new String[]{"identifiedWithPasskey", "prompted", "succeeded"}, new long[]{loginOffered, started, succeeded});
    }

    /** How the prompts that did not succeed ended: failure codes, and the password chosen instead. */
    public Map<String, Long> loginFallbacks() {
        Map<String, Long> all = new TreeMap<>(fallbacks);
        if (passwordChosen > 0) {
            all.put(Outcome.PASSWORD_CHOSEN.code(), passwordChosen);
        }
        return all;
    }

    public Map<String, Long> promptedByMethod() {
        return Map.copyOf(startedByMethod);
    }

    private static List<FunnelStep> funnel(String[] names, long[] counts) {
        List<FunnelStep> steps = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            Double conversion = i == 0 || counts[i - 1] == 0 ? null : (double) counts[i] / counts[i - 1];
            steps.add(new FunnelStep(names[i], counts[i], conversion));
        }
        return steps;
    }
}
