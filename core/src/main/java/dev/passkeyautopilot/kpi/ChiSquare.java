package dev.passkeyautopilot.kpi;

/**
 * The chi-square distribution with k degrees of freedom: its survival function P(X ≥ x) = Q(k/2, x/2), the
 * regularized upper incomplete gamma function (Abramowitz &amp; Stegun 26.4.19), computed by {@link Gamma} with
 * full relative precision in the upper tail where p-values live.
 */
public final class ChiSquare {

    private ChiSquare() {
    }

    /**
     * P(X ≥ x) for X chi-square distributed with the given degrees of freedom: the p-value of a chi-square
     * statistic x.
     *
     * @throws IllegalArgumentException when x is negative or NaN, or degreesOfFreedom is below 1
     */
    public static double survival(double x, int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degreesOfFreedom must be 1 or more, was " + degreesOfFreedom);
        }
        if (!(x >= 0)) {
            throw new IllegalArgumentException("x must be 0 or above, was " + x);
        }
        return Gamma.regularizedQ(degreesOfFreedom / 2.0, x / 2);
    }
}
