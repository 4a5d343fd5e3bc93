package dev.passkeyautopilot.kpi;

import java.util.Optional;

/**
 * A proportion x / n with its Wilson score interval (Wilson 1927; method 3 of Newcombe 1998, "Two-sided
 * confidence intervals for the single proportion"): the set of true proportions π that a two-sided score test
 * at the given confidence level would not reject,
 *
 * <pre>
 *   (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n),   p̂ = x/n,  z = Φ⁻¹((1 + confidence)/2)
 * </pre>
 *
 * <p>Unlike the Wald interval p̂ ± z·√(p̂(1 − p̂)/n) it never leaves [0, 1], is not degenerate at 0/n or n/n, and
 * keeps close to its nominal coverage for the small counts an early experiment has. Without a continuity
 * correction, as Newcombe recommends for general use.
 *
 * @param estimate   the observed proportion x / n
 * @param lower      lower bound, 0 exactly when x = 0
 * @param upper      upper bound, 1 exactly when x = n
 * @param confidence the confidence level, e.g. 0.95
 */
public record WilsonInterval(double estimate, double lower, double upper, double confidence) {

    /** The confidence level of a readout unless configured otherwise. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    public WilsonInterval {
        if (!(0 <= lower && lower <= estimate && estimate <= upper && upper <= 1)) {
            throw new IllegalArgumentException("need 0 ≤ lower ≤ estimate ≤ upper ≤ 1, was lower=" + lower
                + ", estimate=" + estimate + ", upper=" + upper);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new ReadoutInputException("confidence", "must be between 0 and 1 (exclusive), was " + confidence);
        }
    }

    /** The 95 % interval of successes / trials; empty when there were no trials (the rate is undefined). */
    public static Optional<WilsonInterval> of(long successes, long trials) {
        return of(successes, trials, DEFAULT_CONFIDENCE);
    }

    /**
     * The interval of successes / trials at the given confidence level; empty when there were no trials.
     *
     * @throws ReadoutInputException when a count is negative, successes exceed trials, or the confidence level
     *                               is not strictly between 0 and 1
     */
    public static Optional<WilsonInterval> of(long successes, long trials, double confidence) {
        checkCounts(successes, trials);
        double z = Normal.criticalValue(confidence);
        if (trials == 0) {
            return Optional.empty();
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At x = 0 and x = n the bounds are exactly 0 and 1; rounding must not move them off.
        double lower = successes == 0 ? 0 : Math.max(0, Math.min(p, centre - halfWidth));
        double upper = successes == trials ? 1 : Math.min(1, Math.max(p, centre + halfWidth));
        return Optional.of(new WilsonInterval(p, lower, upper, confidence));
    }

    /** The distance from the estimate down to the lower bound. */
    double below() {
        return estimate - lower;
    }

    /** The distance from the estimate up to the upper bound. */
    double above() {
        return upper - estimate;
    }

    static void checkCounts(long successes, long trials) {
        if (trials < 0) {
            throw new ReadoutInputException("trials", "must be 0 or more, was " + trials);
        }
        if (successes < 0) {
            throw new ReadoutInputException("successes", "must be 0 or more, was " + successes);
        }
        if (successes > trials) {
            throw new ReadoutInputException("successes", "must not exceed trials (" + trials + "), was " + successes);
        }
    }
}
