package dev.passkeyautopilot.kpi;

/**
 * The log-gamma function and the regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x), the
 * common ground of {@link ChiSquare} (Q(k/2, x/2)) and {@link Normal} (erfc(x) = Q(1/2, x²)).
 *
 * <p>P is summed from its power series where x &lt; a + 1 and Q from its continued fraction (evaluated with the
 * modified Lentz method) elsewhere; each converges fast in its region, and computing the small one of P and Q
 * directly keeps full relative precision in the tails, where a p-value lives. See Press et al., Numerical
 * Recipes, 3rd ed., §6.2, and Abramowitz &amp; Stegun 6.5.29 and 6.5.31. The log-gamma function uses Lanczos'
 * approximation with g = 7 and nine coefficients (relative error about 1e-15 for a ≥ 1/2).
 */
final class Gamma {

    /**
     * Relative size of the last term at which a series or continued fraction has converged: a few units in the
     * last place of a double, below which a further term cannot change the result.
     */
    private static final double EPSILON = 1e-15;
    /** Guards the continued fraction against a division by zero (Lentz). */
    private static final double TINY = 1e-300;
    /** Far more than either expansion needs for the shape parameters of a readout (a = (arms − 1) / 2). */
    private static final int MAX_ITERATIONS = 100_000;

    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    };
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private Gamma() {
    }

    /** ln Γ(a) for a &gt; 0. */
    static double logGamma(double a) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("a must be a finite number above 0, was " + a);
        }
        if (a < 0.5) {
            // Lanczos' series is accurate from 1/2 on; Γ(a) = Γ(a + 1) / a moves a small argument there.
            return logGamma(a + 1) - Math.log(a);
        }
        double x = a - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (x + i);
        }
        double t = x + LANCZOS_G + 0.5;
        return HALF_LOG_TWO_PI + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), for a &gt; 0 and x ≥ 0. */
    static double regularizedP(double a, double x) {
        check(a, x);
        if (x == 0) {
            return 0;
        }
        if (Double.isInfinite(x)) {
            return 1;
        }
        return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x);
    }

    /** The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a &gt; 0 and x ≥ 0. */
    static double regularizedQ(double a, double x) {
        check(a, x);
        if (x == 0) {
            return 1;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
    }

    private static void check(double a, double x) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("a must be a finite number above 0, was " + a);
        }
        if (!(x >= 0)) {
            throw new IllegalArgumentException("x must be 0 or above, was " + x);
        }
    }

    /** x^a e^(−x) / Γ(a), the factor both expansions share; computed in logs so that large a and x do not overflow. */
    private static double prefactor(double a, double x) {
        return Math.exp(a * Math.log(x) - x - logGamma(a));
    }

    /** P(a, x) = x^a e^(−x) / Γ(a) · Σ x^n / (a (a+1) … (a+n)) (A&amp;S 6.5.29); converges quickly for x &lt; a + 1. */
    private static double series(double a, double x) {
        double term = 1 / a;
        double sum = term;
        double denominator = a;
        for (int n = 1; n <= MAX_ITERATIONS; n++) {
            denominator += 1;
            term *= x / denominator;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                return Math.min(1, sum * prefactor(a, x));
            }
        }
        throw new ArithmeticException("incomplete gamma series did not converge for a=" + a + ", x=" + x);
    }

    /**
     * Q(a, x) = x^a e^(−x) / Γ(a) · 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …))) (A&amp;S 6.5.31 in its even form),
     * evaluated by the modified Lentz method; converges quickly for x ≥ a + 1.
     */
    private static double continuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i <= MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return Math.min(1, prefactor(a, x) * h);
            }
        }
        throw new ArithmeticException("incomplete gamma continued fraction did not converge for a=" + a + ", x=" + x);
    }
}
