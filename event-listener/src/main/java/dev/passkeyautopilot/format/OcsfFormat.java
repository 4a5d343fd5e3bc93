package dev.passkeyautopilot.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.IpLiterals;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.vocabulary.EventDetail;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OCSF 1.3.0. AUTHENTICATION → Authentication (3002); ACCOUNT_CHANGE → Account Change (3001); ADMIN → API
 * Activity (6003), because Keycloak admin events are calls of its admin REST API on a resource (user, client,
 * realm…), which is what 6003 describes, whereas 3001 is about one user account and would misfile client or
 * realm changes.
 *
 * <p>Every detail not mapped to an OCSF attribute goes to {@code unmapped} under its own name, so nothing is lost;
 * {@code pa_amr} and {@code credential_type} stay there too because {@code auth_factors} cannot express all of
 * them (synced vs. device-bound, user verification).
 */
public final class OcsfFormat implements EventFormat {

    public static final String VERSION = "1.3.0";

    /** Details consumed by a mapped attribute (and therefore not repeated in {@code unmapped}). */
    private static final Set<String> MAPPED_DETAILS = Set.of("user_agent", "auth_method", "resource_type", "resource_path");

    OcsfFormat() {
    }

    @Override
    public String name() {
        return "ocsf";
    }

    @Override
    public String format(AuditEvent e) {
        return Json.write(tree(e));
    }

    ObjectNode tree(AuditEvent e) {
        ObjectNode n = Json.object();
        Activities activity = Activities.of(e);
        int classUid;
        String className;
        int categoryUid;
        String categoryName;
        int activityId;
        String activityName;
        switch (e.category()) {
            case AUTHENTICATION -> {
                classUid = 3002;
                className = "Authentication";
                categoryUid = 3;
                categoryName = "Identity & Access Management";
                switch (activity) {
                    case LOGON -> { activityId = 1; activityName = "Logon"; }
                    case LOGOFF -> { activityId = 2; activityName = "Logoff"; }
                    default -> { activityId = 99; activityName = "Other"; }
                }
            }
            case ACCOUNT_CHANGE -> {
                classUid = 3001;
                className = "Account Change";
                categoryUid = 3;
                categoryName = "Identity & Access Management";
                switch (activity) {
                    case ACCOUNT_CREATE -> { activityId = 1; activityName = "Create"; }
                    case PASSWORD_CHANGE -> { activityId = 3; activityName = "Password Change"; }
                    case PASSWORD_RESET -> { activityId = 4; activityName = "Password Reset"; }
                    case ACCOUNT_DELETE -> { activityId = 6; activityName = "Delete"; }
                    case FACTOR_ENABLE -> { activityId = 10; activityName = "MFA Factor Enable"; }
                    case FACTOR_DISABLE -> { activityId = 11; activityName = "MFA Factor Disable"; }
                    default -> { activityId = 99; activityName = "Other"; }
                }
            }
            default -> {
                classUid = 6003;
                className = "API Activity";
                categoryUid = 6;
                categoryName = "Application Activity";
                switch (activity) {
                    case API_CREATE -> { activityId = 1; activityName = "Create"; }
                    case API_READ -> { activityId = 2; activityName = "Read"; }
                    case API_UPDATE -> { activityId = 3; activityName = "Update"; }
                    case API_DELETE -> { activityId = 4; activityName = "Delete"; }
                    default -> { activityId = 99; activityName = "Other"; }
                }
            }
        }
        n.put("activity_id", activityId);
        n.put("activity_name", activityName);
        n.put("category_uid", categoryUid);
        n.put("category_name", categoryName);
        n.put("class_uid", classUid);
        n.put("class_name", className);
        n.put("type_uid", classUid * 100L + activityId);
        n.put("type_name", className + ": " + activityName);
        n.put("time", e.time());
        Severity severity = Severity.of(e);
        n.put("severity_id", severity.ocsfId);
        n.put("severity", severity.ocsfName);
        n.put("status_id", e.isSuccess() ? 1 : 2);
        n.put("status", e.isSuccess() ? "Success" : "Failure");
        Json.putIfNotNull(n, "status_code", e.error());
        Json.putIfNotNull(n, "status_detail", e.detail(EventDetail.REASON.key()));
        n.put("message", message(e));

        ObjectNode metadata = n.putObject("metadata");
        metadata.put("version", VERSION);
        metadata.put("uid", e.id());
        metadata.put("event_code", e.type());
        metadata.put("tenant_uid", e.realmId());
        metadata.put("log_name", "keycloak-events");
        ObjectNode product = metadata.putObject("product");
        product.put("name", Product.NAME);
        product.put("vendor_name", Product.VENDOR);
        product.put("version", Product.VERSION);

        ObjectNode user = user(e.userId(), e.username());
        switch (e.category()) {
            case AUTHENTICATION -> {
                if (user != null) {
                    n.set("user", user);
                }
                if (e.sessionId() != null) {
                    n.putObject("session").put("uid", e.sessionId());
                }
                if (e.clientId() != null) {
                    n.putObject("service").put("name", e.clientId());
                }
                authProtocol(n, e.detail("auth_method"));
                List<AuthFactor> factors = AuthFactor.of(e);
                if (!factors.isEmpty()) {
                    ArrayNode array = n.putArray("auth_factors");
                    for (AuthFactor f : factors) {
                        ObjectNode o = array.addObject();
                        o.put("factor_type", f.ocsfType());
                        o.put("factor_type_id", f.ocsfTypeId());
                        if (f.hotp() != null) {
                            o.put("is_hotp", f.hotp());
                            o.put("is_totp", !f.hotp());
                        }
                    }
                }
                Boolean mfa = AuthFactor.isMfa(e);
                if (mfa != null) {
                    n.put("is_mfa", mfa);
                }
            }
            case ACCOUNT_CHANGE -> {
                if (user != null) {
                    n.set("user", user);
                }
                String actorId = e.detail(EventDetail.ACTOR.key());
                ObjectNode actor = actorId != null ? user(actorId, null) : (user == null ? null : user.deepCopy());
                if (actor != null || e.sessionId() != null) {
                    ObjectNode a = n.putObject("actor");
                    if (actor != null) {
                        a.set("user", actor);
                    }
                    if (e.sessionId() != null) {
                        a.putObject("session").put("uid", e.sessionId());
                    }
                    Json.putIfNotNull(a, "app_name", e.clientId());
                }
            }
            case ADMIN -> {
                ObjectNode a = n.putObject("actor");
                if (user != null) {
                    a.set("user", user);
                }
                if (e.sessionId() != null) {
                    a.putObject("session").put("uid", e.sessionId());
                }
                Json.putIfNotNull(a, "app_name", e.clientId());
                ObjectNode api = n.putObject("api");
                api.put("operation", e.type());
                api.putObject("service").put("name", "Keycloak Admin REST API");
                String resourceType = e.detail("resource_type");
                String resourcePath = e.detail("resource_path");
                if (resourceType != null || resourcePath != null) {
                    ObjectNode r = n.putArray("resources").addObject();
                    Json.putIfNotNull(r, "type", resourceType);
                    Json.putIfNotNull(r, "uid", resourcePath);
                }
            }
        }

        boolean ipIsLiteral = IpLiterals.isIpLiteral(e.ipAddress());
        if (ipIsLiteral) {
            n.putObject("src_endpoint").put("ip", e.ipAddress());
        }
        String userAgent = e.detail("user_agent");
        if (userAgent != null) {
            n.putObject("http_request").put("user_agent", userAgent);
        }

        ObjectNode unmapped = Json.object();
        Json.putIfNotNull(unmapped, "realm_name", e.realmName());
        if (!ipIsLiteral) {
            // Not an address (a proxy misconfiguration or hostile header): keep it, but out of a typed field.
            Json.putIfNotNull(unmapped, "ip_address", e.ipAddress());
        }
        for (Map.Entry<String, String> d : e.details().entrySet()) {
            if (!MAPPED_DETAILS.contains(d.getKey())) {
                unmapped.put(d.getKey(), d.getValue());
            }
        }
        if (!unmapped.isEmpty()) {
            n.set("unmapped", unmapped);
        }
        return n;
    }

    private static ObjectNode user(String uid, String name) {
        if (uid == null && name == null) {
            return null;
        }
        ObjectNode u = Json.object();
        Json.putIfNotNull(u, "uid", uid);
        Json.putIfNotNull(u, "name", name);
        u.put("type_id", 1);
        u.put("type", "User");
        return u;
    }

    private static void authProtocol(ObjectNode n, String authMethod) {
        if (authMethod == null) {
            return;
        }
        switch (authMethod) {
            case "openid-connect" -> { n.put("auth_protocol_id", 4); n.put("auth_protocol", "OpenID"); }
            case "saml" -> { n.put("auth_protocol_id", 5); n.put("auth_protocol", "SAML"); }
            default -> { n.put("auth_protocol_id", 99); n.put("auth_protocol", authMethod); }
        }
    }

    static String message(AuditEvent e) {
        StringBuilder b = new StringBuilder(e.type());
        if (e.error() != null) {
            b.append(' ').append(e.error());
        }
        String reason = e.detail(EventDetail.REASON.key());
        if (reason != null) {
            b.append(" (").append(reason).append(')');
        }
        return b.toString();
    }
}
