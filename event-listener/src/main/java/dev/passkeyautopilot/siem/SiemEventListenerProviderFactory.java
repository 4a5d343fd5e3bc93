package dev.passkeyautopilot.siem;

import dev.passkeyautopilot.operation.PasskeyOperationEvent;
import dev.passkeyautopilot.outbox.OutboxStore;
import dev.passkeyautopilot.outbox.SinkConfigStore;
import dev.passkeyautopilot.sink.DestinationPolicy;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.List;

/**
 * The audit stream: every passkey- and credential-related event goes into the transactional outbox (in the
 * transaction that reports it), and this node's relay delivers it to the realm's sinks. Global: it needs no
 * realm's event-listener setting; realms without sinks cost a map look-up per event.
 */
public class SiemEventListenerProviderFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-siem";
    private static final Logger LOG = Logger.getLogger(SiemEventListenerProviderFactory.class);

    private final RealmSinks sinks = new RealmSinks(new SinkConfigStore());
    private final OutboxWriter writer = new OutboxWriter(sinks);
    private RelaySettings settings;
    private FileSinkPolicy fileSinks;
    private DestinationPolicy destinations;
    private Relay relay;
    private Thread shutdownHook;

    /** The realms' sink configurations, shared with the admin REST API so a change applies at once on this node. */
    public static RealmSinks realmSinks(KeycloakSession session) {
        return factory(session).sinks;
    }

    /** Where file sinks may write, for the admin REST API's validation. */
    public static FileSinkPolicy fileSinkPolicy(KeycloakSession session) {
        return factory(session).fileSinks;
    }

    /** Where network sinks may connect, for the admin REST API's validation. */
    public static DestinationPolicy destinationPolicy(KeycloakSession session) {
        return factory(session).destinations;
    }

    /** This node's relay, for the admin REST API's status. */
    public static RelayStatus relayStatus(KeycloakSession session) {
        Relay relay = factory(session).relay;
        return relay == null ? RelayStatus.notRunning() : relay.status();
    }

    private static SiemEventListenerProviderFactory factory(KeycloakSession session) {
        return (SiemEventListenerProviderFactory) session.getKeycloakSessionFactory().getProviderFactory(EventListenerProvider.class, PROVIDER_ID);
    }

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new EventListenerProvider() {
            @Override
            public void onEvent(Event event) {
                if (event.getRealmId() == null) {
                    return;
                }
                AuditEvents.of(event, realmName(session, event.getRealmId())).ifPresent(audit -> writer.write(session, audit));
            }

            @Override
            public void onEvent(AdminEvent event, boolean includeRepresentation) {
                if (event.getRealmId() == null) {
                    return;
                }
                AuditEvents.of(event, realmName(session, event.getRealmId())).ifPresent(audit -> writer.write(session, audit));
            }

            @Override
            public void close() {
            }
        };
    }

    private static String realmName(KeycloakSession session, String realmId) {
        RealmModel realm = session.realms().getRealm(realmId);
        return realm == null ? null : realm.getName();
    }

    @Override
    public void init(Config.Scope config) {
        settings = RelaySettings.of(config);
        fileSinks = FileSinkPolicy.of(config.get("file-directory"));
        // a malformed entry stops the start with its name: a silently shorter list would break delivery later
        destinations = DestinationPolicy.allowing(config.get("allowed-destinations"));
        LOG.debugf("Passkey Autopilot sinks: %s", destinations);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PasskeyOperationEvent operation) {
                KeycloakSession session = operation.session();
                writer.write(session, AuditEvents.of(operation, realmName(session, operation.operation().getRealmId())));
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                new OutboxStore(removed.getKeycloakSession()).deleteByRealm(removed.getRealm().getId());
                sinks.forget(removed.getRealm().getId());
            }
        });
        if (settings.enabled()) {
            relay = new Relay(factory, sinks, settings, fileSinks, destinations);
            relay.start();
            // Keycloak may close its database access before it closes this factory, while the shutdown waits for
            // HTTP requests to drain: a relay still claiming then cannot mark what it sent, and another node sends
            // those rows again when their lease runs out. The JVM's shutdown signal comes first, so stop there.
            shutdownHook = new Thread(relay::stop, "passkey-autopilot-relay-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            LOG.debugf("Passkey Autopilot audit relay started");
        }
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("relay-enabled").type("boolean").helpText("Run the relay on this node.").defaultValue(true).add()
                .property().name("poll-millis").type("long").helpText("Pause between relay rounds unless the last claim was full.").defaultValue(500).add()
                .property().name("claim-limit").type("int").helpText("Rows claimed per round.").defaultValue(5000).add()
                .property().name("lease-seconds").type("long").helpText("How long a claimed row belongs to this node.").defaultValue(30).add()
                .property().name("max-attempts").type("int").helpText("Attempts before a row is dead-lettered.").defaultValue(100).add()
                .property().name("backoff-base-millis").type("long").helpText("First retry delay bound (doubles per attempt, full jitter).").defaultValue(1000).add()
                .property().name("backoff-cap-millis").type("long").helpText("Largest retry delay bound.").defaultValue(60000).add()
                .property().name("delivered-retention-hours").type("long").helpText("Delivered rows are purged after this.").defaultValue(24).add()
                .property().name("file-directory").type("string").helpText("File sinks write only below this directory, each realm in its own subdirectory named by the realm id (default: <keycloak>/data/passkey-autopilot-audit).").add()
                .property().name("allowed-destinations").type("string").helpText("Comma-separated networks (CIDR) and host names that webhook, syslog and Kafka sinks may reach although they are not public (loopback, private, link-local, unique-local). Default: none.").add()
                .property().name("backlog-alarm").type("long").helpText("Warn (log and metric) above this many waiting rows.").defaultValue(100000).add()
                .build();
    }

    @Override
    public boolean isGlobal() {
        return true;
    }

    @Override
    public void close() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook has run or is running, and stop() runs once
            }
            shutdownHook = null;
        }
        if (relay != null) {
            relay.stop();
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
