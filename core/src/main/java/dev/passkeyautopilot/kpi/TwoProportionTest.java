package dev.passkeyautopilot.kpi;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One arm against the control: the difference of their proportions, p̂₁ − p̂₂, with its confidence interval, and
 * the pooled two-proportion z-test of "no difference".
 *
 * <p><b>Interval.</b> Newcombe's hybrid score interval (method 10 of Newcombe 1998, "Interval estimation for the
 * difference between independent proportions"), built from each proportion's {@link WilsonInterval} (l₁, u₁) and
 * (l₂, u₂):
 *
 * <pre>
 *   (p̂₁ − p̂₂ − √((p̂₁ − l₁)² + (u₂ − p̂₂)²),   p̂₁ − p̂₂ + √((u₁ − p̂₁)² + (p̂₂ − l₂)²))
 * </pre>
 *
 * Newcombe's comparison of eleven methods, and Agresti &amp; Caffo (2000), found it close to nominal coverage where
 * the Wald interval p̂₁ − p̂₂ ± z·√(p̂₁q̂₁/n₁ + p̂₂q̂₂/n₂) is too narrow (small counts, rates near 0 or 1, as with
 * early passkey enrollment), and it stays within [−1, 1].
 *
 * <p><b>Test.</b> z = (p̂₁ − p̂₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)) with the pooled p̂ = (x₁ + x₂)/(n₁ + n₂), two-sided
 * p-value 2·(1 − Φ(|z|)). z² equals Pearson's chi-square statistic of the 2×2 table, which is what R's
 * {@code prop.test(correct = FALSE)} reports. When p̂ is 0 or 1 (no conversion in either arm, or only
 * conversions) the statistic is 0/0 and both z and the p-value are absent. The interval and the test are
 * different methods and may, near the boundary, disagree on whether 0 is excluded.
 *
 * @param difference arm proportion minus control proportion
 * @param lower      lower bound of the difference
 * @param upper      upper bound of the difference
 * @param confidence confidence level of the interval, e.g. 0.95
 * @param z          the pooled z statistic; absent when the pooled proportion is 0 or 1
 * @param pValue     the two-sided p-value of z; absent with z
 */
public record TwoProportionTest(double difference, double lower, double upper, double confidence,
                                OptionalDouble z, OptionalDouble pValue) {

    public TwoProportionTest {
        if (!(-1 <= lower && lower <= difference && difference <= upper && upper <= 1)) {
            throw new IllegalArgumentException("need −1 ≤ lower ≤ difference ≤ upper ≤ 1, was lower=" + lower
                + ", difference=" + difference + ", upper=" + upper);
        }
        if (z == null || pValue == null || z.isPresent() != pValue.isPresent()) {
            throw new IllegalArgumentException("z and pValue are both present or both absent");
        }
    }

    /** The arm against the control at 95 % confidence; empty when either has no trials. */
    public static Optional<TwoProportionTest> compare(long armSuccesses, long armTrials,
                                                      long controlSuccesses, long controlTrials) {
        return compare(armSuccesses, armTrials, controlSuccesses, controlTrials, WilsonInterval.DEFAULT_CONFIDENCE);
    }

    /**
     * The arm against the control at the given confidence level; empty when either has no trials, since a
     * difference with an undefined rate is undefined.
     *
     * @throws ReadoutInputException when a count is negative, successes exceed trials, or the confidence level
     *                               is not strictly between 0 and 1
     */
    public static Optional<TwoProportionTest> compare(long armSuccesses, long armTrials,
                                                      long controlSuccesses, long controlTrials, double confidence) {
        Optional<WilsonInterval> armInterval = WilsonInterval.of(armSuccesses, armTrials, confidence);
        Optional<WilsonInterval> controlInterval = WilsonInterval.of(controlSuccesses, controlTrials, confidence);
        if (armInterval.isEmpty() || controlInterval.isEmpty()) {
            return Optional.empty();
        }
        WilsonInterval arm = armInterval.get();
        WilsonInterval control = controlInterval.get();
        double difference = arm.estimate() - control.estimate();
        double lower = difference - Math.hypot(arm.below(), control.above());
        double upper = difference + Math.hypot(arm.above(), control.below());

        double pooled = (double) (armSuccesses + controlSuccesses) / (armTrials + controlTrials);
        OptionalDouble z = OptionalDouble.empty();
        OptionalDouble pValue = OptionalDouble.empty();
        if (pooled > 0 && pooled < 1) {
            double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / armTrials + 1.0 / controlTrials));
            double statistic = difference / standardError;
            z = OptionalDouble.of(statistic);
            pValue = OptionalDouble.of(Normal.twoSidedPValue(statistic));
        }
        return Optional.of(new TwoProportionTest(difference, Math.max(-1, lower), Math.min(1, upper), confidence,
            z, pValue));
    }
}
