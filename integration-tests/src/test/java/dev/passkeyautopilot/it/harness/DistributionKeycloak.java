package dev.passkeyautopilot.it.harness;

import java.util.Optional;

/** {@link Backend#DISTRIBUTION}: a {@link KeycloakServer} on its own PostgreSQL database or on dev-file H2. */
public final class DistributionKeycloak implements KeycloakTarget {

    private final KeycloakSpec spec;
    private final PostgresDatabase database;
    private final KeycloakServer server;
    private final AdminClient admin;
    private final TimeOffset timeOffset;

    private DistributionKeycloak(KeycloakSpec spec, PostgresDatabase database, KeycloakServer server) {
        this.spec = spec;
        this.database = database;
        this.server = server;
        this.admin = AdminClient.bootstrapAdmin(server.baseUrl());
        this.timeOffset = new TimeOffset(server.baseUrl());
    }

    /**
     * Creates the database (PostgreSQL) and restores the spec's fixture into it, then starts the server; cleans up
     * the database if the start fails.
     */
    public static DistributionKeycloak start(KeycloakSpec spec) {
        PostgresDatabase database = spec.database() == Database.POSTGRES ? PostgresDatabase.create() : null;
        try {
            if (!spec.databaseFixture().isEmpty()) {
                database.restore(spec.databaseFixture());
            }
            KeycloakServer.Builder builder = builder(spec, spec.label());
            spec.realmFiles().forEach(builder::importRealm);
            if (database != null) {
                builder.postgres(database);
            } else {
                builder.h2();
            }
            KeycloakServer server = builder.build().start();
            DistributionKeycloak target = new DistributionKeycloak(spec, database, server);
            try {
                target.requireVersionUnderTest();
            } catch (RuntimeException e) {
                target.close();
                throw e;
            }
            return target;
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    /**
     * The version matrix is only as good as this check: a run that says it tests Keycloak 26.4 must talk to a 26.4
     * server, not to whatever distribution folder happened to be configured.
     */
    private void requireVersionUnderTest() {
        String expected = HarnessProperties.keycloakVersion();
        String running = admin.serverInfo().path("systemInfo").path("version").asText();
        if (!expected.equals(running)) {
            throw new IllegalStateException("Keycloak " + spec.label() + " from " + HarnessProperties.keycloakDistribution()
                    + " runs version " + running + ", but keycloak.version says " + expected);
        }
    }

    private static KeycloakServer.Builder builder(KeycloakSpec spec, String name) {
        KeycloakServer.Builder builder = KeycloakServer.builder(name)
                .provider(HarnessProperties.providerJar())
                .provider(HarnessProperties.testProvidersJar())
                .options(spec.options())
                .env(spec.env());
        return spec.production() ? builder.production() : builder;
    }

    /** The target as a distribution server, for what only that backend can do (a second node, say); fails otherwise. */
    public static DistributionKeycloak of(KeycloakTarget target) {
        if (target instanceof DistributionKeycloak distribution) {
            return distribution;
        }
        throw new IllegalStateException("this needs the distribution backend (a Keycloak process started here), not " + target);
    }

    /**
     * Starts another node on this server's PostgreSQL database, with the same providers and options: two
     * Keycloak processes sharing one database, as a cluster's nodes do. In dev mode each has local caches, so they
     * share nothing else; in {@link KeycloakSpec#production() production mode} they form one Infinispan cluster
     * (distinct HTTP, management and JGroups ports, discovery through the database). The caller stops it.
     */
    public KeycloakServer startNode(String name) {
        if (database == null) {
            throw new IllegalStateException("a second node needs a shared PostgreSQL database; " + spec.label() + " has none");
        }
        return builder(spec, spec.label() + "-" + name).postgres(database).build().start();
    }

    /** The launcher, for what the common interface does not cover (ports, log file, startup time). */
    public KeycloakServer server() {
        return server;
    }

    @Override
    public KeycloakSpec spec() {
        return spec;
    }

    @Override
    public String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public String managementUrl() {
        return server.managementUrl();
    }

    @Override
    public AdminClient admin() {
        return admin;
    }

    @Override
    public TimeOffset timeOffset() {
        return timeOffset;
    }

    @Override
    public Optional<Sql> sql() {
        return Optional.ofNullable(database).map(PostgresDatabase::sql);
    }

    @Override
    public void restart() {
        server.restart();
    }

    @Override
    public void close() {
        try {
            server.stop();
            if (!HarnessProperties.keep()) {
                server.deleteWorkDir();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Override
    public String toString() {
        return "Keycloak " + spec.label() + " at " + baseUrl();
    }
}
