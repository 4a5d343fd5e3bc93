package dev.passkeyautopilot.sink.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.sink.DestinationPolicy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A realm's sinks: {@code {"sinks":[…]}}. Names are unique; at most {@value #MAX_SINKS} sinks.
 */
public record SinkConfigs(List<SinkConfig> sinks) {

    public static final int MAX_SINKS = 20;

    public SinkConfigs {
        sinks = List.copyOf(sinks);
    }

    public static SinkConfigs empty() {
        return new SinkConfigs(List.of());
    }

    /** @throws SinkConfigException also for malformed JSON (field {@code $}) */
    public static SinkConfigs parse(String json) throws SinkConfigException {
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new SinkConfigException("$", "not valid JSON");
        }
        return parse(root);
    }

    public static SinkConfigs parse(JsonNode root) throws SinkConfigException {
        Fields f = new Fields(root, "");
        f.allowOnly(Set.of("sinks"), "");
        JsonNode array = f.raw("sinks");
        if (array == null || array.isNull()) {
            return empty();
        }
        if (!array.isArray()) {
            throw new SinkConfigException("sinks", "must be an array");
        }
        if (array.size() > MAX_SINKS) {
            throw new SinkConfigException("sinks", "at most " + MAX_SINKS + " sinks");
        }
        List<SinkConfig> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            SinkConfig c = SinkConfig.parse(array.get(i), "sinks[" + i + "]");
            if (!names.add(c.name())) {
                throw new SinkConfigException("sinks[" + i + "].name", "duplicate name");
            }
            out.add(c);
        }
        return new SinkConfigs(out);
    }

    /** {@code redacted}: secrets masked (admin API answers); otherwise in clear (storage). */
    public ObjectNode write(boolean redacted) {
        ObjectNode root = Json.object();
        ArrayNode array = root.putArray("sinks");
        for (SinkConfig c : sinks) {
            array.add(redacted ? c.redacted() : c.toJson());
        }
        return root;
    }

    /** Merges each sink with the stored sink of the same name (see {@link SinkConfig#merge}). */
    public SinkConfigs merge(SinkConfigs previous) throws SinkConfigException {
        List<SinkConfig> out = new ArrayList<>();
        for (int i = 0; i < sinks.size(); i++) {
            SinkConfig c = sinks.get(i);
            SinkConfig prev = previous == null ? null : previous.byName(c.name()).orElse(null);
            try {
                out.add(c.merge(prev));
            } catch (SinkConfigException e) {
                throw e.under("sinks[" + i + "]");
            }
        }
        return new SinkConfigs(out);
    }

    /**
     * The save-time half of the destination policy (the sinks judge again when they connect).
     *
     * @throws SinkConfigException naming the first field whose host the policy refuses
     */
    public void checkDestinations(DestinationPolicy policy) throws SinkConfigException {
        for (int i = 0; i < sinks.size(); i++) {
            SinkSettings settings = sinks.get(i).settings();
            String prefix = "sinks[" + i + "].";
            if (settings instanceof WebhookSettings w) {
                refuse(policy, w.url().getHost(), prefix + "url");
            } else if (settings instanceof SyslogSettings s) {
                refuse(policy, s.host(), prefix + "host");
            } else if (settings instanceof KafkaSettings k) {
                List<String> hosts = k.bootstrapHosts();
                for (int j = 0; j < hosts.size(); j++) {
                    refuse(policy, hosts.get(j), prefix + "bootstrapServers[" + j + "]");
                }
            }
        }
    }

    private static void refuse(DestinationPolicy policy, String host, String field) throws SinkConfigException {
        Optional<String> refusal = policy.refusal(host);
        if (refusal.isPresent()) {
            throw new SinkConfigException(field, "refused: " + refusal.get());
        }
    }

    public Optional<SinkConfig> byName(String name) {
        return sinks.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return Json.write(write(true));
    }
}
