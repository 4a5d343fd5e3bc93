package dev.passkeyautopilot.sink.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.format.EventFormat;
import dev.passkeyautopilot.format.EventFormats;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.privacy.Privacy;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One sink's configuration.
 *
 * <pre>{@code
 * {"name":"splunk","type":"webhook","format":"json","enabled":true,"batchSize":100,
 *  "privacy":{"hashUserIds":false,"dropIpAddresses":false},
 *  "mode":"splunk-hec","url":"https://splunk.example.com:8088/services/collector/event","splunkToken":"…"}
 * }</pre>
 *
 * <p>Life cycle of an update through the admin API: {@link #parse} the posted document (strict: unknown fields,
 * wrong types and out-of-range values are errors naming the field), {@link #merge} it with the stored
 * configuration (which resolves secrets the client did not send back and checks required ones), store
 * {@link #toJson()}, answer {@link #redacted()}.
 *
 * @param format    one of {@link EventFormats#names()}; default per type (syslog: cef, others: json)
 * @param batchSize 1..1000 events per {@code send}, default 100
 */
public record SinkConfig(
        String name,
        SinkType type,
        String format,
        boolean enabled,
        PrivacySettings privacy,
        int batchSize,
        SinkSettings settings) {

    public static final int DEFAULT_BATCH_SIZE = 100;
    public static final int MAX_BATCH_SIZE = 1000;

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Set<String> COMMON = Set.of("name", "type", "format", "enabled", "privacy", "batchSize");

    public static SinkConfig parse(JsonNode node) throws SinkConfigException {
        return parse(node, "");
    }

    /**
     * @param path JSON path of {@code node} used as the prefix of field names in errors ({@code sinks[1]})
     */
    public static SinkConfig parse(JsonNode node, String path) throws SinkConfigException {
        Fields f = new Fields(node, path);
        String name = f.string("name", true, 40);
        if (!NAME.matcher(name).matches()) {
            throw new SinkConfigException(f.path("name"), "must be 1 to 40 of a-z, 0-9 and -");
        }
        SinkType type = f.choice("type", SinkType.class, null);
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(switch (type) {
            case FILE -> FileSettings.FIELDS;
            case SYSLOG -> SyslogSettings.FIELDS;
            case WEBHOOK -> WebhookSettings.FIELDS;
            case KAFKA -> KafkaSettings.FIELDS;
        });
        f.allowOnly(allowed, " for type " + type.jsonName());
        String format = f.string("format", false, 20);
        if (format == null) {
            format = type.defaultFormat();
        } else if (!EventFormats.names().contains(format)) {
            throw new SinkConfigException(f.path("format"), "must be one of " + String.join(", ", EventFormats.names()));
        }
        boolean enabled = f.bool("enabled", true);
        PrivacySettings privacy = PrivacySettings.parse(f.object("privacy"));
        int batchSize = f.integer("batchSize", DEFAULT_BATCH_SIZE, 1, MAX_BATCH_SIZE);
        SinkSettings settings = switch (type) {
            case FILE -> FileSettings.parse(f);
            case SYSLOG -> SyslogSettings.parse(f);
            case WEBHOOK -> WebhookSettings.parse(f, format);
            case KAFKA -> KafkaSettings.parse(f);
        };
        return new SinkConfig(name, type, format, enabled, privacy, batchSize, settings);
    }

    /** The storage form: secrets in clear. Keep it where realm secrets are kept. */
    public ObjectNode toJson() {
        return write(false);
    }

    /** The form shown to administrators: every secret that is set reads {@link Secret#MASK}. */
    public ObjectNode redacted() {
        return write(true);
    }

    private ObjectNode write(boolean redacted) {
        ObjectNode n = Json.object();
        n.put("name", name);
        n.put("type", type.jsonName());
        n.put("format", format);
        n.put("enabled", enabled);
        n.put("batchSize", batchSize);
        privacy.write(n, redacted);
        settings.write(n, redacted);
        return n;
    }

    /**
     * Resolves secrets this document left out or sent back masked from {@code previous} (the stored configuration
     * of the sink with the same name, or null for a new sink), generates the hashing key if needed, and checks
     * that every required secret is present.
     *
     * @throws SinkConfigException naming the secret that is missing or must be entered again
     */
    public SinkConfig merge(SinkConfig previous) throws SinkConfigException {
        SinkConfig prev = previous != null && previous.type == type ? previous : null;
        PrivacySettings p = privacy.merge(previous == null ? null : previous.privacy);
        SinkSettings s = settings.merge(prev == null ? null : prev.settings, "");
        return new SinkConfig(name, type, format, enabled, p, batchSize, s);
    }

    /** True when no secret still says "keep the stored value" (i.e. after {@link #merge}). */
    public boolean resolved() {
        return privacy.resolved() && settings.resolved();
    }

    public EventFormat eventFormat() {
        return EventFormats.byName(format);
    }

    public Privacy privacyPolicy() {
        return privacy.toPrivacy();
    }

    /** The redacted document: safe to log. */
    @Override
    public String toString() {
        return Json.write(redacted());
    }
}
