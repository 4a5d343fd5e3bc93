package dev.passkeyautopilot.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.gate.RolloutGate;
import dev.passkeyautopilot.gate.RolloutStore;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.siemadmin.SiemResource;
import dev.passkeyautopilot.support.SupportResource;
import dev.passkeyautopilot.rollout.Assignment;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.rollout.RolloutRequest;
import dev.passkeyautopilot.rollout.RolloutResult;
import dev.passkeyautopilot.rollout.RuleSetValidationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code /admin/realms/{realm}/passkey-autopilot}: the rollout rule set of the realm (read, replace,
 * evaluate). Errors are JSON a person can act on: {@code {"error": ..., "field": ..., "message": ...}}.
 */
public class PasskeyAutopilotAdminResource {

    static final int MAX_BODY_CHARS = 256 * 1024;
    /** Admin events of rule-set changes carry this resource type. */
    static final String RESOURCE_TYPE = "PASSKEY_AUTOPILOT_ROLLOUT";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final RolloutStore store;
    private final UserPasskeys passkeys;

    PasskeyAutopilotAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent,
                                  RolloutStore store, UserPasskeys passkeys) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.store = store;
        this.passkeys = passkeys;
    }

    /** What support agents need about one user, and their actions (see {@link SupportResource}). */
    @Path("support")
    public SupportResource support() {
        return new SupportResource(session, realm, auth, adminEvent, passkeys);
    }

    /** The realm's audit sinks, delivery status and dead letters (see {@link SiemResource}). */
    @Path("siem")
    public SiemResource siem() {
        return new SiemResource(session, realm, auth, adminEvent);
    }

    /** Realm-wide settings of the extension (regulated mode). */
    @Path("settings")
    public SettingsResource settings() {
        return new SettingsResource(session, realm, auth, adminEvent);
    }

    @GET
    @Path("rollout")
    @Produces(MediaType.APPLICATION_JSON)
    public Response rollout() {
        auth.realm().requireViewRealm();
        return Response.ok(store.json(realm), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Replaces the rule set. Invalid documents are refused with the field named; nothing changes then. */
    @PUT
    @Path("rollout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response updateRollout(String body) {
        auth.realm().requireManageRealm();
        if (body == null || body.length() > MAX_BODY_CHARS) {
            return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "request_too_large", null,
                    "The rule set must be at most " + MAX_BODY_CHARS + " characters.");
        }
        String before = store.json(realm);
        try {
            String after = store.write(store.save(realm, body));
            adminEvent.resource(RESOURCE_TYPE).operation(OperationType.UPDATE)
                    .resourcePath(session.getContext().getUri())
                    .representation(beforeAndAfter(before, after))
                    .success();
            return Response.ok(after, MediaType.APPLICATION_JSON_TYPE).build();
        } catch (RuleSetValidationException e) {
            return error(Response.Status.BAD_REQUEST, "invalid_rule_set", e.field(), e.problem());
        }
    }

    /**
     * What the rules say for one user and request, feature by feature, with the user's experiment arms: the
     * answer the login pages give for the same user and request.
     */
    @POST
    @Path("rollout/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response evaluate(String body) {
        auth.realm().requireViewRealm();
        auth.users().requireView();
        if (body == null || body.length() > MAX_BODY_CHARS) {
            return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "request_too_large", null, "The request is too large.");
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", null, "The body is not JSON.");
        }
        if (request == null || !request.isObject()) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", null, "The body must be a JSON object.");
        }
        UserModel user = findUser(request);
        if (user == null) {
            return error(Response.Status.NOT_FOUND, "user_not_found", request.has("userId") ? "userId" : "username", "No such user in this realm.");
        }
        Environment environment = UserAgents.environment(text(request, "userAgent"));
        RolloutRequest rolloutRequest = RolloutGate.request(user, environment, text(request, "clientId"), text(request, "appVersion"),
                text(request, "ipAddress"), capabilities(request.get("capabilities")));
        RolloutGate gate = new RolloutGate(store);
        ObjectNode result = JSON.createObjectNode();
        result.put("userId", user.getId());
        ObjectNode features = result.putObject("features");
        for (Feature feature : Feature.values()) {
            RolloutResult answer = gate.evaluate(realm, feature, rolloutRequest);
            ObjectNode entry = features.putObject(feature.key());
            entry.put("allowed", answer.allowed());
            entry.put("reason", answer.reason());
            answer.matchedRule().ifPresent(rule -> entry.put("rule", rule));
        }
        ArrayNode experiments = result.putArray("experiments");
        for (Assignment assignment : gate.assignments(realm, user.getId())) {
            experiments.addObject().put("experiment", assignment.experiment()).put("kind", assignment.kind()).put("arm", assignment.arm());
        }
        ObjectNode env = result.putObject("environment");
        env.put("osFamily", environment.osFamily()).put("osVersion", environment.osVersion())
                .put("browserFamily", environment.browserFamily()).put("browserVersion", environment.browserVersion())
                .put("deviceClass", environment.deviceClass());
        return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private UserModel findUser(JsonNode request) {
        String userId = text(request, "userId");
        if (userId != null) {
            UserModel user = session.users().getUserById(realm, userId);
            if (user != null) {
                auth.users().requireView(user);
            }
            return user;
        }
        String username = text(request, "username");
        UserModel user = username == null ? null : session.users().getUserByUsername(realm, username);
        if (user != null) {
            auth.users().requireView(user);
        }
        return user;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() && value.asText().length() <= 1024 ? value.asText() : null;
    }

    private static Map<String, Boolean> capabilities(JsonNode node) {
        Map<String, Boolean> capabilities = new HashMap<>();
        if (node != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isBoolean() && field.getKey().length() <= 64) {
                    capabilities.put(field.getKey(), field.getValue().booleanValue());
                }
            }
        }
        return capabilities;
    }

    private static ObjectNode beforeAndAfter(String before, String after) {
        ObjectNode change = JSON.createObjectNode();
        try {
            change.set("before", JSON.readTree(before));
            change.set("after", JSON.readTree(after));
        } catch (IOException e) {
            throw new IllegalStateException("our own rule set JSON did not parse", e);
        }
        return change;
    }

    private static Response error(Response.Status status, String error, String field, String message) {
        return AdminErrors.of(status, error, field, message);
    }
}
