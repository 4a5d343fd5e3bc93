package dev.passkeyautopilot.passkey;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import java.util.List;

/** Registers our entities and Liquibase changelog with Keycloak's JPA persistence unit. */
public class PasskeyAutopilotJpaEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/passkey-autopilot-changelog-master.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(PasskeyDetailsEntity.class, dev.passkeyautopilot.operation.PasskeyOperationEntity.class,
                dev.passkeyautopilot.outbox.OutboxEntity.class, dev.passkeyautopilot.outbox.SinkConfigEntity.class);
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
