package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.webauthn.FailureReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PromptMessagesTest {

    private final PasskeyStep.PromptMessages messages = new PasskeyStep.PromptMessages("cancelled", "timeout", "unavailable", "failed");

    @Test
    @DisplayName("A prompt that ended without a passkey says why: cancelled, timed out, none here, else failed")
    void messageByReason() {
        assertEquals("cancelled", messages.of(FailureReason.CANCELLED));
        assertEquals("timeout", messages.of(FailureReason.TIMEOUT));
        assertEquals("unavailable", messages.of(FailureReason.NOT_ALLOWED));
        assertEquals("unavailable", messages.of(FailureReason.INVALID_STATE));
        assertEquals("failed", messages.of(FailureReason.BAD_SIGNATURE));
        assertEquals("failed", messages.of(FailureReason.MALFORMED_RESPONSE));
    }
}
