package dev.passkeyautopilot.signal;

import dev.passkeyautopilot.passkey.PasskeyServices;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class SignalRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-signal";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new SignalRequiredAction(PasskeyServices.of(session).passkeys(session));
    }

    @Override
    public String getDisplayText() {
        return "Passkey Autopilot: keep passkey providers in sync (Signal API)";
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
