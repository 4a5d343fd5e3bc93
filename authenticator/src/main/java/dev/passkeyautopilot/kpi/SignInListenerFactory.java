package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.environment.RequestEnvironment;
import dev.passkeyautopilot.gate.RolloutGate;
import dev.passkeyautopilot.mfa.AuthenticationMethods;
import dev.passkeyautopilot.mfa.SessionMethods;
import dev.passkeyautopilot.passkey.PasskeyServices;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.vocabulary.AppendStage;
import org.keycloak.Config;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakTransactionManager;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

import java.util.List;
import java.util.Optional;

/**
 * Counts every successful sign-in of every realm (Keycloak's LOGIN event, whatever step authenticated: ours,
 * Keycloak's password or passkey forms, an identity provider) as one {@code PA_SIGN_IN} row, written by the node's
 * {@link SignInWriter} once the login has committed: one insert, no shared row updated, so logins never wait for
 * each other, nor for the insert. Each row carries the
 * user's experiment arms, so sign-ins and the usage rate split by arm. Global, so the
 * usage rate needs no realm configuration.
 */
public class SignInListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-kpi-sign-ins";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new EventListenerProvider() {
            @Override
            public void onEvent(Event event) {
                if (event.getType() != EventType.LOGIN || event.getUserId() == null) {
                    return;
                }
                record(session, event);
            }

            @Override
            public void onEvent(AdminEvent event, boolean includeRepresentation) {
            }

            @Override
            public void close() {
            }
        };
    }

    private static void record(KeycloakSession session, Event event) {
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
        if (user == null) {
            return;
        }
        UserSessionModel userSession = event.getSessionId() == null ? null : session.sessions().getUserSession(realm, event.getSessionId());
        boolean viaIdentityProvider = event.getDetails() != null && event.getDetails().get(Details.IDENTITY_PROVIDER) != null;
        AuthenticationMethods methods = userSession == null ? AuthenticationMethods.of(List.of())
                : SessionMethods.of(realm, userSession::getNote);
        Optional<AppendStage> stage = userSession == null ? Optional.empty() : AttemptNotes.appendStage(userSession::getNote);
        boolean heldPasskey = user.credentialManager().getStoredCredentialsByTypeStream(UserPasskeys.CREDENTIAL_TYPE).findAny().isPresent();
        // the arms the rule set gives the user now, as the login's operations recorded them: every user of an
        // experiment has an arm from the start (by hash), offered or not, so a sign-in is counted in its arm
        // whatever the login showed (intention to treat). A memoised rule set and a hash: no query.
        String arms = RolloutGate.describe(PasskeyServices.of(session).gate().assignments(realm, user.getId()));
        SignInEntity row = SignIns.row(realm.getId(), user.getId(), event.getTime(), SignInMethods.of(viaIdentityProvider, methods.methods()),
                event.getClientId(), RequestEnvironment.of(session), heldPasskey, stage, Optional.of(arms), methods);
        SignInWriter writer = SignInWriter.of(session.getKeycloakSessionFactory()).filter(SignInWriter::running).orElse(null);
        KeycloakTransactionManager transaction = session.getTransactionManager();
        if (writer == null || !transaction.isActive()) {
            new SignIns(session).persist(row);
            return;
        }
        // the login does not wait for the insert: the node's writer adds the row once the login has committed
        transaction.enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                writer.queue(row);
            }

            @Override
            protected void rollbackImpl() {
                // no login, no sign-in
            }
        });
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
