package dev.passkeyautopilot.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One audit event waiting for, or done with, delivery to one sink. Written in the transaction of the change
 * it reports, so it exists exactly when that change committed; the relay sends it after commit.
 */
@Entity(name = "PaOutboxEntry")
@Table(name = "PA_EVENT_OUTBOX")
@NamedQueries({
        @NamedQuery(name = "pa.outboxDue",
                query = "select o.id from PaOutboxEntry o where o.status = 'PENDING' and o.nextAttemptAt <= :now"
                        + " and (o.leaseUntil is null or o.leaseUntil < :now) order by o.nextAttemptAt"),
        @NamedQuery(name = "pa.outboxClaim",
                query = "update PaOutboxEntry o set o.leaseOwner = :lease, o.leaseUntil = :until where o.id in :ids"
                        + " and o.status = 'PENDING' and (o.leaseUntil is null or o.leaseUntil < :now)"),
        @NamedQuery(name = "pa.outboxExtendLease",
                query = "update PaOutboxEntry o set o.leaseUntil = :until where o.leaseOwner = :lease"),
        @NamedQuery(name = "pa.outboxLeased",
                query = "select o.id, o.realmId, o.sink, o.payload, o.attempts, o.createdAt from PaOutboxEntry o where o.leaseOwner = :lease"),
        @NamedQuery(name = "pa.outboxRelease",
                query = "update PaOutboxEntry o set o.leaseOwner = null, o.leaseUntil = null where o.id in :ids and o.leaseOwner = :lease"),
        @NamedQuery(name = "pa.outboxDelivered",
                query = "update PaOutboxEntry o set o.status = 'DELIVERED', o.deliveredAt = :now, o.leaseOwner = null,"
                        + " o.leaseUntil = null, o.attempts = o.attempts + 1 where o.leaseOwner = :lease"),
        @NamedQuery(name = "pa.outboxDeliveredRows",
                query = "update PaOutboxEntry o set o.status = 'DELIVERED', o.deliveredAt = :now, o.leaseOwner = null,"
                        + " o.leaseUntil = null, o.attempts = o.attempts + 1 where o.id in :ids and o.leaseOwner = :lease"),
        // One statement per failure: the attempt is counted, and the row is dead once it had its last. The status
        // is assigned first because MySQL and MariaDB let later assignments see earlier ones.
        @NamedQuery(name = "pa.outboxFailed",
                query = "update PaOutboxEntry o set o.status = case when o.attempts + 1 >= :max then 'DEAD' else o.status end,"
                        + " o.attempts = o.attempts + 1, o.lastError = :error, o.nextAttemptAt = :next,"
                        + " o.leaseOwner = null, o.leaseUntil = null where o.id in :ids and o.leaseOwner = :lease"),
        @NamedQuery(name = "pa.outboxSinkFailed",
                query = "update PaOutboxEntry o set o.status = case when o.attempts + 1 >= :max then 'DEAD' else o.status end,"
                        + " o.attempts = o.attempts + 1, o.lastError = :error, o.nextAttemptAt = :next,"
                        + " o.leaseOwner = null, o.leaseUntil = null"
                        + " where o.leaseOwner = :lease and o.realmId = :realmId and o.sink = :sink"),
        @NamedQuery(name = "pa.outboxDeadLetters",
                query = "select o from PaOutboxEntry o where o.realmId = :realmId and o.status = 'DEAD' order by o.createdAt desc"),
        @NamedQuery(name = "pa.outboxReplay",
                query = "update PaOutboxEntry o set o.status = 'PENDING', o.attempts = 0, o.nextAttemptAt = :now, o.leaseOwner = null,"
                        + " o.leaseUntil = null where o.realmId = :realmId and o.status = 'DEAD' and o.id in :ids"),
        @NamedQuery(name = "pa.outboxReplayAll",
                query = "update PaOutboxEntry o set o.status = 'PENDING', o.attempts = 0, o.nextAttemptAt = :now, o.leaseOwner = null,"
                        + " o.leaseUntil = null where o.realmId = :realmId and o.status = 'DEAD'"),
        @NamedQuery(name = "pa.outboxPurgeDelivered",
                query = "delete from PaOutboxEntry o where o.status = 'DELIVERED' and o.deliveredAt < :cutoff"),
        @NamedQuery(name = "pa.outboxBacklog",
                query = "select count(o) from PaOutboxEntry o where o.status = 'PENDING'"),
        @NamedQuery(name = "pa.outboxCountByStatus",
                query = "select o.status, count(o) from PaOutboxEntry o where o.realmId = :realmId group by o.status"),
        @NamedQuery(name = "pa.outboxDeleteByRealm",
                query = "delete from PaOutboxEntry o where o.realmId = :realmId"),
})
public class OutboxEntity {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String DEAD = "DEAD";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    /** The audit event's id: the idempotency key every sink receives. One event has one row per sink. */
    @Column(name = "EVENT_ID", length = 36, nullable = false)
    private String eventId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "SINK", length = 40, nullable = false)
    private String sink;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    /** The audit event as JSON, formatted for the sink only when sent (its format may change meanwhile). */
    @Column(name = "PAYLOAD", length = 8000, nullable = false)
    private String payload;

    @Column(name = "STATUS", length = 10, nullable = false)
    private String status;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private long nextAttemptAt;

    /** The token of the relay claim that holds the row until {@link #leaseUntil}; only its node sends it meanwhile. */
    @Column(name = "LEASE_OWNER", length = 64)
    private String leaseOwner;

    @Column(name = "LEASE_UNTIL")
    private Long leaseUntil;

    @Column(name = "LAST_ERROR", length = 255)
    private String lastError;

    @Column(name = "DELIVERED_AT")
    private Long deliveredAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getSink() { return sink; }
    public void setSink(String sink) { this.sink = sink; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
    public String getPayload() { return payload; }
    public void setPayload(String payload) { this.payload = payload; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getAttempts() { return attempts; }
    public void setAttempts(int attempts) { this.attempts = attempts; }
    public long getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(long nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
    public String getLeaseOwner() { return leaseOwner; }
    public void setLeaseOwner(String leaseOwner) { this.leaseOwner = leaseOwner; }
    public Long getLeaseUntil() { return leaseUntil; }
    public void setLeaseUntil(Long leaseUntil) { this.leaseUntil = leaseUntil; }
    public String getLastError() { return lastError; }
    public void setLastError(String lastError) { this.lastError = lastError; }
    public Long getDeliveredAt() { return deliveredAt; }
    public void setDeliveredAt(Long deliveredAt) { this.deliveredAt = deliveredAt; }
}
