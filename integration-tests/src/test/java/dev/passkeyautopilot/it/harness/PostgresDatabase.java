package dev.passkeyautopilot.it.harness;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL database created for one run ({@code pa_it_<timestamp>_<random>}) so every run starts from an
 * empty schema and parallel runs cannot see each other; dropped at the end.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresDatabase.class.getName());
    static final String INSTALL_PSQL = "apt-get install -y postgresql-client";

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;

    private PostgresDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** Creates a fresh database through the maintenance database of {@link HarnessProperties#postgresAdminUrl()}. */
    public static PostgresDatabase create() {
        String name = "pa_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + Integer.toString(new SecureRandom().nextInt(1 << 30), 36);
        PostgresDatabase database = new PostgresDatabase(HarnessProperties.postgresAdminUrl(),
                HarnessProperties.postgresUser(), HarnessProperties.postgresPassword(), name);
        database.execute("CREATE DATABASE " + name);
        LOG.log(System.Logger.Level.INFO, "Created PostgreSQL database " + name);
        return database;
    }

    public String name() {
        return name;
    }

    /** JDBC URL of this run's database (same server as the maintenance database). */
    public String jdbcUrl() {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** SQL access to this database, e.g. to check rows in Keycloak's or our own tables. */
    public Sql sql() {
        return new Sql(jdbcUrl(), user, password);
    }

    /**
     * Restores a {@code pg_dump} plain-SQL dump (a classpath resource) into this database with {@code psql}, which
     * reads what JDBC cannot ({@code COPY … FROM stdin}, meta-commands); stops at the first error.
     */
    public void restore(String resource) {
        URL url = PostgresDatabase.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("database fixture " + resource + " is not on the test classpath");
        }
        Path dump;
        try {
            dump = Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("database fixture " + resource + " is not a file: " + url, e);
        }
        URI server = URI.create(adminUrl.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", server.getHost(), "-U", user, "-d", name, "-f", dump.toString()));
        if (server.getPort() > 0) {
            command.addAll(List.of("-p", Integer.toString(server.getPort())));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        try {
            Process psql = builder.start();
            String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!psql.waitFor(5, TimeUnit.MINUTES) || psql.exitValue() != 0) {
                psql.destroyForcibly();
                throw new IllegalStateException("restoring " + resource + " into " + name + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("psql could not run (" + e.getMessage() + "); a database fixture needs it."
                    + " Install: " + INSTALL_PSQL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restoring " + resource, e);
        }
        LOG.log(System.Logger.Level.INFO, "Restored " + resource + " into PostgreSQL database " + name);
    }

    /** Drops the database; best effort, since a leftover database must not fail an otherwise green run. */
    @Override
    public void close() {
        if (HarnessProperties.keep()) {
            LOG.log(System.Logger.Level.INFO, "Keeping PostgreSQL database " + name + " (-Dpa.it.keep=true)");
            return;
        }
        try {
            // FORCE ends connections a just-stopped Keycloak may not have closed yet (PostgreSQL 13+).
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            LOG.log(System.Logger.Level.INFO, "Dropped PostgreSQL database " + name);
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not drop PostgreSQL database " + name + "; drop it by hand", e);
        }
    }

    private void execute(String ddl) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + ": " + ddl + " failed: " + e.getMessage(), e);
        }
    }
}
