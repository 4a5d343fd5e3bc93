package dev.passkeyautopilot.intelligence;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The engine's choice for one login and why.
 *
 * @param decision what the login page does
 * @param reasons  reason codes in the order the rules applied them: first what the passkeys and the device
 *                 say, then what limited the decision (learning, realm statistics, settings); never empty
 */
public record LoginDecision(Decision decision, List<Reason> reasons) {

    public LoginDecision {
        Objects.requireNonNull(decision, "decision");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("reasons must not be empty");
        }
    }

    /** The reason codes joined by commas, e.g. {@code provider_not_available_on_platform,hybrid_available}. */
    public String reasonCodes() {
        return reasons.stream().map(Reason::code).collect(Collectors.joining(","));
    }
}
