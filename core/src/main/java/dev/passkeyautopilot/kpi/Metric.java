package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.vocabulary.AppendStage;
import dev.passkeyautopilot.vocabulary.SignInMethod;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DailyCounter} counts, stored as one key ({@code PA_KPI_DAILY.METRIC}): the rollup keeps the raw
 * classification (kind, method, outcome) instead of the KPIs themselves, so that a changed definition in
 * {@link KpiTotals} applies to past days without recomputing them.
 * <ul>
 *   <li>{@code op|kind|method|outcome}: operations that ended so ({@code -} for no method)</li>
 *   <li>{@code dur|kind|bound}: successful operations whose ceremony took at most {@code bound} ms (and more
 *       than the bound below, see {@link DurationHistogram})</li>
 *   <li>{@code in|method|held|stage}: sign-ins by method, whether the user held a passkey (1/0), append stage
 *       ({@code -} when not evaluated)</li>
 * </ul>
 */
public record Metric(Type type, String first, String second, String third) {

    public enum Type { OPERATION, DURATION, SIGN_IN }

    private static final String NONE = "-";
    private static final String SEPARATOR = "|";

    public Metric {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(third, "third");
    }

    public static Metric operation(String kind, Optional<String> method, String outcome) {
        return new Metric(Type.OPERATION, kind, method.orElse(NONE), outcome);
    }

    public static Metric duration(String kind, long bucketBound) {
        return new Metric(Type.DURATION, kind, Long.toString(bucketBound), "");
    }

    public static Metric signIn(SignInMethod method, boolean heldPasskey, Optional<AppendStage> stage) {
        return new Metric(Type.SIGN_IN, method.code(), heldPasskey ? "1" : "0", stage.map(AppendStage::code).orElse(NONE));
    }

    public String key() {
        return switch (type) {
            case OPERATION -> "op" + SEPARATOR + first + SEPARATOR + second + SEPARATOR + third;
            case DURATION -> "dur" + SEPARATOR + first + SEPARATOR + second;
            case SIGN_IN -> "in" + SEPARATOR + first + SEPARATOR + second + SEPARATOR + third;
        };
    }

    /** The metric of a stored key; empty for a key this version does not know (written by a later one). */
    public static Optional<Metric> parse(String key) {
        String[] parts = key.split("\\|", -1);
        return switch (parts[0]) {
            case "op" -> parts.length == 4 ? Optional.of(new Metric(Type.OPERATION, parts[1], parts[2], parts[3])) : Optional.empty();
            case "dur" -> parts.length == 3 ? Optional.of(new Metric(Type.DURATION, parts[1], parts[2], "")) : Optional.empty();
            case "in" -> parts.length == 4 ? Optional.of(new Metric(Type.SIGN_IN, parts[1], parts[2], parts[3])) : Optional.empty();
            default -> Optional.empty();
        };
    }

    // ---- typed views

    /** Operation kind (operations and durations). */
    public String kind() {
        return first;
    }

    /** Login method code of an operation, if one was recorded. */
    public Optional<String> method() {
        return NONE.equals(second) ? Optional.empty() : Optional.of(second);
    }

    /** Outcome code of an operation. */
    public String outcome() {
        return third;
    }

    public long bucketBound() {
        return Long.parseLong(second);
    }

    public Optional<SignInMethod> signInMethod() {
        return SignInMethod.fromCode(first);
    }

    public boolean heldPasskey() {
        return "1".equals(second);
    }

    public Optional<AppendStage> appendStage() {
        return AppendStage.fromCode(third);
    }
}
