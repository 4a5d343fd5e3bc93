package dev.passkeyautopilot.metrics;

import dev.passkeyautopilot.intelligence.Decision;
import dev.passkeyautopilot.intelligence.Reason;
import dev.passkeyautopilot.vocabulary.OperationKind;

import java.util.Objects;

/**
 * The tags of one decision on the decision timer: the operation kind and what was decided.
 *
 * @param kind     an {@link OperationKind} code
 * @param decision a {@link Decision} code, {@link #APPEND_OFFER} for an append offer, or {@link PlatformTags#OTHER}
 */
public record DecisionTags(String kind, String decision) {

    /** The decision recorded on an append offer: the code of the reason the intelligence offers for. */
    public static final String APPEND_OFFER = Reason.OFFER.code();

    public DecisionTags {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decision, "decision");
    }

    /** @param decisionCode the stored decision of the operation */
    public static DecisionTags of(OperationKind kind, String decisionCode) {
        String decision = APPEND_OFFER.equals(decisionCode) ? APPEND_OFFER
                : Decision.fromCode(decisionCode).map(Decision::code).orElse(PlatformTags.OTHER);
        return new DecisionTags(kind.code(), decision);
    }
}
