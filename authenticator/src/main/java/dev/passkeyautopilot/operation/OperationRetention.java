package dev.passkeyautopilot.operation;

import dev.passkeyautopilot.kpi.SignIns;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.timer.ScheduledTask;

import java.time.Duration;

/**
 * Deletes passkey operations older than the retention period. Runs once after Keycloak's database
 * migration and then periodically on every node; the delete is idempotent, so nodes running it at the
 * same time do no harm.
 */
public class OperationRetention implements ScheduledTask {

    public static final String TASK_NAME = "passkey-autopilot-operation-retention";
    public static final int DEFAULT_DAYS = 90;
    public static final Duration INTERVAL = Duration.ofHours(6);
    private static final Logger LOG = Logger.getLogger(OperationRetention.class);

    private final int retentionDays;

    public OperationRetention(int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("operation-retention-days must be at least 1, was " + retentionDays);
        }
        this.retentionDays = retentionDays;
    }

    @Override
    public void run(KeycloakSession session) {
        long cutoff = Time.currentTimeMillis() - Duration.ofDays(retentionDays).toMillis();
        int deleted = new PasskeyOperations(session).deleteOlderThan(cutoff);
        // sign-ins are raw facts like operations: the daily rollups keep their counts beyond this
        new SignIns(session).deleteOlderThan(cutoff);
        if (deleted > 0) {
            LOG.infof("Deleted %d passkey operations older than %d days", deleted, retentionDays);
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
