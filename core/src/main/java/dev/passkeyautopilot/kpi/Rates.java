package dev.passkeyautopilot.kpi;

/** A rate of the reports: numerator ÷ denominator between 0 and 1, or null when the denominator is 0. */
public final class Rates {

    private Rates() {
    }

    public static Double of(long numerator, long denominator) {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("need 0 ≤ numerator ≤ denominator, was " + numerator + "/" + denominator);
        }
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
