package dev.passkeyautopilot.passkeylist;

import dev.passkeyautopilot.environment.RequestEnvironment;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.PasskeyServices;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.webauthn.Base64Url;
import org.keycloak.Config;
import org.keycloak.WebAuthnConstants;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.util.Map;
import java.util.Optional;

/**
 * Keeps "last used" on the user's passkey list right whichever flow signed in. Keycloak's own passkey
 * authenticators (webauthn-authenticator-passwordless, the passkeys of its username forms) name the credential
 * in the LOGIN event ({@code public_key_credential_id}, base64url, see Keycloak's {@code WebAuthnAuthenticator}):
 * those sign-ins count as uses here. Ours record the use themselves (their LOGIN event carries
 * {@code pa_login_method}); for both, the browser and OS of the sign-in are kept. Global, like
 * {@code SignInListenerFactory}: no realm configuration needed.
 */
public class PasskeyUseListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-passkey-use";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new EventListenerProvider() {
            @Override
            public void onEvent(Event event) {
                Map<String, String> details = event.getDetails();
                if (event.getType() != EventType.LOGIN || event.getUserId() == null || details == null) {
                    return;
                }
                String encodedId = details.get(WebAuthnConstants.PUBKEY_CRED_ID_ATTR);
                if (encodedId == null || encodedId.isEmpty()) {
                    return;
                }
                RealmModel realm = session.realms().getRealm(event.getRealmId());
                UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
                if (user == null) {
                    return;
                }
                byte[] credentialId;
                try {
                    credentialId = Base64Url.decode(encodedId);
                } catch (IllegalArgumentException e) {
                    return;
                }
                UserPasskeys passkeys = PasskeyServices.of(session).passkeys(session);
                Optional<Passkey> passkey = passkeys.find(realm, user, credentialId);
                if (passkey.isEmpty()) {
                    return;
                }
                String credentialModelId = passkey.get().credentialModelId();
                if (!details.containsKey(PasskeyEventDetails.LOGIN_METHOD)) {
                    passkeys.details().recordUsedElsewhere(realm, user, credentialModelId);
                }
                passkeys.details().recordLastUsedEnvironment(credentialModelId, RequestEnvironment.of(session));
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
