package dev.passkeyautopilot.kpi;

import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import dev.passkeyautopilot.passkey.PasskeyAutopilotJpaEntityProviderFactory;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes this node's sign-in rows after their logins commit, a batch at a time from a thread of its own, so a login
 * does not wait for the insert's round trip to the database (a floor of about 0.1 ms on a quiet machine, which was
 * most of what the KPI facts cost a login). A login whose transaction rolls back queues nothing.
 *
 * <p>What that costs, and how it is bounded: a row is in the database at most {@link #INTERVAL} after its login on
 * the node that served it; readers on this node ({@link KpiRollupJob}, the last login of the support tooling) write
 * the queue first, so they see every sign-in this node served. A full queue ({@link #MAX_QUEUED}) makes the login
 * write its row itself, as before. Stopping Keycloak writes the queue; a crash loses what was queued, at most one
 * interval of this node's sign-ins. A row whose user or realm was deleted while it was queued is not written.
 */
public final class SignInWriter {

    public static final Duration INTERVAL = Duration.ofMillis(100);
    static final int MAX_QUEUED = 10_000;
    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(SignInWriter.class);

    private final LinkedBlockingQueue<SignInEntity> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
    // one writer at a time, so a reader's flush returns only once every row queued before it is written
    private final ReentrantLock writing = new ReentrantLock();
    private volatile KeycloakSessionFactory factory;
    private volatile ScheduledExecutorService executor;

    public synchronized void start(KeycloakSessionFactory factory) {
        this.factory = factory;
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "passkey-autopilot-sign-in-writer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::writeQuietly, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Writes what is queued, then stops; Keycloak is shutting down. */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
        writeQuietly();
        if (!queue.isEmpty()) {
            LOG.warnf("%d sign-in rows could not be written before Keycloak stopped", queue.size());
        }
    }

    /** The node's writer; empty when our entity provider is not deployed (then logins write their rows themselves). */
    public static Optional<SignInWriter> of(KeycloakSessionFactory factory) {
        return PasskeyAutopilotJpaEntityProviderFactory.of(factory).map(PasskeyAutopilotJpaEntityProviderFactory::signInWriter);
    }

    /** Writes the sign-ins this node has queued, for a reader that must see every sign-in the node served. */
    public static void writeQueued(KeycloakSessionFactory factory) {
        of(factory).ifPresent(SignInWriter::flush);
    }

    public boolean running() {
        return executor != null;
    }

    /** Queues a committed login's row; when the queue is full, writes it now, in the caller's thread. */
    void queue(SignInEntity row) {
        if (!queue.offer(row)) {
            write(List.of(row));
        }
    }

    /** Writes every row this node queued so far, in the caller's thread; for readers that must see them. */
    public void flush() {
        if (queue.isEmpty() || factory == null) {
            return;
        }
        writing.lock();
        try {
            while (!queue.isEmpty()) {
                List<SignInEntity> batch = new ArrayList<>(BATCH);
                queue.drainTo(batch, BATCH);
                write(batch);
            }
        } finally {
            writing.unlock();
        }
    }

    private void writeQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Sign-in rows not written this time; %d queued", queue.size());
        }
    }

    private void write(List<SignInEntity> batch) {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> persist(session, batch));
        } catch (RuntimeException e) {
            // one row the database refuses must not take the others with it
            LOG.debugf(e, "A batch of %d sign-in rows failed; writing them one by one", batch.size());
            for (SignInEntity row : batch) {
                try {
                    KeycloakModelUtils.runJobInTransaction(factory, session -> persist(session, List.of(row)));
                } catch (RuntimeException rowFailure) {
                    LOG.warnf(rowFailure, "Sign-in row of user %s in realm %s not written", row.getUserId(), row.getRealmId());
                }
            }
        }
    }

    private static void persist(KeycloakSession session, List<SignInEntity> rows) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        for (SignInEntity row : rows) {
            RealmModel realm = session.realms().getRealm(row.getRealmId());
            if (realm == null) {
                // deleted while queued: its rows were deleted with it and must not come back
                continue;
            }
            // Keycloak's user lookups want the realm in the session's context, as in a request
            session.getContext().setRealm(realm);
            if (session.users().getUserById(realm, row.getUserId()) != null) {
                em.persist(row);
            }
        }
    }
}
