package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.webauthn.FailureReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.forms.login.MessageType;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PromptMessagesTest {

    private final PasskeyStep.PromptMessages messages = new PasskeyStep.PromptMessages("notFinished", "unavailable");

    @Test
    @DisplayName("A prompt the user closed, let run out, or that found no passkey here is neutral information, never red")
    void notFinishedIsInformation() {
        for (FailureReason reason : new FailureReason[] {FailureReason.CANCELLED, FailureReason.TIMEOUT, FailureReason.NOT_ALLOWED}) {
            assertEquals(new PageMessage(MessageType.INFO, "notFinished"), messages.of(reason), reason.code());
        }
    }

    @Test
    @DisplayName("A browser that cannot run the prompt gets a warning, not an error: nothing was refused")
    void promptThatCannotRunIsAWarning() {
        for (FailureReason reason : new FailureReason[] {FailureReason.INVALID_STATE, FailureReason.SECURITY_ERROR,
                FailureReason.NOT_SUPPORTED, FailureReason.CLIENT_ERROR}) {
            assertEquals(new PageMessage(MessageType.WARNING, "unavailable"), messages.of(reason), reason.code());
        }
    }
}
