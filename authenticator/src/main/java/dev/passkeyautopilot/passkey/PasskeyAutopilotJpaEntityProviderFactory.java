package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.kpi.KpiRollupJob;
import dev.passkeyautopilot.kpi.SignInWriter;
import dev.passkeyautopilot.operation.OperationRetention;
import dev.passkeyautopilot.operation.PasskeyOperations;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.time.Duration;
import java.util.Optional;
import java.util.List;

/**
 * Our tables, their cleanup when Keycloak removes users and realms, and the retention of passkey
 * operations. Options: {@code --spi-jpa-entity-provider--passkey-autopilot--operation-retention-days} (default 90),
 * {@code --spi-jpa-entity-provider--passkey-autopilot--operations-per-user-per-hour} (default 20),
 * {@code --spi-jpa-entity-provider--passkey-autopilot--kpi-rollup-interval-seconds} (default 60),
 * {@code --spi-jpa-entity-provider--passkey-autopilot--kpi-rollup-retention-days} (default 400),
 * {@code --spi-jpa-entity-provider--passkey-autopilot--kpi-report-max-staleness-seconds} (default: unset, see {@code ReportFreshness}).
 */
public class PasskeyAutopilotJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "passkey-autopilot";
    static final String RETENTION_DAYS = "operation-retention-days";
    static final String OPERATIONS_PER_USER_PER_HOUR = "operations-per-user-per-hour";
    static final String KPI_ROLLUP_INTERVAL = "kpi-rollup-interval-seconds";
    static final String KPI_ROLLUP_RETENTION = "kpi-rollup-retention-days";
    static final String KPI_REPORT_MAX_STALENESS = "kpi-report-max-staleness-seconds";
    private static final JpaEntityProvider PROVIDER = new PasskeyAutopilotJpaEntityProvider();

    private OperationRetention retention;
    private KpiRollupJob rollupJob;
    private final SignInWriter signInWriter = new SignInWriter();
    private int operationsPerUserPerHour = PasskeyOperations.DEFAULT_OPERATIONS_PER_USER_PER_HOUR;
    private PasskeyServices services;

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void init(Config.Scope config) {
        retention = new OperationRetention(config.getInt(RETENTION_DAYS, OperationRetention.DEFAULT_DAYS));
        rollupJob = new KpiRollupJob(Duration.ofSeconds(config.getInt(KPI_ROLLUP_INTERVAL, KpiRollupJob.DEFAULT_INTERVAL_SECONDS)),
                config.getInt(KPI_ROLLUP_RETENTION, KpiRollupJob.DEFAULT_RETENTION_DAYS),
                Optional.ofNullable(config.getInt(KPI_REPORT_MAX_STALENESS)).map(Duration::ofSeconds));
        operationsPerUserPerHour = config.getInt(OPERATIONS_PER_USER_PER_HOUR, PasskeyOperations.DEFAULT_OPERATIONS_PER_USER_PER_HOUR);
        if (operationsPerUserPerHour < 1) {
            throw new IllegalArgumentException(OPERATIONS_PER_USER_PER_HOUR + " must be at least 1, was " + operationsPerUserPerHour);
        }
    }

    /** At most this many passkey operations of one user are stored per hour; further attempts work, unrecorded. */
    public int operationsPerUserPerHour() {
        return operationsPerUserPerHour;
    }

    /** The job that keeps the KPI rollups current; reports refresh today's through it. */
    public KpiRollupJob rollupJob() {
        return rollupJob;
    }

    /** The node's shared services, built on first use (see {@link PasskeyServices}). */
    synchronized PasskeyServices services() {
        if (services == null) {
            services = new PasskeyServices();
        }
        return services;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new RemovedDataCleanup(retention, rollupJob));
        signInWriter.start(factory);
    }

    /**
     * This node's factory, where its options, jobs and services live; empty when a provider of another id holds
     * ours (never in one jar, but the callers each say what they fall back to).
     */
    public static Optional<PasskeyAutopilotJpaEntityProviderFactory> of(KeycloakSessionFactory factory) {
        return factory.getProviderFactory(JpaEntityProvider.class, PROVIDER_ID) instanceof PasskeyAutopilotJpaEntityProviderFactory ours
                ? Optional.of(ours) : Optional.empty();
    }

    /** Writes the sign-in rows of this node's logins after they commit. */
    public SignInWriter signInWriter() {
        return signInWriter;
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
                .property()
                .name(OPERATIONS_PER_USER_PER_HOUR)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Passkey operations of one user stored per hour at most; further attempts still work, unrecorded.")
                .defaultValue(PasskeyOperations.DEFAULT_OPERATIONS_PER_USER_PER_HOUR)
                .add()
                .property()
                .name(KPI_ROLLUP_INTERVAL)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds between refreshes of the KPI daily rollups (yesterday and today of every realm).")
                .defaultValue(KpiRollupJob.DEFAULT_INTERVAL_SECONDS)
                .add()
                .property()
                .name(KPI_ROLLUP_RETENTION)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Days KPI daily rollups are kept.")
                .defaultValue(KpiRollupJob.DEFAULT_RETENTION_DAYS)
                .add()
                .property()
                .name(KPI_REPORT_MAX_STALENESS)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds a KPI report that includes today may use rollups refreshed before; 0 refreshes them first for every"
                        + " report. Unset: reports refresh first unless the realm's last refresh took two seconds or more; then they use"
                        + " rollups up to one rollup interval old.")
                .add()
                .build();
    }

    @Override
    public void close() {
        signInWriter.stop();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
