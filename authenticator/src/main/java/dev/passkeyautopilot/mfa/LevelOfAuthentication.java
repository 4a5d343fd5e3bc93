package dev.passkeyautopilot.mfa;

import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Raises the session's level of authentication (Keycloak's step-up "LoA") after a multi-factor login, so that
 * a client asking for that {@code acr} accepts it, now and on later SSO logins.
 *
 * <p>Keycloak's own "Condition - Level of Authentication" sets the level of the sub-flow it guards when that
 * sub-flow ends, which may be lower; our steps therefore raise it again from their own end-of-flow callback.
 */
public final class LevelOfAuthentication {

    private LevelOfAuthentication() {
    }

    /**
     * A level from a step's settings: a negative one counts as 0 (leave the level to the flow); one that is not
     * a number must not break logins, so the default applies.
     */
    public static int parse(String value, int defaultLevel) {
        if (value == null || value.isBlank()) {
            return defaultLevel;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return defaultLevel;
        }
    }

    /** Raises the level of the current authentication to {@code level}, never lowers it. */
    public static void raise(KeycloakSession session, AuthenticationSessionModel authSession, int level) {
        if (level <= Constants.MINIMUM_LOA) {
            return;
        }
        AcrStore store = new AcrStore(session, authSession);
        if (store.getLevelOfAuthenticationFromCurrentAuthentication() < level) {
            store.setLevelAuthenticated(level);
        }
        // Keycloak copies the map to the user session only when a level condition is in the flow.
        String levels = authSession.getAuthNote(Constants.LOA_MAP);
        if (levels != null) {
            authSession.setUserSessionNote(Constants.LOA_MAP, levels);
        }
    }
}
