package dev.passkeyautopilot.environment;

import org.keycloak.device.DeviceRepresentationProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.representations.account.DeviceRepresentation;

/**
 * The environment of the current request, from Keycloak's own user-agent parsing
 * ({@link DeviceRepresentationProvider}: cached, length-limited, aware of frozen user-agent strings).
 */
public final class RequestEnvironment {

    private RequestEnvironment() {
    }

    /** The request's environment, with the OS version refined by the page's client hints, if any. */
    public static Environment of(KeycloakSession session, ClientSignals signals) {
        return of(session).withPlatformVersion(signals.platformVersion());
    }

    public static Environment of(KeycloakSession session) {
        DeviceRepresentationProvider provider = session.getProvider(DeviceRepresentationProvider.class);
        DeviceRepresentation device = provider == null ? null : provider.deviceRepresentation();
        if (device == null) {
            return Environment.UNKNOWN_ENVIRONMENT;
        }
        return Environment.of(device.getOs(), device.getOsVersion(), device.getBrowser(), device.getDevice(), device.isMobile());
    }
}
