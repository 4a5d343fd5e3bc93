package dev.passkeyautopilot.environment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnvironmentTest {

    @Test
    @DisplayName("Splits Keycloak's family/version browser string")
    void splitsBrowser() {
        Environment environment = Environment.of("Windows", "10", "Chrome/126.0.0", "Other", false);
        assertEquals("Chrome", environment.browserFamily());
        assertEquals("126.0.0", environment.browserVersion());
        assertEquals("desktop", environment.deviceClass());
    }

    @Test
    @DisplayName("Classifies phones and tablets")
    void classifiesDevices() {
        assertEquals("mobile", Environment.of("Android", "14", "Chrome Mobile/126", "Pixel 8", true).deviceClass());
        assertEquals("mobile", Environment.of("iOS", "17.5", "Mobile Safari/17.5", "iPhone", true).deviceClass());
        assertEquals("tablet", Environment.of("iOS", "17.5", "Mobile Safari/17.5", "iPad", true).deviceClass());
    }

    @Test
    @DisplayName("Missing values become Unknown and long ones are capped to their column size")
    void normalises() {
        Environment environment = Environment.of(null, "", "x".repeat(200), null, false);
        assertEquals(Environment.UNKNOWN, environment.osFamily());
        assertEquals(Environment.UNKNOWN, environment.osVersion());
        assertEquals(64, environment.browserFamily().length());
    }

    @Test
    @DisplayName("Client hints reveal Windows 11 behind the frozen \"Windows NT 10.0\" user agent")
    void clientHintsRefineWindowsVersion() {
        Environment frozen = Environment.of("Windows", "10", "Chrome/126.0.0", "Other", false);
        assertEquals("11", frozen.withPlatformVersion(java.util.Optional.of("15.0.0")).osVersion());
        assertEquals("10", frozen.withPlatformVersion(java.util.Optional.of("10.0.0")).osVersion());
        assertEquals("10", frozen.withPlatformVersion(java.util.Optional.empty()).osVersion());
    }

    @Test
    @DisplayName("A client hint that is not a version is ignored by the parser")
    void malformedHintIgnored() {
        assertEquals(java.util.Optional.empty(),
                ClientSignals.parse(null, "{\"uaHints\":{\"platformVersion\":\"<script>\"}}").platformVersion());
        assertEquals(java.util.Optional.of("14.5"),
                ClientSignals.parse(null, "{\"uaHints\":{\"platformVersion\":\"14.5\"}}").platformVersion());
    }
}
