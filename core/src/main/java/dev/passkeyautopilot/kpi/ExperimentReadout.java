package dev.passkeyautopilot.kpi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The statistics of one experiment over a readout period: each arm's rate with its interval, each arm against
 * the control, and the sample-ratio-mismatch check. With more than two arms each comparison is made on its own,
 * at the readout's confidence level, without a correction for multiple comparisons.
 *
 * @param experiment          the experiment's name
 * @param control             the name of the arm every other arm is compared with
 * @param confidence          the confidence level of every interval, e.g. 0.95
 * @param arms                the arms, in the order given
 * @param sampleRatioMismatch the SRM check; absent with a single arm or when no user was assigned
 * @param srmFlagged          whether the SRM check flagged a mismatch; false when the check is absent
 */
public record ExperimentReadout(String experiment, String control, double confidence, List<ArmReadout> arms,
                                Optional<SampleRatioMismatch> sampleRatioMismatch, boolean srmFlagged) {

    public ExperimentReadout {
        arms = List.copyOf(arms);
        if (srmFlagged != sampleRatioMismatch.map(SampleRatioMismatch::flagged).orElse(false)) {
            throw new IllegalArgumentException("srmFlagged must follow the sample-ratio-mismatch check");
        }
    }

    /** The readout at 95 % confidence with the first arm as control. */
    public static ExperimentReadout of(String experiment, List<ArmCounts> arms) {
        if (arms == null || arms.isEmpty()) {
            throw new ReadoutInputException("arms", "must have at least 1 arm, had 0");
        }
        return of(experiment, arms, arms.get(0).name(), WilsonInterval.DEFAULT_CONFIDENCE);
    }

    /**
     * The readout at the given confidence level against the named control arm.
     *
     * @throws ReadoutInputException when there are no arms, two arms share a name, the control is not one of
     *                               the arms, or the confidence level is not strictly between 0 and 1
     */
    public static ExperimentReadout of(String experiment, List<ArmCounts> arms, String control, double confidence) {
        if (experiment == null || experiment.isBlank()) {
            throw new ReadoutInputException("experiment", "must name the experiment, was "
                + (experiment == null ? "null" : "blank"));
        }
        if (arms == null || arms.isEmpty()) {
            throw new ReadoutInputException("arms", "must have at least 1 arm, had 0");
        }
        Normal.criticalValue(confidence);
        Set<String> names = new HashSet<>();
        ArmCounts controlCounts = null;
        for (ArmCounts arm : arms) {
            if (arm == null) {
                throw new ReadoutInputException("arms", "must not contain null");
            }
            if (!names.add(arm.name())) {
                throw new ReadoutInputException("arms", "must have unique names, but \"" + arm.name()
                    + "\" names two arms");
            }
            if (arm.name().equals(control)) {
                controlCounts = arm;
            }
        }
        if (controlCounts == null) {
            throw new ReadoutInputException("control", "must name one of the arms " + names + ", was " + control);
        }

        List<ArmReadout> readouts = new ArrayList<>(arms.size());
        for (ArmCounts arm : arms) {
            Optional<WilsonInterval> interval = WilsonInterval.of(arm.conversions(), arm.offers(), confidence);
            OptionalDouble rate = interval.map(i -> OptionalDouble.of(i.estimate())).orElse(OptionalDouble.empty());
            boolean isControl = arm == controlCounts;
            Optional<TwoProportionTest> versusControl = isControl
                ? Optional.empty()
                : TwoProportionTest.compare(arm.conversions(), arm.offers(),
                    controlCounts.conversions(), controlCounts.offers(), confidence);
            readouts.add(new ArmReadout(arm, isControl, rate, interval, versusControl));
        }
        Optional<SampleRatioMismatch> srm = SampleRatioMismatch.check(arms);
        return new ExperimentReadout(experiment, control, confidence, readouts, srm,
            srm.map(SampleRatioMismatch::flagged).orElse(false));
    }
}
