package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.kpi.ExperimentAssignmentEntity;
import dev.passkeyautopilot.kpi.KpiActiveDayEntity;
import dev.passkeyautopilot.kpi.KpiActiveUserEntity;
import dev.passkeyautopilot.kpi.KpiDailyEntity;
import dev.passkeyautopilot.kpi.KpiRollupStateEntity;
import dev.passkeyautopilot.kpi.KpiUserNumberEntity;
import dev.passkeyautopilot.kpi.SignInEntity;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import java.util.List;

/**
 * Registers the login's entities (passkey details, passkey operations) and their Liquibase changelog with Keycloak's
 * JPA persistence unit. The audit outbox has its own provider in event-listener; both share one changelog table.
 */
public class PasskeyAutopilotJpaEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/passkey-autopilot-changelog-master.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(PasskeyDetailsEntity.class, dev.passkeyautopilot.operation.PasskeyOperationEntity.class,
                SignInEntity.class, ExperimentAssignmentEntity.class, KpiDailyEntity.class, KpiActiveUserEntity.class,
                KpiRollupStateEntity.class, KpiActiveDayEntity.class, KpiUserNumberEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return PasskeyAutopilotJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
