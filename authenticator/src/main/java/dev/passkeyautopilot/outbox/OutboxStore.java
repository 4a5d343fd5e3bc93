package dev.passkeyautopilot.outbox;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional outbox: rows are appended in the caller's transaction (the one that commits the event's
 * change), and claimed, sent and marked by the relay in transactions of its own.
 *
 * <p>Cluster safety without database-specific locking: a relay claims rows with a conditional update that
 * sets a lease (owner and expiry) only on rows nobody holds; whichever node's update wins a row sends it, and a
 * node that dies leaves rows that become claimable again when the lease runs out.
 */
public class OutboxStore {

    private final EntityManager em;

    public OutboxStore(KeycloakSession session) {
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
     * Claims up to {@code limit} due rows for this relay node until {@code leaseUntil}; returns what this node
     * now holds. Other nodes' claims on the same rows fail harmlessly.
     */
    public List<OutboxEntity> claim(String owner, int limit, long leaseUntil) {
        long now = Time.currentTimeMillis();
        List<String> due = em.createNamedQuery("pa.outboxDue", String.class)
                .setParameter("now", now)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(limit)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        em.createNamedQuery("pa.outboxClaim")
                .setParameter("owner", owner)
                .setParameter("until", leaseUntil)
                .setParameter("ids", due)
                .setParameter("now", now)
                .executeUpdate();
        return em.createNamedQuery("pa.outboxClaimed", OutboxEntity.class)
                .setParameter("ids", due)
                .setParameter("owner", owner)
                .getResultList();
    }

    public void delivered(String owner, Collection<String> rowIds) {
        if (rowIds.isEmpty()) {
            return;
        }
        em.createNamedQuery("pa.outboxDelivered")
                .setParameter("now", Time.currentTimeMillis())
                .setParameter("ids", rowIds)
                .setParameter("owner", owner)
                .executeUpdate();
    }

    /**
     * Records a failed attempt of rows this relay holds: due again at {@code nextAttemptAt}, or dead-lettered
     * once they have had {@code maxAttempts} (0: at once). Two bulk updates, however many rows.
     */
    public void failed(String owner, Collection<String> rowIds, String error, long nextAttemptAt, int maxAttempts) {
        if (rowIds.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(rowIds);
        em.createNamedQuery("pa.outboxFailed")
                .setParameter("error", error == null ? null : error.length() > 255 ? error.substring(0, 255) : error)
                .setParameter("next", nextAttemptAt)
                .setParameter("ids", ids)
                .setParameter("owner", owner)
                .executeUpdate();
        em.createNamedQuery("pa.outboxExhausted").setParameter("ids", ids).setParameter("max", maxAttempts).executeUpdate();
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
        if (rowIds.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery("pa.outboxReplay").setParameter("realmId", realmId).setParameter("ids", new ArrayList<>(rowIds))
                .setParameter("now", now).executeUpdate();
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
