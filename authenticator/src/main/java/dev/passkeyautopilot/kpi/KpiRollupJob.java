package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.passkey.PasskeyAutopilotJpaEntityProviderFactory;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.timer.ScheduledTask;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps every realm's daily rollups current: every interval, on every node, each realm in its own transaction
 * under its lock row; a realm another node refreshed less than half an interval ago is left alone. Also drops
 * rollup days older than the retention.
 */
public class KpiRollupJob implements ScheduledTask {

    public static final String TASK_NAME = "passkey-autopilot-kpi-rollups";
    public static final int DEFAULT_INTERVAL_SECONDS = 60;
    public static final int DEFAULT_RETENTION_DAYS = 400;
    private static final Logger LOG = Logger.getLogger(KpiRollupJob.class);

    private final Duration interval;
    private final int retentionDays;
    private final ReportFreshness reportFreshness;
    /** How long this node's last refresh of each realm took, in milliseconds. */
    private final Map<String, Long> refreshMillis = new ConcurrentHashMap<>();

    public KpiRollupJob(Duration interval, int retentionDays) {
        this(interval, retentionDays, Optional.empty());
    }

    /**
     * @param reportMaxStaleness how old a realm's rollups may be for a report that includes today to use them without
     *                           refreshing first (0: always refresh); empty: refresh while that is cheap
     *                           ({@link ReportFreshness})
     */
    public KpiRollupJob(Duration interval, int retentionDays, Optional<Duration> reportMaxStaleness) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("kpi-rollup-interval-seconds must be at least 1, was " + interval.toSeconds());
        }
        if (retentionDays < 1) {
            throw new IllegalArgumentException("kpi-rollup-retention-days must be at least 1, was " + retentionDays);
        }
        this.interval = interval;
        this.retentionDays = retentionDays;
        this.reportFreshness = new ReportFreshness(reportMaxStaleness, interval);
    }

    /** The node's job (its options come from the JPA entity provider's configuration); a default one if that is not ours. */
    public static KpiRollupJob of(KeycloakSessionFactory factory) {
        return PasskeyAutopilotJpaEntityProviderFactory.of(factory).map(PasskeyAutopilotJpaEntityProviderFactory::rollupJob)
                .orElseGet(() -> new KpiRollupJob(Duration.ofSeconds(DEFAULT_INTERVAL_SECONDS), DEFAULT_RETENTION_DAYS));
    }

    public Duration interval() {
        return interval;
    }

    public int retentionDays() {
        return retentionDays;
    }

    /**
     * Before a report that includes today: refreshes the realm unless {@link ReportFreshness} lets the report use the
     * rollups as they are. Recomputing today and yesterday reads their raw rows (hundreds of thousands in a busy realm).
     */
    public void refreshForReport(KeycloakSession session, String realmId) {
        Long lastMillis = refreshMillis.get(realmId);
        if (reportFreshness.refreshFirst(() -> Time.currentTimeMillis() - new KpiRollups(session).refreshedAt(realmId),
                lastMillis == null ? OptionalLong.empty() : OptionalLong.of(lastMillis))) {
            refresh(session.getKeycloakSessionFactory(), realmId, true);
        }
    }

    @Override
    public void run(KeycloakSession session) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        List<String> realmIds = session.realms().getRealmsStream().map(RealmModel::getId).toList();
        for (String realmId : realmIds) {
            refresh(factory, realmId, false);
        }
        new KpiRollups(session).deleteDaysBefore(KpiRollups.today(ZoneOffset.UTC).minusDays(retentionDays).toString());
    }

    /**
     * Refreshes one realm's rollups in a transaction of its own.
     *
     * @param force even when another node refreshed it a moment ago (a report that must include the last minute)
     */
    public void refresh(KeycloakSessionFactory factory, String realmId, boolean force) {
        // the sign-ins this node served are counted: written before the recompute reads them
        SignInWriter.writeQueued(factory);
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                if (realm == null) {
                    return;
                }
                KpiRollups rollups = new KpiRollups(session);
                KpiRollupStateEntity state = rollups.lock(realmId);
                if (!force && Time.currentTimeMillis() - state.getRefreshedAt() < interval.toMillis() / 2) {
                    return;
                }
                long started = System.nanoTime();
                rollups.refresh(realm, state, retentionDays);
                refreshMillis.put(realmId, (System.nanoTime() - started) / 1_000_000);
            });
        } catch (RuntimeException e) {
            // e.g. two nodes creating the realm's lock row at once: the other one's refresh counts, ours retries next time
            LOG.debugf(e, "KPI rollup of realm %s not refreshed this time", realmId);
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
