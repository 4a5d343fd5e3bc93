package dev.passkeyautopilot.login;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;

/**
 * The "remember me" checkbox of the identifier page, handled as Keycloak's username forms handle it: remembered
 * only when the realm allows it and the box was ticked, and forgotten otherwise. Keycloak 26.7 offers this as
 * {@code AuthenticatorUtils.processRememberMe}; Keycloak 26.4 and 26.5 keep it inside their username form, so
 * the same few lines live here for every supported Keycloak.
 */
final class RememberMe {

    private static final String FIELD = "rememberMe";

    private RememberMe() {
    }

    static void apply(AuthenticationFlowContext context, MultivaluedMap<String, String> fields) {
        String value = fields.getFirst(FIELD);
        if (context.getRealm().isRememberMe() && "on".equalsIgnoreCase(value)) {
            context.getAuthenticationSession().setAuthNote(Details.REMEMBER_ME, "true");
            context.getEvent().detail(Details.REMEMBER_ME, "true");
        } else {
            context.getAuthenticationSession().removeAuthNote(Details.REMEMBER_ME);
        }
    }
}
