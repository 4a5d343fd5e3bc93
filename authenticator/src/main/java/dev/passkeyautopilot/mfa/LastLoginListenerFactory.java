package dev.passkeyautopilot.mfa;

import org.keycloak.Config;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

/**
 * Remembers, at every login, which methods it used (see {@link LastLogin}): the "factor used at the last
 * login" of the MFA status. Global, so it needs no realm configuration; it writes one user attribute.
 */
public class LastLoginListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-last-login";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new EventListenerProvider() {
            @Override
            public void onEvent(Event event) {
                if (event.getType() != EventType.LOGIN || event.getUserId() == null || event.getSessionId() == null) {
                    return;
                }
                RealmModel realm = session.realms().getRealm(event.getRealmId());
                if (realm == null) {
                    return;
                }
                UserSessionModel userSession = session.sessions().getUserSession(realm, event.getSessionId());
                UserModel user = session.users().getUserById(realm, event.getUserId());
                if (userSession == null || user == null) {
                    // e.g. a direct grant without a lasting session: nothing to tell
                    return;
                }
                AuthenticationMethods methods = SessionMethods.of(realm, userSession::getNote);
                if (!methods.isEmpty()) {
                    LastLogin.store(user, event.getTime(), methods);
                }
            }

            @Override
            public void onEvent(AdminEvent event, boolean includeRepresentation) {
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public boolean isGlobal() {
        return true;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
