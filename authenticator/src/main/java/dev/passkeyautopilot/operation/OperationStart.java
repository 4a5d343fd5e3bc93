package dev.passkeyautopilot.operation;

import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.intelligence.Decision;
import dev.passkeyautopilot.intelligence.LoginDecision;
import dev.passkeyautopilot.intelligence.Reason;
import dev.passkeyautopilot.vocabulary.OperationKind;

import java.util.Objects;
import java.util.Optional;

/**
 * What a passkey operation starts with: its kind, the environment it runs in and, when one was made, the
 * decision behind it. Built through the named factories, so a call says which case it is.
 *
 * @param decision       what was decided ({@code auto_passkey}, ..., or {@link #APPEND_OFFER} for an append offer)
 * @param decisionReasons comma-separated reason codes of that decision; null without one
 * @param decisionMicros how long the decision took
 * @param automatic      whether the prompt starts by itself (only an {@code auto_passkey} decision)
 * @param identifiedBy   how the user of an automatic prompt was identified ({@code PasskeyOperations.IDENTIFIED_BY_*})
 */
public record OperationStart(OperationKind kind, Environment environment, Optional<String> deviceMarker, Optional<String> decision,
                             String decisionReasons, long decisionMicros, boolean automatic, Optional<String> identifiedBy) {

    /** The decision recorded on an append offer: the code of the reason the intelligence offers for. */
    public static final String APPEND_OFFER = Reason.OFFER.code();

    public OperationStart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(deviceMarker, "deviceMarker");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(identifiedBy, "identifiedBy");
    }

    /** An attempt the user started without a decision of ours: a click on the passkey button, an autofill. */
    public static OperationStart attempt(OperationKind kind, Environment environment, Optional<String> deviceMarker) {
        return new OperationStart(kind, environment, deviceMarker, Optional.empty(), null, 0, false, Optional.empty());
    }

    /**
     * A login decision of the intelligence; automatic when it chose the automatic prompt.
     *
     * @param identifiedBy how the user was identified; only recorded for an automatic prompt
     */
    public static OperationStart decided(OperationKind kind, Environment environment, Optional<String> deviceMarker, LoginDecision decision,
                                         long decisionMicros, String identifiedBy) {
        boolean automatic = decision.decision() == Decision.AUTO_PASSKEY;
        return new OperationStart(kind, environment, deviceMarker, Optional.of(decision.decision().code()), decision.reasonCodes(),
                decisionMicros, automatic, automatic ? Optional.of(identifiedBy) : Optional.empty());
    }

    /** An append offer, with the reasons the intelligence gave for it. */
    public static OperationStart appendOffer(Environment environment, Optional<String> deviceMarker, String reasonCodes, long decisionMicros) {
        return new OperationStart(OperationKind.APPEND, environment, deviceMarker, Optional.of(APPEND_OFFER), reasonCodes, decisionMicros,
                false, Optional.empty());
    }
}
