package dev.passkeyautopilot.environment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Optional;

/**
 * Whether the page's {@code getClientCapabilities()} reported the WebAuthn Signal API (WebAuthn L3 §5.1.10:
 * {@code signalUnknownCredential}, {@code signalAllAcceptedCredentials}, {@code signalCurrentUserDetails}), read
 * from the same {@code pa_capabilities} JSON as {@link ClientSignals}. Untrusted like every signal: it only
 * decides whether a page that exists to signal is worth showing.
 */
public final class SignalApiReport {

    static final List<String> CAPABILITIES = List.of("signalAllAcceptedCredentials", "signalCurrentUserDetails", "signalUnknownCredential");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SignalApiReport() {
    }

    /** True if any signal capability is reported true, false if all reported are false, empty if none is reported or unreadable. */
    public static Optional<Boolean> of(String capabilitiesJson) {
        if (capabilitiesJson == null || capabilitiesJson.isEmpty() || capabilitiesJson.length() > ClientSignals.MAX_CAPABILITIES_CHARS) {
            return Optional.empty();
        }
        try {
            JsonNode capabilities = JSON.readTree(capabilitiesJson).path("clientCapabilities");
            Optional<Boolean> result = Optional.empty();
            for (String name : CAPABILITIES) {
                JsonNode value = capabilities.get(name);
                if (value != null && value.isBoolean()) {
                    if (value.booleanValue()) {
                        return Optional.of(true);
                    }
                    result = Optional.of(false);
                }
            }
            return result;
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
