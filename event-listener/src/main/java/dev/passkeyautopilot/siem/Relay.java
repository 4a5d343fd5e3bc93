package dev.passkeyautopilot.siem;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.AuditEventJson;
import dev.passkeyautopilot.outbox.OutboxStore.LeasedRow;
import dev.passkeyautopilot.outbox.OutboxStore;
import dev.passkeyautopilot.sink.DestinationPolicy;
import dev.passkeyautopilot.sink.SinkException;
import dev.passkeyautopilot.sink.SinkPipeline;
import dev.passkeyautopilot.sink.config.SinkConfig;
import dev.passkeyautopilot.sink.config.SinkConfigException;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends committed outbox rows to their sinks, on every node: claims a batch (a lease only this node holds),
 * sends it outside any database transaction while a heartbeat keeps the lease alive, then marks rows delivered,
 * or schedules the next attempt with exponential backoff and jitter, or dead-letters them. A node that stops
 * mid-batch leaves leases that run out, and another node sends those rows again: delivery is at least once,
 * the event id the sinks' idempotency key.
 */
final class Relay {

    private static final Logger LOG = Logger.getLogger(Relay.class);
    private static final long HOUSEKEEPING_EVERY_MILLIS = 60_000;

    /** Rows that failed alike: one error, one next attempt (the jitter is per batch, not per row). */
    private record Failure(String error, boolean retryable, long nextAttemptAt, List<String> rowIds) {
    }

    /**
     * A sink that failed retryably in this round: the rows it took before are delivered, every other row of it
     * that the lease holds waits for the failure's next attempt.
     */
    private record Stopped(String realmId, String sink, List<String> sentBefore, Failure failure) {
    }

    private record OpenPipeline(String configJson, SinkPipeline pipeline) {
    }

    private final KeycloakSessionFactory factory;
    private final RealmSinks sinks;
    private final RelaySettings settings;
    private final FileSinkPolicy fileSinks;
    private final DestinationPolicy destinations;
    private final String node = "relay-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private volatile long lastRoundAt;
    /** The lease of the round in progress, kept alive by {@link #heartbeat} while its rows are being sent. */
    private volatile String heldLease;
    private final Map<String, OpenPipeline> pipelines = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;
    /**
     * Set when the node begins to stop: the batch being sent finishes, the round's unsent rows are released, what was
     * sent is marked, and no further round is claimed. Keycloak closes the database about a second after the stop
     * signal; without this the relay went on sending (and claiming) until then, its marks failed, and another node
     * sent the whole round again once the lease ran out.
     */
    private volatile boolean stopping;
    private long lastHousekeeping;

    Relay(KeycloakSessionFactory factory, RealmSinks sinks, RelaySettings settings, FileSinkPolicy fileSinks,
          DestinationPolicy destinations) {
        this.factory = factory;
        this.sinks = sinks;
        this.settings = settings;
        this.fileSinks = fileSinks;
        this.destinations = destinations;
    }

    void start() {
        // two threads: one sends, the other keeps the lease of what is being sent alive
        executor = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "passkey-autopilot-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::drain, settings.pollMillis(), settings.pollMillis(), TimeUnit.MILLISECONDS);
        long beat = Math.max(100, settings.leaseMillis() / 3);
        executor.scheduleWithFixedDelay(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** Stops claiming, lets the round in progress finish (up to 5 s) and closes the sinks; a second call does nothing. */
    synchronized void stop() {
        stopping = true;
        if (executor != null) {
            // the round in progress may finish and be marked; otherwise its rows go out again after the restart
            executor.shutdown();
            try {
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        pipelines.values().forEach(open -> open.pipeline().close());
        pipelines.clear();
    }

    RelayStatus status() {
        return new RelayStatus(node, true, delivered.get(), failedAttempts.get(), lastRoundAt, settings.leaseMillis());
    }

    /** Sends until nothing is due, then waits for the next poll. */
    private void drain() {
        try {
            // A full claim means more is waiting: go on at once. A partial one took everything due, and what comes
            // in next waits for the next poll, to go out with its neighbours: rounds of a few rows each would cost
            // three commits apiece on the cores that serve logins.
            while (!stopping && !Thread.currentThread().isInterrupted() && sendOneBatch() >= settings.claimLimit()) {
                // keep going while there is a backlog
            }
            if (!stopping) {
                housekeeping();
            }
        } catch (RuntimeException e) {
            // a broken database connection or the like: the next poll tries again
            LOG.warnf(e, "Passkey Autopilot relay round failed");
        } catch (Error e) {
            // an Error would end the scheduled task silently: say so loudly, and let the next poll try again
            LOG.errorf(e, "Passkey Autopilot relay round failed");
        }
    }

    /**
     * Extends the lease of the round in progress. A send may take longer than the lease (a slow peer, a sink's
     * own timeout above it, many sinks in one round); without this another node would claim the same rows
     * meanwhile and send them too. If this node dies, the beats stop and the lease runs out as it should.
     */
    private void heartbeat() {
        String lease = heldLease;
        if (lease == null) {
            return;
        }
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session ->
                    new OutboxStore(session).extend(lease, System.currentTimeMillis() + settings.leaseMillis()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Passkey Autopilot relay could not extend its lease");
        }
    }

    /** @return how many rows were claimed */
    int sendOneBatch() {
        if (stopping) {
            return 0;
        }
        OutboxStore.Lease[] claimed = new OutboxStore.Lease[1];
        KeycloakModelUtils.runJobInTransaction(factory, session ->
                claimed[0] = new OutboxStore(session).claim(settings.claimLimit(), System.currentTimeMillis() + settings.leaseMillis()));
        OutboxStore.Lease lease = claimed[0];
        if (lease.rows().isEmpty()) {
            return 0;
        }
        lastRoundAt = System.currentTimeMillis();
        heldLease = lease.token();
        try {
            sendAndMark(lease);
        } finally {
            heldLease = null;
        }
        return lease.rows().size();
    }

    private void sendAndMark(OutboxStore.Lease lease) {
        Map<String, List<LeasedRow>> bySink = new LinkedHashMap<>();
        for (LeasedRow row : lease.rows()) {
            bySink.computeIfAbsent(row.realmId() + "\u0000" + row.sink(), k -> new ArrayList<>()).add(row);
        }
        List<Failure> failures = new ArrayList<>();
        List<Stopped> stopped = new ArrayList<>();
        List<String> unsent = new ArrayList<>();
        for (List<LeasedRow> rows : bySink.values()) {
            send(rows, failures, stopped, unsent);
        }
        long[] marked = new long[2];
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            OutboxStore store = new OutboxStore(session);
            // first: deliveredRest below marks whatever the lease still holds
            store.release(lease.token(), unsent);
            long deliveredRows = 0;
            long failedRows = 0;
            for (Failure failure : failures) {
                failedRows += store.failed(lease.token(), failure.rowIds(), failure.error(), failure.nextAttemptAt(), maxAttempts(failure));
            }
            for (Stopped sink : stopped) {
                deliveredRows += store.delivered(lease.token(), sink.sentBefore());
                Failure failure = sink.failure();
                failedRows += store.failedSink(lease.token(), sink.realmId(), sink.sink(), failure.error(), failure.nextAttemptAt(), maxAttempts(failure));
            }
            // what the lease still holds was sent: failures and stopped sinks released theirs
            deliveredRows += store.deliveredRest(lease.token());
            marked[0] = deliveredRows;
            marked[1] = failedRows;
        });
        // counted after the commit: a rolled-back mark delivered nothing as far as the outbox knows
        delivered.addAndGet(marked[0]);
        failedAttempts.addAndGet(marked[1]);
    }

    private int maxAttempts(Failure failure) {
        return failure.retryable() ? settings.backoff().maxAttempts() : 0;
    }

    /**
     * Sends one sink's rows in its batch size. A retryable failure stops the sink for this round: the next
     * batches would most likely fail alike, and against a peer that hangs each would wait out its timeout while
     * the lease runs down. Once the node is stopping, the rows not sent yet go to {@code unsent}.
     */
    private void send(List<LeasedRow> rows, List<Failure> failures, List<Stopped> stopped, List<String> unsent) {
        if (stopping) {
            rows.forEach(row -> unsent.add(row.id()));
            return;
        }
        LeasedRow first = rows.get(0);
        SinkPipeline pipeline;
        try {
            pipeline = pipeline(first.realmId(), first.sink());
        } catch (SinkConfigException e) {
            LOG.warnf("Audit events for sink %s of realm %s are dead-lettered: %s", first.sink(), first.realmId(), e.getMessage());
            stopped.add(new Stopped(first.realmId(), first.sink(), List.of(),
                    failure(rows, "sink " + first.sink() + " is not configured: " + e.getMessage(), false, null)));
            return;
        }
        List<String> sent = new ArrayList<>();
        int batchSize = pipeline.config().batchSize();
        for (int from = 0; from < rows.size(); from += batchSize) {
            if (stopping) {
                rows.subList(from, rows.size()).forEach(row -> unsent.add(row.id()));
                return;
            }
            List<LeasedRow> chunk = rows.subList(from, Math.min(rows.size(), from + batchSize));
            List<AuditEvent> events = new ArrayList<>(chunk.size());
            List<LeasedRow> sendable = new ArrayList<>(chunk.size());
            for (LeasedRow row : chunk) {
                try {
                    events.add(AuditEventJson.read(row.payload()));
                    sendable.add(row);
                } catch (RuntimeException e) {
                    // a row we cannot read will never become readable: keep it, dead, for an admin to see
                    failures.add(failure(List.of(row), "unreadable payload: " + e.getMessage(), false, null));
                }
            }
            if (events.isEmpty()) {
                continue;
            }
            try {
                pipeline.send(events);
                sendable.forEach(row -> sent.add(row.id()));
            } catch (SinkException e) {
                LOG.debugf("Sink %s of realm %s: %s (retryable: %s)", first.sink(), first.realmId(), e.getMessage(), e.retryable());
                Long retryAfter = e.retryAfter().map(d -> d.toMillis()).orElse(null);
                // realm administrators read lastError: the class of failure only; the detail went to the log above
                if (!e.retryable()) {
                    // refused for what these events are (a 400, say): the sink may still take the next batch
                    failures.add(failure(sendable, e.summary(), false, retryAfter));
                    continue;
                }
                stopped.add(new Stopped(first.realmId(), first.sink(), sent, failure(rows.subList(from, rows.size()), e.summary(), true, retryAfter)));
                return;
            }
        }
    }

    private Failure failure(List<LeasedRow> rows, String error, boolean retryable, Long retryAfterMillis) {
        // the backoff follows the batch's most-tried row
        int attempts = rows.stream().mapToInt(LeasedRow::attempts).max().orElse(0);
        long delay = settings.backoff().delayMillis(attempts + 1);
        if (retryAfterMillis != null) {
            delay = Math.max(delay, retryAfterMillis);
        }
        return new Failure(error == null ? "unknown error" : error, retryable, System.currentTimeMillis() + delay,
                rows.stream().map(LeasedRow::id).toList());
    }

    /** The realm's sink, opened once per configuration; a changed configuration closes the old one. */
    private SinkPipeline pipeline(String realmId, String sinkName) throws SinkConfigException {
        String[] json = new String[1];
        SinkConfig[] config = new SinkConfig[1];
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            json[0] = sinks.store().read(session, realmId).orElse(null);
            config[0] = sinks.configs(session, realmId).byName(sinkName).orElse(null);
        });
        if (config[0] == null) {
            throw new SinkConfigException(sinkName, "no longer in the realm's configuration");
        }
        // the REST API checks this; a hand-edited row must not get around it
        fileSinks.check(config[0], sinkName + ".path", realmId);
        String key = realmId + "\u0000" + sinkName;
        OpenPipeline open = pipelines.get(key);
        if (open != null && open.configJson().equals(json[0])) {
            return open.pipeline();
        }
        if (open != null) {
            open.pipeline().close();
        }
        SinkPipeline pipeline = SinkPipeline.open(config[0], destinations, fileSinks.realmDirectory(realmId));
        pipelines.put(key, new OpenPipeline(json[0], pipeline));
        return pipeline;
    }

    /** Purges delivered rows past their retention; warns when the backlog passes the alarm threshold. */
    private void housekeeping() {
        long now = System.currentTimeMillis();
        if (now - lastHousekeeping < HOUSEKEEPING_EVERY_MILLIS) {
            return;
        }
        lastHousekeeping = now;
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            OutboxStore store = new OutboxStore(session);
            int purged = store.purgeDelivered(now - settings.deliveredRetentionMillis());
            if (purged > 0) {
                LOG.debugf("Purged %d delivered audit events", purged);
            }
            long backlog = store.backlog();
            Backlog.record(backlog);
            if (backlog > settings.backlogAlarm()) {
                LOG.warnf("Passkey Autopilot audit backlog: %d events wait for delivery (alarm threshold %d); check the sinks",
                        backlog, settings.backlogAlarm());
            }
        });
    }
}
