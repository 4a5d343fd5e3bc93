package dev.passkeyautopilot.environment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientSignalsTest {

    @Test
    @DisplayName("Reads platform authenticator, autofill and the device marker")
    void readsSignals() {
        ClientSignals signals = ClientSignals.parse("3f1c2a9e-1b2c-4d5e-8f90-0123456789ab",
                "{\"platformAuthenticator\":true,\"conditionalGet\":false,\"clientCapabilities\":{\"hybridTransport\":true}}");
        assertEquals(Optional.of("3f1c2a9e-1b2c-4d5e-8f90-0123456789ab"), signals.deviceMarker());
        assertEquals(Optional.of(true), signals.platformAuthenticator());
        assertEquals(Optional.of(false), signals.conditionalGet());
        assertEquals(Optional.of(true), signals.hybridTransport());
        assertEquals(Optional.empty(), signals.webauthn());
        assertEquals(List.of(), signals.ignored());
    }

    @Test
    @DisplayName("Garbage JSON is ignored with a reason")
    void garbageIgnored() {
        ClientSignals signals = ClientSignals.parse(null, "{platformAuthenticator: yes");
        assertEquals(Optional.empty(), signals.platformAuthenticator());
        assertEquals(List.of("signals_malformed"), signals.ignored());
    }

    @Test
    @DisplayName("A value of the wrong type is not read as true")
    void wrongTypeNotTrue() {
        assertEquals(Optional.empty(), ClientSignals.parse(null, "{\"platformAuthenticator\":\"true\"}").platformAuthenticator());
    }

    @Test
    @DisplayName("Oversized signals and a device marker with markup are ignored with reasons")
    void oversizedIgnored() {
        ClientSignals signals = ClientSignals.parse("<script>alert(1)</script>", "{\"x\":\"" + "a".repeat(1024 * 1024) + "\"}");
        assertEquals(Optional.empty(), signals.deviceMarker());
        assertEquals(List.of("device_marker_invalid", "signals_too_large"), signals.ignored());
    }
}
