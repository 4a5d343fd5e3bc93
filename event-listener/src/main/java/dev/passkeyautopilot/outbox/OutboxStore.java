package dev.passkeyautopilot.outbox;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional outbox: rows are appended in the caller's transaction (the one that commits the event's
 * change), and claimed, sent and marked by the relay in transactions of its own.
 *
 * <p>Cluster safety: a relay claims rows by setting a lease (a token and an expiry) only on rows nobody holds;
 * on PostgreSQL with {@code FOR UPDATE SKIP LOCKED} in one statement, elsewhere with a conditional update that
 * only one node's claim can win. Whoever holds a row sends it; a node that dies leaves rows that become
 * claimable again when the lease runs out, and its late marks no longer match.
 */
public class OutboxStore {

    /** Rows held by one claim; the token marks them, so marking needs no list of ids. */
    public record Lease(String token, List<LeasedRow> rows) {
    }

    public record LeasedRow(String id, String realmId, String sink, String payload, int attempts, long createdAt) {
    }

    private static final int MAX_IDS_PER_STATEMENT = 1000;

    private final KeycloakSession session;
    private final EntityManager em;

    public OutboxStore(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** Appends one row per sink; the event id is the same in all of them. */
    public void append(String realmId, String eventId, Collection<String> sinks, String payload, long createdAt) {
        for (String sink : sinks) {
            OutboxEntity row = new OutboxEntity();
            row.setId(UUID.randomUUID().toString());
            row.setEventId(eventId);
            row.setRealmId(realmId);
            row.setSink(sink);
            row.setCreatedAt(createdAt);
            row.setPayload(payload);
            row.setStatus(OutboxEntity.PENDING);
            row.setAttempts(0);
            row.setNextAttemptAt(createdAt);
            em.persist(row);
        }
    }

    /**
     * Claims up to {@code limit} due rows under a new lease until {@code leaseUntil}; returns the lease and what it
     * holds, oldest first. Rows another node holds are skipped, and of two nodes claiming the same row one wins.
     */
    public Lease claim(int limit, long leaseUntil) {
        long now = Time.currentTimeMillis();
        String token = UUID.randomUUID().toString();
        List<Object[]> rows = OutboxDatabase.of(session).claimsInOneStatement()
                ? claimReturning(token, limit, now, leaseUntil)
                : claimPortable(token, limit, now, leaseUntil);
        List<LeasedRow> leased = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            leased.add(new LeasedRow((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    ((Number) row[4]).intValue(), ((Number) row[5]).longValue()));
        }
        leased.sort(Comparator.comparingLong(LeasedRow::createdAt));
        return new Lease(token, leased);
    }

    /**
     * PostgreSQL: pick, lock and lease in one round trip. {@code SKIP LOCKED} lets concurrent relays take
     * disjoint rows instead of queueing behind each other's locks.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> claimReturning(String token, int limit, long now, long leaseUntil) {
        return em.createNativeQuery("update {h-schema}PA_EVENT_OUTBOX set LEASE_OWNER = ?1, LEASE_UNTIL = ?2"
                        + " where ID in (select ID from {h-schema}PA_EVENT_OUTBOX where STATUS = 'PENDING' and NEXT_ATTEMPT_AT <= ?3"
                        + " and (LEASE_UNTIL is null or LEASE_UNTIL < ?3) order by NEXT_ATTEMPT_AT limit ?4 for update skip locked)"
                        + " returning ID, REALM_ID, SINK, PAYLOAD, ATTEMPTS, CREATED_AT")
                .setParameter(1, token)
                .setParameter(2, leaseUntil)
                .setParameter(3, now)
                .setParameter(4, limit)
                .getResultList();
    }

    /**
     * Any database: read due ids, lease those still free with a conditional update (a row leased by another node
     * meanwhile is not touched), then read back what the lease holds. Projections, not entities: the relay
     * never changes a row through the persistence context.
     */
    private List<Object[]> claimPortable(String token, int limit, long now, long leaseUntil) {
        List<String> due = em.createNamedQuery("pa.outboxDue", String.class)
                .setParameter("now", now)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(limit)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        for (List<String> ids : chunks(due)) {
            em.createNamedQuery("pa.outboxClaim")
                    .setParameter("lease", token)
                    .setParameter("until", leaseUntil)
                    .setParameter("ids", ids)
                    .setParameter("now", now)
                    .executeUpdate();
        }
        return em.createNamedQuery("pa.outboxLeased", Object[].class)
                .setParameter("lease", token)
                .getResultList();
    }

    /** Keeps the lease's rows for a while longer; rows already marked are no longer the lease's and stay as they are. */
    public int extend(String lease, long leaseUntil) {
        return em.createNamedQuery("pa.outboxExtendLease")
                .setParameter("lease", lease)
                .setParameter("until", leaseUntil)
                .executeUpdate();
    }

    /**
     * Gives up the lease on rows that were not sent (the node is stopping): due again at once for any node, with no
     * attempt counted, instead of waiting for the lease to run out.
     */
    public int release(String lease, Collection<String> rowIds) {
        int released = 0;
        for (List<String> ids : chunks(rowIds)) {
            released += em.createNamedQuery("pa.outboxRelease")
                    .setParameter("ids", ids)
                    .setParameter("lease", lease)
                    .executeUpdate();
        }
        return released;
    }

    /** Marks delivered the given rows the lease holds. */
    public int delivered(String lease, Collection<String> rowIds) {
        long now = Time.currentTimeMillis();
        int marked = 0;
        for (List<String> ids : chunks(rowIds)) {
            marked += em.createNamedQuery("pa.outboxDeliveredRows")
                    .setParameter("now", now)
                    .setParameter("ids", ids)
                    .setParameter("lease", lease)
                    .executeUpdate();
        }
        return marked;
    }

    /** Marks delivered every row the lease still holds: call after {@link #failed} took out the others. */
    public int deliveredRest(String lease) {
        return em.createNamedQuery("pa.outboxDelivered")
                .setParameter("now", Time.currentTimeMillis())
                .setParameter("lease", lease)
                .executeUpdate();
    }

    /**
     * Records a failed attempt of rows the lease holds: due again at {@code nextAttemptAt}, or dead-lettered
     * when this was their {@code maxAttempts}-th (0: at once).
     */
    public int failed(String lease, Collection<String> rowIds, String error, long nextAttemptAt, int maxAttempts) {
        int marked = 0;
        for (List<String> ids : chunks(rowIds)) {
            marked += failure(em.createNamedQuery("pa.outboxFailed"), error, nextAttemptAt, maxAttempts)
                    .setParameter("ids", ids)
                    .setParameter("lease", lease)
                    .executeUpdate();
        }
        return marked;
    }

    /** {@link #failed} for every row of one realm's sink that the lease holds: no list of ids however many. */
    public int failedSink(String lease, String realmId, String sink, String error, long nextAttemptAt, int maxAttempts) {
        return failure(em.createNamedQuery("pa.outboxSinkFailed"), error, nextAttemptAt, maxAttempts)
                .setParameter("realmId", realmId)
                .setParameter("sink", sink)
                .setParameter("lease", lease)
                .executeUpdate();
    }

    private static Query failure(Query update, String error, long nextAttemptAt, int maxAttempts) {
        return update.setParameter("error", error == null ? null : error.length() > 255 ? error.substring(0, 255) : error)
                .setParameter("next", nextAttemptAt)
                .setParameter("max", maxAttempts);
    }

    /**
     * Id lists go to the database in slices: SQL Server takes at most 2,100 parameters in a statement, Oracle
     * 1,000 expressions in a list.
     */
    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IDS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_IDS_PER_STATEMENT)));
        }
        return chunks;
    }

    public List<OutboxEntity> deadLetters(String realmId, int first, int max) {
        return em.createNamedQuery("pa.outboxDeadLetters", OutboxEntity.class)
                .setParameter("realmId", realmId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** Puts dead letters back in line: the given rows, or all of the realm's when {@code rowIds} is null. */
    public int replay(String realmId, Collection<String> rowIds) {
        long now = Time.currentTimeMillis();
        if (rowIds == null) {
            return em.createNamedQuery("pa.outboxReplayAll").setParameter("realmId", realmId).setParameter("now", now).executeUpdate();
        }
        int replayed = 0;
        for (List<String> ids : chunks(rowIds)) {
            replayed += em.createNamedQuery("pa.outboxReplay").setParameter("realmId", realmId).setParameter("ids", ids)
                    .setParameter("now", now).executeUpdate();
        }
        return replayed;
    }

    public Map<String, Long> countsByStatus(String realmId) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Object[] row : em.createNamedQuery("pa.outboxCountByStatus", Object[].class).setParameter("realmId", realmId).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    public long backlog() {
        return em.createNamedQuery("pa.outboxBacklog", Long.class).getSingleResult();
    }

    public int purgeDelivered(long cutoffMillis) {
        return em.createNamedQuery("pa.outboxPurgeDelivered").setParameter("cutoff", cutoffMillis).executeUpdate();
    }

    public int deleteByRealm(String realmId) {
        em.createNamedQuery("pa.sinkConfigDeleteByRealm").setParameter("realmId", realmId).executeUpdate();
        return em.createNamedQuery("pa.outboxDeleteByRealm").setParameter("realmId", realmId).executeUpdate();
    }
}
