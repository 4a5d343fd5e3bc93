package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.kpi.ExperimentAssignments;
import dev.passkeyautopilot.kpi.KpiRollupJob;
import dev.passkeyautopilot.kpi.KpiRollups;
import dev.passkeyautopilot.kpi.SignIns;
import dev.passkeyautopilot.operation.OperationRetention;
import dev.passkeyautopilot.operation.PasskeyOperations;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;
import org.keycloak.timer.TimerProvider;

/**
 * Deletes what we stored for a user or realm when Keycloak removes it, in the same transaction; starts the
 * retention of passkey operations and the KPI rollup job once the database is migrated.
 * Credentials have no removal event in Keycloak; the ON DELETE CASCADE foreign key covers them (and
 * covers these cases too at the database level; deleting here keeps the persistence context consistent).
 */
class RemovedDataCleanup implements ProviderEventListener {

    private final OperationRetention retention;
    private final KpiRollupJob rollupJob;

    RemovedDataCleanup(OperationRetention retention, KpiRollupJob rollupJob) {
        this.retention = retention;
        this.rollupJob = rollupJob;
    }

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof UserModel.UserRemovedEvent removed) {
            String realmId = removed.getRealm().getId();
            String userId = removed.getUser().getId();
            new PasskeyDetailsStore(removed.getKeycloakSession()).deleteByUser(realmId, userId);
            new PasskeyOperations(removed.getKeycloakSession()).deleteByUser(realmId, userId);
            // the daily counters keep counting the user's past sign-ins; nothing in them names the user
            new SignIns(removed.getKeycloakSession()).deleteByUser(realmId, userId);
            new ExperimentAssignments(removed.getKeycloakSession()).deleteByUser(realmId, userId);
            new KpiRollups(removed.getKeycloakSession()).deleteByUser(realmId, userId);
        } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
            String realmId = removed.getRealm().getId();
            new PasskeyDetailsStore(removed.getKeycloakSession()).deleteByRealm(realmId);
            new PasskeyOperations(removed.getKeycloakSession()).deleteByRealm(realmId);
            new SignIns(removed.getKeycloakSession()).deleteByRealm(realmId);
            new ExperimentAssignments(removed.getKeycloakSession()).deleteByRealm(realmId);
            new KpiRollups(removed.getKeycloakSession()).deleteByRealm(realmId);
        } else if (event instanceof PostMigrationEvent migrated) {
            // our tables exist from here on: purge once now, then on a timer
            KeycloakModelUtils.runJobInTransaction(migrated.getFactory(), retention::run);
            KeycloakModelUtils.runJobInTransaction(migrated.getFactory(), session -> session.getProvider(TimerProvider.class)
                    .scheduleTask(retention, OperationRetention.INTERVAL.toMillis(), OperationRetention.TASK_NAME));
            KeycloakModelUtils.runJobInTransaction(migrated.getFactory(), session -> session.getProvider(TimerProvider.class)
                    .scheduleTask(rollupJob, rollupJob.interval().toMillis(), KpiRollupJob.TASK_NAME));
        }
    }
}
