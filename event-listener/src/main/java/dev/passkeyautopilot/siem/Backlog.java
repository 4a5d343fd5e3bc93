package dev.passkeyautopilot.siem;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The number of audit events waiting for delivery, as last counted by this node's relay: the metric
 * {@code passkey_autopilot_audit_backlog} on Keycloak's metrics endpoint (with {@code --metrics-enabled=true}).
 */
final class Backlog {

    private static final Logger LOG = Logger.getLogger(Backlog.class);
    private static final AtomicLong VALUE = new AtomicLong();
    private static volatile boolean registered;

    private Backlog() {
    }

    static void record(long backlog) {
        VALUE.set(backlog);
        if (!registered) {
            register();
        }
    }

    static long value() {
        return VALUE.get();
    }

    private static synchronized void register() {
        if (registered) {
            return;
        }
        registered = true;
        try {
            Gauge.builder("passkey_autopilot_audit_backlog", VALUE, AtomicLong::get)
                    .description("Audit events waiting in the outbox for delivery to a SIEM sink")
                    .register(Metrics.globalRegistry);
        } catch (LinkageError e) {
            // a Keycloak without Micrometer: the log alarm still works
            LOG.debugf("No metrics registry for the audit backlog: %s", e.getMessage());
        }
    }
}
