package dev.passkeyautopilot.environment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignalApiReportTest {

    @Test
    @DisplayName("Any signal capability reported true → true; all reported false → false")
    void reported() {
        assertEquals(Optional.of(true), SignalApiReport.of("{\"clientCapabilities\":{\"signalUnknownCredential\":false,"
                + "\"signalAllAcceptedCredentials\":true}}"));
        assertEquals(Optional.of(false), SignalApiReport.of("{\"clientCapabilities\":{\"signalCurrentUserDetails\":false}}"));
    }

    @Test
    @DisplayName("Not reported, not an object, malformed or too large → empty")
    void notReported() {
        assertEquals(Optional.empty(), SignalApiReport.of(null));
        assertEquals(Optional.empty(), SignalApiReport.of("{\"clientCapabilities\":null}"));
        assertEquals(Optional.empty(), SignalApiReport.of("{\"clientCapabilities\":{\"signalUnknownCredential\":\"yes\"}}"));
        assertEquals(Optional.empty(), SignalApiReport.of("[1,2"));
        assertEquals(Optional.empty(), SignalApiReport.of("{\"x\":\"" + "a".repeat(ClientSignals.MAX_CAPABILITIES_CHARS) + "\"}"));
    }
}
