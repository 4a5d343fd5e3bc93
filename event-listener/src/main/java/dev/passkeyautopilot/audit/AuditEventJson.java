package dev.passkeyautopilot.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.json.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stable JSON form of an {@link AuditEvent}: what the outbox stores and what the {@code json} format sends.
 *
 * <pre>{@code
 * {"schemaVersion":1,"id":"…","time":1718000000000,"realmId":"…","realmName":"demo","type":"LOGIN",
 *  "category":"AUTHENTICATION","outcome":"SUCCESS","userId":"…","username":"alice","sessionId":"…",
 *  "clientId":"account","ipAddress":"203.0.113.7","details":{"pa_login_method":"passkey_automatic"}}
 * }</pre>
 *
 * <p>Keys always come in this order; a null field is left out (absent means null). Readers ignore fields they do
 * not know, so a newer node may add fields without breaking an older node relaying the same outbox during a
 * rolling upgrade; an incompatible change would raise {@code schemaVersion}, which readers check.
 */
public final class AuditEventJson {

    public static final int SCHEMA_VERSION = 1;

    private AuditEventJson() {
    }

    public static String write(AuditEvent event) {
        return Json.write(toTree(event));
    }

    public static ObjectNode toTree(AuditEvent e) {
        ObjectNode n = Json.object();
        n.put("schemaVersion", SCHEMA_VERSION);
        n.put("id", e.id());
        n.put("time", e.time());
        n.put("realmId", e.realmId());
        Json.putIfNotNull(n, "realmName", e.realmName());
        n.put("type", e.type());
        n.put("category", e.category().name());
        n.put("outcome", e.outcome().name());
        Json.putIfNotNull(n, "error", e.error());
        Json.putIfNotNull(n, "userId", e.userId());
        Json.putIfNotNull(n, "username", e.username());
        Json.putIfNotNull(n, "sessionId", e.sessionId());
        Json.putIfNotNull(n, "clientId", e.clientId());
        Json.putIfNotNull(n, "ipAddress", e.ipAddress());
        ObjectNode details = n.putObject("details");
        e.details().forEach(details::put);
        return n;
    }

    /**
     * @throws AuditEventJsonException if the text is not JSON, not an object, of another schema version, lacks a
     *                                 required field, has a field of the wrong JSON type, or violates
     *                                 {@link AuditEvent}'s rules; the message names the field
     */
    public static AuditEvent read(String text) {
        JsonNode root;
        try {
            root = Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new AuditEventJsonException(e.getMessage(), e);
        }
        if (!root.isObject()) {
            throw new AuditEventJsonException("not a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw new AuditEventJsonException("schemaVersion: missing or not an integer");
        }
        if (version.asLong() != SCHEMA_VERSION) {
            throw new AuditEventJsonException("schemaVersion: unsupported version " + version.asLong());
        }
        JsonNode time = root.get("time");
        if (time == null || !time.isIntegralNumber() || !time.canConvertToLong()) {
            throw new AuditEventJsonException("time: missing or not an integer");
        }
        Map<String, String> details = new LinkedHashMap<>();
        JsonNode d = root.get("details");
        if (d != null && !d.isNull()) {
            if (!d.isObject()) {
                throw new AuditEventJsonException("details: not an object");
            }
            for (Map.Entry<String, JsonNode> f : d.properties()) {
                if (!f.getValue().isTextual()) {
                    throw new AuditEventJsonException("details." + printable(f.getKey()) + ": not a string");
                }
                details.put(f.getKey(), f.getValue().textValue());
            }
        }
        try {
            return new AuditEvent(
                    required(root, "id"),
                    time.longValue(),
                    required(root, "realmId"),
                    optional(root, "realmName"),
                    required(root, "type"),
                    enumValue(Category.class, root, "category"),
                    enumValue(Outcome.class, root, "outcome"),
                    optional(root, "error"),
                    optional(root, "userId"),
                    optional(root, "username"),
                    optional(root, "sessionId"),
                    optional(root, "clientId"),
                    optional(root, "ipAddress"),
                    details);
        } catch (AuditEventJsonException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AuditEventJsonException("invalid event: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode root, String field) {
        String v = optional(root, field);
        if (v == null) {
            throw new AuditEventJsonException(field + ": missing");
        }
        return v;
    }

    private static String optional(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new AuditEventJsonException(field + ": not a string");
        }
        return v.textValue();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode root, String field) {
        String v = required(root, field);
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        throw new AuditEventJsonException(field + ": not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    // Keys come from the document: keep messages short and printable.
    private static String printable(String key) {
        String k = key.length() > 64 ? key.substring(0, 64) + "…" : key;
        return k.replaceAll("\\p{Cntrl}", "?");
    }
}
