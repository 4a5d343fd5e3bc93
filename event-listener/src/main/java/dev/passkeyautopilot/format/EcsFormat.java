package dev.passkeyautopilot.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.IpLiterals;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.vocabulary.EventDetail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Elastic Common Schema 8.11. ECS has no fields for a realm, an OAuth client or our details, so they go to the
 * custom object {@code passkey_autopilot} (ECS reserves no such name; custom fields belong in an own namespace).
 * {@code source.ip} is typed {@code ip} in Elasticsearch: a value that is not an IP literal would make the whole
 * document fail to index, so it goes to {@code source.address} instead.
 */
public final class EcsFormat implements EventFormat {

    public static final String VERSION = "8.11.0";

    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    EcsFormat() {
    }

    @Override
    public String name() {
        return "ecs";
    }

    @Override
    public String format(AuditEvent e) {
        return Json.write(tree(e));
    }

    ObjectNode tree(AuditEvent e) {
        ObjectNode n = Json.object();
        n.put("@timestamp", TIMESTAMP.format(Instant.ofEpochMilli(e.time())));
        n.putObject("ecs").put("version", VERSION);
        n.put("message", OcsfFormat.message(e));

        Activities activity = Activities.of(e);
        ObjectNode event = n.putObject("event");
        event.put("id", e.id());
        event.put("kind", "event");
        ArrayNode category = event.putArray("category");
        ArrayNode type = event.putArray("type");
        switch (e.category()) {
            case AUTHENTICATION -> {
                category.add("authentication");
                switch (activity) {
                    case LOGON -> type.add("start");
                    case LOGOFF -> type.add("end");
                    default -> type.add("info");
                }
                // A session exists only after a successful logon (and is ended by a logoff).
                if ((activity == Activities.LOGON && e.isSuccess()) || activity == Activities.LOGOFF) {
                    category.add("session");
                }
            }
            case ACCOUNT_CHANGE -> {
                category.add("iam");
                type.add("user");
                switch (activity) {
                    case ACCOUNT_CREATE -> type.add("creation");
                    case ACCOUNT_DELETE, FACTOR_DISABLE -> type.add("deletion");
                    default -> type.add("change");
                }
            }
            case ADMIN -> {
                category.add("iam");
                category.add("configuration");
                type.add("admin");
                switch (activity) {
                    case API_CREATE -> type.add("creation");
                    case API_DELETE -> type.add("deletion");
                    case API_UPDATE -> type.add("change");
                    case API_READ -> type.add("access");
                    default -> type.add("info");
                }
            }
        }
        event.put("action", e.type().toLowerCase(Locale.ROOT).replace('_', '-'));
        event.put("code", e.type());
        event.put("outcome", e.isSuccess() ? "success" : "failure");
        String reason = e.detail(EventDetail.REASON.key()) != null ? e.detail(EventDetail.REASON.key()) : e.error();
        Json.putIfNotNull(event, "reason", reason);
        event.put("severity", Severity.of(e).ocsfId);
        event.put("provider", "keycloak");
        event.put("module", "passkey_autopilot");
        event.put("dataset", "passkey_autopilot.audit");

        String actor = e.detail(EventDetail.ACTOR.key());
        if (actor != null) {
            ObjectNode user = n.putObject("user");
            user.put("id", actor);
            if (e.userId() != null || e.username() != null) {
                ObjectNode target = user.putObject("target");
                Json.putIfNotNull(target, "id", e.userId());
                Json.putIfNotNull(target, "name", e.username());
            }
        } else if (e.userId() != null || e.username() != null) {
            ObjectNode user = n.putObject("user");
            Json.putIfNotNull(user, "id", e.userId());
            Json.putIfNotNull(user, "name", e.username());
        }
        if (e.ipAddress() != null) {
            n.putObject("source").put(IpLiterals.isIpLiteral(e.ipAddress()) ? "ip" : "address", e.ipAddress());
        }
        String userAgent = e.detail("user_agent");
        if (userAgent != null) {
            n.putObject("user_agent").put("original", userAgent);
        }
        if (e.error() != null) {
            n.putObject("error").put("code", e.error());
        }

        ObjectNode pa = n.putObject("passkey_autopilot");
        pa.put("realm_id", e.realmId());
        Json.putIfNotNull(pa, "realm_name", e.realmName());
        Json.putIfNotNull(pa, "client_id", e.clientId());
        Json.putIfNotNull(pa, "session_id", e.sessionId());
        pa.put("category", e.category().name());
        ObjectNode details = pa.putObject("details");
        e.details().forEach(details::put);
        return n;
    }
}
