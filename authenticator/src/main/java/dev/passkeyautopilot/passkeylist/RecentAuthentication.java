package dev.passkeyautopilot.passkeylist;

import dev.passkeyautopilot.session.AttemptNotes;
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.common.util.Time;
import org.keycloak.models.Constants;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.util.List;

/**
 * Whether the user signed in recently enough to change their passkeys. Keycloak checks the action's
 * {@code max_auth_age} when an application starts it ({@code kc_action}, see {@code OIDCLoginProtocol}) and
 * re-authenticates older sessions first; this checks it again for every change, because the page may stay open
 * for longer. Same setting, same default (Keycloak's {@code Constants.KC_ACTION_MAX_AGE}, 5 minutes).
 */
final class RecentAuthentication {

    /** The authorization request parameters that send the user back here through a fresh sign-in. */
    private static final List<String> REQUEST_PARAMETERS = List.of(OIDCLoginProtocol.RESPONSE_TYPE_PARAM,
            OIDCLoginProtocol.RESPONSE_MODE_PARAM, OIDCLoginProtocol.SCOPE_PARAM, OIDCLoginProtocol.STATE_PARAM,
            OIDCLoginProtocol.NONCE_PARAM, OIDCLoginProtocol.CODE_CHALLENGE_PARAM, OIDCLoginProtocol.CODE_CHALLENGE_METHOD_PARAM,
            OIDCLoginProtocol.UI_LOCALES_PARAM);

    private RecentAuthentication() {
    }

    /** The configured maximum age in seconds (Authentication → Required actions → ⚙), else Keycloak's default. */
    static int maxAgeSeconds(RequiredActionConfigModel config) {
        if (config != null && config.getConfigValue(Constants.MAX_AUTH_AGE_KEY) != null) {
            try {
                int configured = RequiredActionFactory.parseMaxAuthAge(config);
                if (configured >= 0) {
                    return configured;
                }
            } catch (NumberFormatException e) {
                // validateConfig refuses such values; an older stored one falls back to the default
            }
        }
        return Constants.KC_ACTION_MAX_AGE;
    }

    static boolean recent(RequiredActionContext context) {
        return authTime(context) + maxAgeSeconds(context.getConfig()) >= Time.currentTime();
    }

    /**
     * When the user authenticated. Required actions run before Keycloak updates the session's AUTH_TIME: a login
     * that authenticated in this authentication session happened just now; one that came through the SSO cookie
     * keeps its session's time. Learned on the first request and kept, so a page left open grows old.
     */
    static int authTime(RequiredActionContext context) {
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        var known = notes.listAuthTime();
        if (known.isPresent()) {
            return known.getAsInt();
        }
        int authTime = Time.currentTime();
        if (AuthenticatorUtil.isSSOAuthentication(context.getAuthenticationSession())) {
            var cookie = AuthenticationManager.authenticateIdentityCookie(context.getSession(), context.getRealm(), true);
            String note = cookie == null ? null : cookie.getSession().getNote(AuthenticationManager.AUTH_TIME);
            try {
                authTime = note == null ? 0 : Integer.parseInt(note);
            } catch (NumberFormatException e) {
                authTime = 0;
            }
        }
        notes.listAuthTime(authTime);
        return authTime;
    }

    /**
     * The application's authorization request again, with this action: Keycloak sees the old sign-in and asks the
     * user to authenticate before showing the page. Null outside OpenID Connect, where no such request exists.
     */
    static String reauthenticateUrl(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (!OIDCLoginProtocol.LOGIN_PROTOCOL.equals(authSession.getProtocol()) || authSession.getRedirectUri() == null) {
            return null;
        }
        UriBuilder url = UriBuilder.fromUri(context.getUriInfo().getBaseUri())
                .path("realms").path(context.getRealm().getName()).path("protocol").path(OIDCLoginProtocol.LOGIN_PROTOCOL).path("auth")
                .queryParam(OIDCLoginProtocol.CLIENT_ID_PARAM, authSession.getClient().getClientId())
                .queryParam(OIDCLoginProtocol.REDIRECT_URI_PARAM, authSession.getRedirectUri());
        for (String parameter : REQUEST_PARAMETERS) {
            String value = authSession.getClientNote(parameter);
            if (value != null) {
                url.queryParam(parameter, value);
            }
        }
        return url.queryParam(Constants.KC_ACTION, PasskeyListRequiredActionFactory.PROVIDER_ID).build().toString();
    }
}
