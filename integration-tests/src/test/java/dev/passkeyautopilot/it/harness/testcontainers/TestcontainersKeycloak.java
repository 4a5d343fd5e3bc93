package dev.passkeyautopilot.it.harness.testcontainers;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Database;
import dev.passkeyautopilot.it.harness.HarnessProperties;
import dev.passkeyautopilot.it.harness.KeycloakSpec;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.PostgresDatabase;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.TimeOffset;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.MountableFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code -Dpa.it.backend=testcontainers}: the official Keycloak image with the product and test provider jars,
 * through testcontainers-keycloak. Only compiled and loaded when that backend is selected (Maven profile), so
 * the default suite needs no Docker. PostgreSQL suites use a fresh database on the host's PostgreSQL, reached
 * from the container as {@code host.docker.internal} (PostgreSQL must listen on the Docker bridge for that).
 */
public final class TestcontainersKeycloak implements KeycloakTarget {

    /** Keycloak's management port inside the image, which the container exposes. */
    private static final int MANAGEMENT_PORT = 9000;

    private final KeycloakSpec spec;
    private final KeycloakContainer container;
    private final PostgresDatabase database;
    private final AdminClient admin;
    private final TimeOffset timeOffset;

    private TestcontainersKeycloak(KeycloakSpec spec, KeycloakContainer container, PostgresDatabase database) {
        this.spec = spec;
        this.container = container;
        this.database = database;
        this.admin = AdminClient.bootstrapAdmin(baseUrl());
        this.timeOffset = new TimeOffset(baseUrl());
    }

    /** Called reflectively by the harness (see KeycloakTargets). */
    public static TestcontainersKeycloak start(KeycloakSpec spec) {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("-Dpa.it.backend=testcontainers needs a Docker engine, and none is"
                    + " reachable (DOCKER_HOST / /var/run/docker.sock). Run without -Dpa.it.backend to use the"
                    + " distribution backend, which needs no Docker.");
        }
        if (spec.production()) {
            throw new IllegalStateException("@WithKeycloak(production = true) starts a cluster of Keycloak processes on"
                    + " this machine; it needs the distribution backend (run without -Dpa.it.backend=testcontainers)");
        }
        PostgresDatabase database = spec.database() == Database.POSTGRES ? PostgresDatabase.create() : null;
        if (database != null && !spec.databaseFixture().isEmpty()) {
            database.restore(spec.databaseFixture());
        }
        KeycloakContainer container = new KeycloakContainer("quay.io/keycloak/keycloak:" + HarnessProperties.keycloakVersion())
                .withProviderLibsFrom(List.of(HarnessProperties.providerJar().toFile(),
                        HarnessProperties.testProvidersJar().toFile()))
                .withAdminUsername(AdminClient.BOOTSTRAP_USERNAME)
                .withAdminPassword(AdminClient.BOOTSTRAP_PASSWORD)
                .withEnv("PA_TESTING", "true")
                .withExtraHost("host.docker.internal", "host-gateway");
        spec.env().forEach(container::withEnv);
        List<String> command = new ArrayList<>(spec.options());
        command.add("--metrics-enabled=true");
        if (database != null) {
            command.add("--db=postgres");
            command.add("--db-url=jdbc:postgresql://host.docker.internal:5432/" + database.name());
            command.add("--db-username=" + database.user());
            if (!database.password().isEmpty()) {
                command.add("--db-password=" + database.password());
            }
        }
        for (Path realm : spec.realmFiles()) {
            container.withCopyFileToContainer(MountableFile.forHostPath(realm),
                    "/opt/keycloak/data/import/" + realm.getFileName());
        }
        if (!spec.realmFiles().isEmpty()) {
            command.add("--import-realm");
        }
        if (!command.isEmpty()) {
            container.withCustomCommand(String.join(" ", command));
        }
        try {
            container.start();
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            throw e;
        }
        return new TestcontainersKeycloak(spec, container, database);
    }

    @Override
    public KeycloakSpec spec() {
        return spec;
    }

    @Override
    public String baseUrl() {
        // "localhost", not an IP, so browsers accept it as a WebAuthn relying party id.
        return "http://localhost:" + container.getHttpPort();
    }

    @Override
    public String managementUrl() {
        return "http://127.0.0.1:" + container.getMappedPort(MANAGEMENT_PORT);
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
        throw new UnsupportedOperationException("restart() needs the distribution backend: a container restart"
                + " gets new ports and, on H2, a new database");
    }

    @Override
    public void close() {
        try {
            container.stop();
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}
