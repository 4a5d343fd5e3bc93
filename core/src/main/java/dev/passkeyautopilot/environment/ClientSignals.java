package dev.passkeyautopilot.environment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hints the page sends about the browser: whether a platform authenticator and passkey autofill are
 * available, and a random per-browser device marker. Every value is untrusted. Callers may only use them
 * to prompt <em>less</em> (skip an offer the device cannot take), never to skip authentication. Anything
 * unreadable is ignored and the reason kept for the event.
 *
 * @param deviceMarker          random id the page keeps in localStorage, if well-formed
 * @param platformAuthenticator true/false as reported, empty when not reported
 * @param conditionalGet        passkey autofill available, empty when not reported
 * @param webauthn              the browser has WebAuthn at all, empty when not reported
 * @param hybridTransport       cross-device (QR / hybrid) available, from getClientCapabilities(), empty when not reported
 * @param platformVersion       the OS version from user-agent client hints (Chromium), if well-formed
 * @param ignored               reason codes of what was ignored ({@code signals_too_large}, {@code signals_malformed},
 *                              {@code device_marker_invalid})
 */
public record ClientSignals(Optional<String> deviceMarker, Optional<Boolean> platformAuthenticator, Optional<Boolean> conditionalGet,
                            Optional<Boolean> webauthn, Optional<Boolean> hybridTransport, Optional<String> platformVersion,
                            List<String> ignored) {

    public static final String DEVICE_FIELD = "pa_device";
    public static final String CAPABILITIES_FIELD = "pa_capabilities";
    static final int MAX_CAPABILITIES_CHARS = 4096;
    private static final Pattern DEVICE_MARKER = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,5}(\\.[0-9]{1,5}){0,3}");
    private static final ObjectMapper JSON = new ObjectMapper();

    public ClientSignals {
        ignored = List.copyOf(ignored);
    }

    public static ClientSignals parse(String deviceMarker, String capabilitiesJson) {
        List<String> ignored = new ArrayList<>();
        Optional<String> marker = Optional.empty();
        if (deviceMarker != null && !deviceMarker.isEmpty()) {
            if (DEVICE_MARKER.matcher(deviceMarker).matches()) {
                marker = Optional.of(deviceMarker);
            } else {
                ignored.add("device_marker_invalid");
            }
        }
        Optional<Boolean> platform = Optional.empty();
        Optional<Boolean> conditional = Optional.empty();
        Optional<Boolean> webauthn = Optional.empty();
        Optional<Boolean> hybrid = Optional.empty();
        Optional<String> platformVersion = Optional.empty();
        if (capabilitiesJson != null && !capabilitiesJson.isEmpty()) {
            if (capabilitiesJson.length() > MAX_CAPABILITIES_CHARS) {
                ignored.add("signals_too_large");
            } else {
                try {
                    JsonNode node = JSON.readTree(capabilitiesJson);
                    if (node != null && node.isObject()) {
                        platform = bool(node.get("platformAuthenticator"));
                        conditional = bool(node.get("conditionalGet"));
                        webauthn = bool(node.get("webauthn"));
                        JsonNode capabilities = node.get("clientCapabilities");
                        if (capabilities != null && capabilities.isObject()) {
                            hybrid = bool(capabilities.get("hybridTransport"));
                        }
                        JsonNode hints = node.get("uaHints");
                        if (hints != null && hints.isObject() && hints.path("platformVersion").isTextual()
                                && VERSION.matcher(hints.path("platformVersion").asText()).matches()) {
                            platformVersion = Optional.of(hints.path("platformVersion").asText());
                        }
                    } else {
                        ignored.add("signals_malformed");
                    }
                } catch (JsonProcessingException e) {
                    ignored.add("signals_malformed");
                }
            }
        }
        return new ClientSignals(marker, platform, conditional, webauthn, hybrid, platformVersion, ignored);
    }

    private static Optional<Boolean> bool(JsonNode node) {
        return node != null && node.isBoolean() ? Optional.of(node.booleanValue()) : Optional.empty();
    }
}
