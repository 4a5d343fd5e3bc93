package dev.passkeyautopilot.kpi;

import java.util.List;
import java.util.Optional;

/**
 * The sample-ratio-mismatch (SRM) check: do the arms' assigned counts fit the configured weights? Pearson's
 * chi-square goodness-of-fit test, with the expected count of arm i being N·wᵢ/Σw for N users assigned in all:
 *
 * <pre>
 *   χ² = Σ (assignedᵢ − expectedᵢ)² / expectedᵢ,   k − 1 degrees of freedom,   p = P(χ²ₖ₋₁ ≥ χ²)
 * </pre>
 *
 * <p>A mismatch is flagged when p &lt; {@value #THRESHOLD}. Assignment by hash (see {@code docs/rollout.md}) gives
 * each user their arm with the configured probability, so a mismatch that strong means the counts are broken:
 * events lost for one arm, users assigned but not counted, weights edited mid-experiment. The arms' rates
 * should then not be compared until the cause is found (Fabijan et al., "Diagnosing Sample Ratio Mismatch in
 * Online Controlled Experiments", KDD 2019).
 *
 * @param chiSquare        Pearson's statistic
 * @param degreesOfFreedom arms − 1
 * @param pValue           P(χ² ≥ statistic) under the configured weights
 * @param flagged          {@code pValue < THRESHOLD}
 */
public record SampleRatioMismatch(double chiSquare, int degreesOfFreedom, double pValue, boolean flagged) {

    /** A p-value below this flags a sample ratio mismatch. */
    public static final double THRESHOLD = 0.01;

    public SampleRatioMismatch {
        if (flagged != (pValue < THRESHOLD)) {
            throw new IllegalArgumentException("flagged must be pValue < " + THRESHOLD + ", was " + flagged
                + " for pValue=" + pValue);
        }
    }

    /**
     * Checks the arms' assigned counts against their weights. Empty when there is nothing to test: fewer than
     * two arms (zero degrees of freedom), or no user assigned at all.
     */
    public static Optional<SampleRatioMismatch> check(List<ArmCounts> arms) {
        if (arms == null || arms.size() < 2) {
            return Optional.empty();
        }
        double totalWeight = 0;
        long totalAssigned = 0;
        for (ArmCounts arm : arms) {
            totalWeight += arm.weight();
            totalAssigned = Math.addExact(totalAssigned, arm.assigned());
        }
        if (totalAssigned == 0) {
            return Optional.empty();
        }
        double chiSquare = 0;
        for (ArmCounts arm : arms) {
            double expected = totalAssigned * (arm.weight() / totalWeight);
            double deviation = arm.assigned() - expected;
            chiSquare += deviation * deviation / expected;
        }
        int degreesOfFreedom = arms.size() - 1;
        double pValue = ChiSquare.survival(chiSquare, degreesOfFreedom);
        return Optional.of(new SampleRatioMismatch(chiSquare, degreesOfFreedom, pValue, pValue < THRESHOLD));
    }
}
