package dev.passkeyautopilot.testing;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** Serves the test endpoints under {@code /realms/{realm}/pa-testing}, or nothing (404) outside test servers. */
public class TestingResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    TestingResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        // Keycloak answers 404 when an extension returns no resource.
        return TestingMode.enabled() ? new TestingResources(session) : null;
    }

    @Override
    public void close() {
    }
}
