package dev.passkeyautopilot.it.harness;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A PostgreSQL database created for one run ({@code pa_it_<timestamp>_<random>}) so every run starts from an
 * empty schema and parallel runs cannot see each other; dropped at the end.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresDatabase.class.getName());

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
