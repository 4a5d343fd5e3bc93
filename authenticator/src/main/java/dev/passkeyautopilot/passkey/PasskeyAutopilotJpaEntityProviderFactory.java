package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.operation.OperationRetention;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.List;

/**
 * Our tables, their cleanup when Keycloak removes users and realms, and the retention of passkey
 * operations. Option: {@code --spi-jpa-entity-provider--passkey-autopilot--operation-retention-days} (default 90).
 */
public class PasskeyAutopilotJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "passkey-autopilot";
    static final String RETENTION_DAYS = "operation-retention-days";
    private static final JpaEntityProvider PROVIDER = new PasskeyAutopilotJpaEntityProvider();

    private OperationRetention retention;

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void init(Config.Scope config) {
        retention = new OperationRetention(config.getInt(RETENTION_DAYS, OperationRetention.DEFAULT_DAYS));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new RemovedDataCleanup(retention));
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(RETENTION_DAYS)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Days passkey operations (login attempts, append offers, decisions) are kept.")
                .defaultValue(OperationRetention.DEFAULT_DAYS)
                .add()
                .build();
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
