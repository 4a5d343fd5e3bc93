package dev.passkeyautopilot.outbox;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import java.util.List;

/** Registers the audit outbox's entities and Liquibase changelog with Keycloak's JPA persistence unit. */
public class OutboxJpaEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/passkey-autopilot-outbox-changelog-master.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(OutboxEntity.class, SinkConfigEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return OutboxJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
