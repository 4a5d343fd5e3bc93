package dev.passkeyautopilot.environment;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The device marker and capabilities JSON come straight from the login form. {@link ClientSignals#parse} declares no
 * exception: whatever arrives, it returns signals with the unreadable parts listed as ignored.
 */
class ClientSignalsFuzzTest {

    private static final List<String> IGNORED_REASONS = List.of("signals_too_large", "signals_malformed", "device_marker_invalid");

    @FuzzTest(maxDuration = "5m")
    void anyFormValuesGiveSignals(FuzzedDataProvider data) {
        String marker = data.consumeBoolean() ? null : data.consumeString(100);
        String capabilities = data.consumeBoolean() ? null : data.consumeRemainingAsString();

        ClientSignals signals = ClientSignals.parse(marker, capabilities);

        assertTrue(IGNORED_REASONS.containsAll(signals.ignored()), () -> "unknown reason in " + signals.ignored());
        signals.deviceMarker().ifPresent(m -> assertTrue(m.matches("[A-Za-z0-9-]{8,64}"), m));
        signals.platformVersion().ifPresent(v -> assertTrue(v.matches("[0-9.]{1,23}"), v));
    }
}
