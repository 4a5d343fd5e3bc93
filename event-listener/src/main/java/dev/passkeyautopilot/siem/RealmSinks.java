package dev.passkeyautopilot.siem;

import dev.passkeyautopilot.outbox.SinkConfigStore;
import dev.passkeyautopilot.sink.config.SinkConfig;
import dev.passkeyautopilot.sink.config.SinkConfigException;
import dev.passkeyautopilot.sink.config.SinkConfigs;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sinks each realm streams to, parsed from the stored document and memoised by its text, so the event
 * path pays for a map look-up. A document that no longer parses (edited by hand) streams nowhere and says so.
 */
public final class RealmSinks {

    private static final Logger LOG = Logger.getLogger(RealmSinks.class);

    private record Parsed(String json, SinkConfigs configs) {
    }

    private final SinkConfigStore store;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    public RealmSinks(SinkConfigStore store) {
        this.store = store;
    }

    public SinkConfigStore store() {
        return store;
    }

    public SinkConfigs configs(KeycloakSession session, String realmId) {
        Optional<String> json = store.read(session, realmId);
        if (json.isEmpty()) {
            return SinkConfigs.empty();
        }
        Parsed memo = parsed.get(realmId);
        if (memo != null && memo.json().equals(json.get())) {
            return memo.configs();
        }
        SinkConfigs configs;
        try {
            configs = SinkConfigs.parse(json.get());
        } catch (SinkConfigException e) {
            LOG.errorf("The SIEM sink configuration of realm %s does not parse (%s: %s); no events are streamed",
                    realmId, e.field(), e.problem());
            configs = SinkConfigs.empty();
        }
        parsed.put(realmId, new Parsed(json.get(), configs));
        return configs;
    }

    /** Names of the realm's enabled sinks: one outbox row each per event. */
    public List<String> enabledSinkNames(KeycloakSession session, String realmId) {
        return configs(session, realmId).sinks().stream().filter(SinkConfig::enabled).map(SinkConfig::name).toList();
    }

    public void forget(String realmId) {
        store.forget(realmId);
        parsed.remove(realmId);
    }
}
