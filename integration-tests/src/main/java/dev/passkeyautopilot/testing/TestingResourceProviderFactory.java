package dev.passkeyautopilot.testing;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Registers the test-only realm extension {@value #ID}. */
public class TestingResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "pa-testing";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new TestingResourceProvider(session);
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
        return ID;
    }
}
