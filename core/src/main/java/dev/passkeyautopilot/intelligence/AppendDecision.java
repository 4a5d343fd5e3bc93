package dev.passkeyautopilot.intelligence;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether to offer creating a passkey after this login, and why.
 *
 * @param offer   show the "Create a passkey" offer
 * @param reasons reason codes, the deciding one first; starts with {@link Reason#OFFER} when offered; never empty
 */
public record AppendDecision(boolean offer, List<Reason> reasons) {

    public AppendDecision {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("reasons must not be empty");
        }
    }

    /** The reason codes joined by commas, e.g. {@code offer,no_passkeys}. */
    public String reasonCodes() {
        return reasons.stream().map(Reason::code).collect(Collectors.joining(","));
    }
}
