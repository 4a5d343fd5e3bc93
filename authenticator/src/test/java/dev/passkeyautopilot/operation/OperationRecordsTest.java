package dev.passkeyautopilot.operation;

import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.intelligence.Decision;
import dev.passkeyautopilot.intelligence.LoginDecision;
import dev.passkeyautopilot.intelligence.Reason;
import dev.passkeyautopilot.vocabulary.LoginMethod;
import dev.passkeyautopilot.vocabulary.OperationKind;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.webauthn.FailureReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OperationRecordsTest {

    private static final Environment ENVIRONMENT = new Environment("Android", "15", "Chrome", "141", "mobile");

    @Test
    @DisplayName("Only an auto_passkey decision starts an automatic operation, and only it records how the user was identified")
    void onlyTheAutomaticPromptIsAutomatic() {
        for (Decision decision : Decision.values()) {
            OperationStart start = OperationStart.decided(OperationKind.LOGIN, ENVIRONMENT, Optional.of("marker-0001"),
                    new LoginDecision(decision, List.of(Reason.values()[0])), 42, PasskeyOperations.IDENTIFIED_BY_USERNAME);
            boolean automatic = decision == Decision.AUTO_PASSKEY;
            assertEquals(automatic, start.automatic(), decision.code());
            assertEquals(automatic ? Optional.of(PasskeyOperations.IDENTIFIED_BY_USERNAME) : Optional.empty(), start.identifiedBy(), decision.code());
            assertEquals(Optional.of(decision.code()), start.decision());
            assertEquals(42, start.decisionMicros());
        }
    }

    @Test
    @DisplayName("An attempt the user started carries no decision; an append offer is decided as an offer")
    void attemptsAndOffers() {
        OperationStart attempt = OperationStart.attempt(OperationKind.LOGIN, ENVIRONMENT, Optional.empty());
        assertFalse(attempt.automatic());
        assertEquals(Optional.empty(), attempt.decision());
        OperationStart offer = OperationStart.appendOffer(ENVIRONMENT, Optional.empty(), "no_passkey", 7);
        assertEquals(OperationKind.APPEND, offer.kind());
        assertEquals(Optional.of("offer"), offer.decision());
        assertEquals("no_passkey", offer.decisionReasons());
    }

    @Test
    @DisplayName("An end carries its outcome or failure code and only what is known of the ceremony")
    void ends() {
        OperationEnd success = OperationEnd.of(Outcome.SUCCESS).withDuration(Optional.of(1200L)).withCredential("cred-1")
                .withMethod(LoginMethod.PASSKEY_AUTOFILL);
        assertEquals("success", success.outcome());
        assertEquals(Optional.of(1200L), success.durationMillis());
        assertEquals(Optional.of("cred-1"), success.credentialId());
        assertEquals(Optional.of(LoginMethod.PASSKEY_AUTOFILL), success.method());
        OperationEnd failed = OperationEnd.failed(FailureReason.BAD_SIGNATURE).withCredential(null);
        assertEquals(FailureReason.BAD_SIGNATURE.code(), failed.outcome());
        assertTrue(failed.credentialId().isEmpty());
        assertTrue(failed.method().isEmpty());
    }
}
