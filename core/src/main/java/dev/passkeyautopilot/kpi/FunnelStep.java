package dev.passkeyautopilot.kpi;

import java.util.Objects;

/**
 * One step of a funnel.
 *
 * @param conversion count ÷ the previous step's count; null for the first step and after a step of 0
 */
public record FunnelStep(String step, long count, Double conversion) {

    public FunnelStep {
        Objects.requireNonNull(step, "step");
    }
}
