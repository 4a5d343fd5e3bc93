package dev.passkeyautopilot.outbox;

import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.JpaConnectionProviderFactory;
import org.keycloak.models.KeycloakSession;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What the outbox may ask of Keycloak's database beyond portable JPQL. Found out once per server from the JDBC
 * driver, since Keycloak does not expose its configured database kind to providers.
 */
enum OutboxDatabase {

    /** {@code UPDATE … WHERE ID IN (SELECT … LIMIT n FOR UPDATE SKIP LOCKED) RETURNING …} in one statement. */
    POSTGRESQL,
    /** H2, MariaDB, MySQL, Oracle, SQL Server: the portable claim. */
    OTHER;

    private static final Logger LOG = Logger.getLogger(OutboxDatabase.class);
    private static volatile OutboxDatabase detected;

    boolean claimsInOneStatement() {
        return this == POSTGRESQL;
    }

    static OutboxDatabase of(KeycloakSession session) {
        OutboxDatabase known = detected;
        if (known == null) {
            known = detect(session);
            detected = known;
        }
        return known;
    }

    private static OutboxDatabase detect(KeycloakSession session) {
        JpaConnectionProviderFactory factory = (JpaConnectionProviderFactory) session.getKeycloakSessionFactory()
                .getProviderFactory(JpaConnectionProvider.class);
        try (Connection connection = factory.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            OutboxDatabase database = product != null && product.toLowerCase(Locale.ROOT).contains("postgresql") ? POSTGRESQL : OTHER;
            LOG.debugf("Audit outbox on %s: %s claim", product, database == POSTGRESQL ? "single-statement" : "portable");
            return database;
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Cannot tell the database kind (%s); the audit outbox uses the portable claim", e.getMessage());
            return OTHER;
        }
    }
}
