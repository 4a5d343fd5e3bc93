package dev.passkeyautopilot.outbox;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * The audit outbox's tables. Its id must begin with the same 10 characters as authenticator's
 * {@code passkey-autopilot}: Keycloak names a provider's changelog table after them, and the outbox's changeSets,
 * released in authenticator's changelog, are recorded in that table ({@code DATABASECHANGELOG_PASSKEY_AU}).
 */
public class OutboxJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-outbox";
    private static final JpaEntityProvider PROVIDER = new OutboxJpaEntityProvider();

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
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
