package dev.passkeyautopilot.operation;

import dev.passkeyautopilot.export.ExportRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

import java.io.IOException;
import java.util.List;

/**
 * Reads a realm's passkey operations of a period in (start time, id) order for the export, a batch at a time by
 * keyset: each batch starts after the last row of the one before, so the cost of a batch does not grow with the
 * rows already read, and no entity is loaded (columns only), so the persistence context stays empty and memory
 * stays flat however many rows there are. The index {@code IDX_PA_OPERATION_REALM_TIME} (realm, start time) serves the query.
 */
public final class OperationExport {

    /** Rows per query: large enough that round trips do not dominate, small enough to stay a few MB. */
    public static final int DEFAULT_BATCH = 2_000;

    private static final String COLUMNS = "select o.id, o.startedAt, o.userId, o.kind, o.decision, o.decisionReasons, o.automatic, o.outcome,"
            + " o.osFamily, o.osVersion, o.browserFamily, o.browserVersion, o.deviceClass, o.durationMs, o.method, o.arms, o.clientId from PaPasskeyOperation o"
            + " where o.realmId = :realmId and o.startedAt >= :from and o.startedAt < :to";
    private static final String FIRST = COLUMNS + " order by o.startedAt, o.id";
    // "startedAt >= :afterTime" repeats what the disjunction implies: without it the index range would start at :from
    // for every batch, and each batch would scan all rows read before it
    private static final String NEXT = COLUMNS + " and o.startedAt >= :afterTime and (o.startedAt > :afterTime or o.id > :afterId)"
            + " order by o.startedAt, o.id";

    /** Receives the rows in order; may fail with the I/O error of the stream it writes to, which ends the read. */
    @FunctionalInterface
    public interface RowSink {
        void accept(ExportRow row) throws IOException;
    }

    private final EntityManager em;
    private final int batch;

    public OperationExport(KeycloakSession session) {
        this(session, DEFAULT_BATCH);
    }

    public OperationExport(KeycloakSession session, int batch) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.batch = batch;
    }

    /**
     * Hands every operation of the realm that started in [fromMillis, toMillis) to the sink, oldest first; the row's
     * user is the Keycloak user id.
     *
     * @return how many rows were read
     */
    public long read(String realmId, long fromMillis, long toMillis, RowSink sink) throws IOException {
        long count = 0;
        Long afterTime = null;
        String afterId = null;
        while (true) {
            var query = em.createQuery(afterTime == null ? FIRST : NEXT, Object[].class)
                    .setParameter("realmId", realmId)
                    .setParameter("from", fromMillis)
                    .setParameter("to", toMillis)
                    // a read: nothing of this request needs flushing before it
                    .setFlushMode(FlushModeType.COMMIT)
                    .setHint("org.hibernate.readOnly", true)
                    .setHint("org.hibernate.fetchSize", batch)
                    .setMaxResults(batch);
            if (afterTime != null) {
                query.setParameter("afterTime", afterTime).setParameter("afterId", afterId);
            }
            List<Object[]> rows = query.getResultList();
            for (Object[] row : rows) {
                sink.accept(row(row));
            }
            count += rows.size();
            if (rows.size() < batch) {
                return count;
            }
            Object[] last = rows.get(rows.size() - 1);
            afterTime = (Long) last[1];
            afterId = (String) last[0];
        }
    }

    private static ExportRow row(Object[] row) {
        return new ExportRow((String) row[0], (Long) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                (Boolean) row[6], (String) row[7], (String) row[8], (String) row[9], (String) row[10], (String) row[11],
                (String) row[12], (Long) row[13], (String) row[14], (String) row[15], (String) row[16]);
    }
}
