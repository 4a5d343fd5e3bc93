package dev.passkeyautopilot.kpi;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One arm of an {@link ExperimentReadout}: its counts, its rate with the Wilson interval, and, for every arm but
 * the control, the comparison with the control.
 *
 * @param counts        what was counted for the arm
 * @param control       whether this arm is the experiment's control
 * @param rate          conversions / offers; absent when there were no offers
 * @param interval      the rate's Wilson score interval; absent with the rate
 * @param versusControl this arm minus the control; absent for the control itself and when either arm had no
 *                      offers
 */
public record ArmReadout(ArmCounts counts, boolean control, OptionalDouble rate, Optional<WilsonInterval> interval,
                         Optional<TwoProportionTest> versusControl) {

    public ArmReadout {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(versusControl, "versusControl");
        if (control && versusControl.isPresent()) {
            throw new IllegalArgumentException("the control arm is not compared with itself");
        }
    }

    /** The arm's name. */
    public String name() {
        return counts.name();
    }
}
