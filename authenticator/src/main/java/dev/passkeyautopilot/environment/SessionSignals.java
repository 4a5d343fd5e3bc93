package dev.passkeyautopilot.environment;

import org.keycloak.sessions.AuthenticationSessionModel;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the latest page signals in the authentication session, so a later step of the same login (the
 * append offer after the password) knows what the browser reported earlier.
 */
public final class SessionSignals {

    static final String DEVICE = "pa.signals.device";
    static final String PLATFORM_AUTHENTICATOR = "pa.signals.platform-authenticator";
    static final String CONDITIONAL_GET = "pa.signals.conditional-get";

    private SessionSignals() {
    }

    /** Stores what the page reported; a value missing from this post leaves the earlier one in place. */
    public static void remember(AuthenticationSessionModel session, ClientSignals signals) {
        signals.deviceMarker().ifPresent(v -> session.setAuthNote(DEVICE, v));
        signals.platformAuthenticator().ifPresent(v -> session.setAuthNote(PLATFORM_AUTHENTICATOR, v.toString()));
        signals.conditionalGet().ifPresent(v -> session.setAuthNote(CONDITIONAL_GET, v.toString()));
    }

    public static ClientSignals read(AuthenticationSessionModel session) {
        return new ClientSignals(
                Optional.ofNullable(session.getAuthNote(DEVICE)),
                Optional.ofNullable(session.getAuthNote(PLATFORM_AUTHENTICATOR)).map(Boolean::valueOf),
                Optional.ofNullable(session.getAuthNote(CONDITIONAL_GET)).map(Boolean::valueOf),
                List.of());
    }
}
