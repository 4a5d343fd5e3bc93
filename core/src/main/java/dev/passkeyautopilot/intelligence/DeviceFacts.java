package dev.passkeyautopilot.intelligence;

import dev.passkeyautopilot.environment.Environment;

import java.util.Optional;

/**
 * The browser a login runs in: the environment the server derived from the request, plus what the page
 * reported. Page-reported values are untrusted hints and may be absent (older browsers, no JavaScript, a page
 * that has not reported yet). A {@code null} environment is read as {@link Environment#UNKNOWN_ENVIRONMENT},
 * a {@code null} optional as empty.
 *
 * @param environment           OS, browser and device class from the user agent
 * @param webauthn              the page found {@code PublicKeyCredential}
 * @param platformAuthenticator {@code isUserVerifyingPlatformAuthenticatorAvailable()} or the
 *                              {@code passkeyPlatformAuthenticator} client capability
 * @param conditionalGet        {@code isConditionalMediationAvailable()} or the {@code conditionalGet} capability
 * @param hybridTransport       the {@code hybridTransport} client capability (cross-device sign-in)
 * @param deviceMarker          the random per-browser id the page keeps, if well-formed
 */
public record DeviceFacts(Environment environment, Optional<Boolean> webauthn, Optional<Boolean> platformAuthenticator,
                          Optional<Boolean> conditionalGet, Optional<Boolean> hybridTransport, Optional<String> deviceMarker) {

    public DeviceFacts {
        environment = environment == null ? Environment.UNKNOWN_ENVIRONMENT : environment;
        webauthn = webauthn == null ? Optional.empty() : webauthn;
        platformAuthenticator = platformAuthenticator == null ? Optional.empty() : platformAuthenticator;
        conditionalGet = conditionalGet == null ? Optional.empty() : conditionalGet;
        hybridTransport = hybridTransport == null ? Optional.empty() : hybridTransport;
        deviceMarker = deviceMarker == null ? Optional.empty() : deviceMarker;
    }

    /** Only the environment is known; the page reported nothing. */
    public static DeviceFacts of(Environment environment) {
        return new DeviceFacts(environment, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A phone or tablet (from the user agent). */
    public boolean mobile() {
        return !"desktop".equals(environment.deviceClass());
    }

    boolean reportedFalse(Optional<Boolean> signal) {
        return signal.isPresent() && !signal.get();
    }
}
