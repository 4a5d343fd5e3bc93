package dev.passkeyautopilot.it.harness;

import java.util.Optional;

/** A running Keycloak the tests talk to, whatever started it (see {@link Backend}). */
public interface KeycloakTarget extends AutoCloseable {

    /** What this server was started with. */
    KeycloakSpec spec();

    /**
     * Base URL for browsers and REST, e.g. {@code http://localhost:8123} (no trailing slash). Always
     * {@code localhost}, never an IP: WebAuthn refuses IP addresses as relying party ids.
     */
    String baseUrl();

    /**
     * Keycloak's management interface, e.g. {@code http://127.0.0.1:9123}: {@code /health} and {@code /metrics}
     * (every server of the suite runs with {@code --metrics-enabled=true}).
     */
    String managementUrl();

    /** {@code baseUrl() + "/realms/" + realm}. */
    default String realmUrl(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    /** The realm's account console, which redirects to the login page when not signed in. */
    default String accountConsoleUrl(String realm) {
        return realmUrl(realm) + "/account";
    }

    /** Admin REST client signed in as the bootstrap admin of the master realm. */
    AdminClient admin();

    /** Keycloak's clock (needs the test providers jar, which every backend deploys). */
    TimeOffset timeOffset();

    /** SQL access to Keycloak's own database, where the harness owns it (PostgreSQL). */
    Optional<Sql> sql();

    /** Stops and starts the server keeping its database, e.g. to check what survives a restart. */
    void restart();

    /** Stops the server and releases its database. */
    @Override
    void close();
}
