package dev.passkeyautopilot.passkeylist;

import dev.passkeyautopilot.passkey.PasskeyServices;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

import java.util.List;

/**
 * "Your passkeys": the user's passkey list as an application-initiated action
 * ({@code kc_action=passkey-autopilot-passkeys}). Its one setting is Keycloak's own {@code max_auth_age} (how
 * recent the sign-in must be to open the page and to change anything on it; 5 minutes by default).
 */
public class PasskeyListRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-passkeys";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        PasskeyServices services = PasskeyServices.of(session);
        return new PasskeyListRequiredAction(services.passkeys(session), services.registrationVerifier(), services.intelligence(),
                services.gate());
    }

    @Override
    public String getDisplayText() {
        return "Passkey Autopilot: your passkeys";
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return List.copyOf(MAX_AUTH_AGE_CONFIG_PROPERTIES);
    }

    /** The page can be opened again and again from the same application link. */
    @Override
    public boolean isOneTimeAction() {
        return false;
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
