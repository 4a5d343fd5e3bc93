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
    static final String WEBAUTHN = "pa.signals.webauthn";
    static final String HYBRID = "pa.signals.hybrid";
    static final String PLATFORM_VERSION = "pa.signals.platform-version";

    private SessionSignals() {
    }

    /**
     * Stores what the page reported; a value missing from this post leaves the earlier one in place.
     *
     * @return everything known about this browser in this login, with the reasons this post's signals were ignored
     */
    public static ClientSignals remember(AuthenticationSessionModel session, ClientSignals signals) {
        signals.deviceMarker().ifPresent(v -> session.setAuthNote(DEVICE, v));
        signals.platformAuthenticator().ifPresent(v -> session.setAuthNote(PLATFORM_AUTHENTICATOR, v.toString()));
        signals.conditionalGet().ifPresent(v -> session.setAuthNote(CONDITIONAL_GET, v.toString()));
        signals.webauthn().ifPresent(v -> session.setAuthNote(WEBAUTHN, v.toString()));
        signals.hybridTransport().ifPresent(v -> session.setAuthNote(HYBRID, v.toString()));
        signals.platformVersion().ifPresent(v -> session.setAuthNote(PLATFORM_VERSION, v));
        ClientSignals known = read(session);
        return new ClientSignals(known.deviceMarker(), known.platformAuthenticator(), known.conditionalGet(), known.webauthn(),
                known.hybridTransport(), known.platformVersion(), signals.ignored());
    }

    public static ClientSignals read(AuthenticationSessionModel session) {
        return new ClientSignals(
                Optional.ofNullable(session.getAuthNote(DEVICE)),
                Optional.ofNullable(session.getAuthNote(PLATFORM_AUTHENTICATOR)).map(Boolean::valueOf),
                Optional.ofNullable(session.getAuthNote(CONDITIONAL_GET)).map(Boolean::valueOf),
                Optional.ofNullable(session.getAuthNote(WEBAUTHN)).map(Boolean::valueOf),
                Optional.ofNullable(session.getAuthNote(HYBRID)).map(Boolean::valueOf),
                Optional.ofNullable(session.getAuthNote(PLATFORM_VERSION)),
                List.of());
    }
}
