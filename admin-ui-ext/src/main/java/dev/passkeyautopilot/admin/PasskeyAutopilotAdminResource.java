package dev.passkeyautopilot.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.gate.RolloutGate;
import dev.passkeyautopilot.gate.RolloutStore;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.kpiadmin.KpiResource;
import dev.passkeyautopilot.siemadmin.SiemResource;
import dev.passkeyautopilot.support.SupportResource;
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
import org.keycloak.util.JsonSerialization;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/realms/{realm}/passkey-autopilot}: the rollout rule set of the realm (read, replace,
 * evaluate). Refusals are {@link AdminRequestException}s: {@code {"error": ..., "field": ..., "message": ...}}.
 */
public class PasskeyAutopilotAdminResource {

    static final int MAX_BODY_CHARS = 256 * 1024;
    /** Admin events of rule-set changes carry this resource type. */
    static final String RESOURCE_TYPE = "PASSKEY_AUTOPILOT_ROLLOUT";
    private static final RequestBodies.Rules EVALUATE_RULES = new RequestBodies.Rules(MAX_BODY_CHARS, "The request is too large.",
            AdminRequestException.INVALID_REQUEST, null,
            field -> field.startsWith("capabilities") ? "capabilities must map names to true or false." : field + " must be a text.");

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final RolloutStore store;
    private final RolloutGate gate;
    private final UserPasskeys passkeys;

    PasskeyAutopilotAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent,
                                  RolloutStore store, RolloutGate gate, UserPasskeys passkeys) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.store = store;
        this.gate = gate;
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

    /** KPI reports, funnels and experiment readouts (see {@link KpiResource}). */
    @Path("kpi")
    public KpiResource kpi() {
        return new KpiResource(session, realm, auth, gate, passkeys);
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
        // the rule set is returned as stored: its JSON is the rule engine's document (docs/rollout.md), not a view of ours
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
            throw AdminRequestException.tooLarge("The rule set must be at most " + MAX_BODY_CHARS + " characters.");
        }
        String before = store.json(realm);
        String after;
        try {
            after = store.write(store.save(realm, body));
        } catch (RuleSetValidationException e) {
            throw AdminRequestException.badRequest("invalid_rule_set", e.field(), e.problem());
        }
        adminEvent.resource(RESOURCE_TYPE).operation(OperationType.UPDATE)
                .resourcePath(session.getContext().getUri())
                .representation(new Change<>(tree(before), tree(after)))
                .success();
        return Response.ok(after, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * What the rules say for one user and request, feature by feature, with the user's experiment arms: the
     * answer the login pages give for the same user and request.
     */
    @POST
    @Path("rollout/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Evaluation evaluate(String body) {
        auth.realm().requireViewRealm();
        auth.users().requireView();
        RequestBodies.Bound<EvaluateRequest> bound = RequestBodies.read(body, EVALUATE_RULES, EvaluateRequest.class);
        EvaluateRequest request = bound.value().checked();
        UserModel user = findUser(request);
        if (user == null) {
            throw AdminRequestException.notFound("user_not_found", bound.has("userId") ? "userId" : "username", "No such user in this realm.");
        }
        Environment environment = UserAgents.environment(request.userAgent());
        RolloutRequest rolloutRequest = RolloutGate.request(user, environment, request.clientId(), request.appVersion(),
                request.ipAddress(), request.capabilities() == null ? Map.of() : request.capabilities());
        Map<String, FeatureAnswer> features = new LinkedHashMap<>();
        for (Feature feature : Feature.values()) {
            RolloutResult answer = gate.evaluate(realm, feature, rolloutRequest);
            features.put(feature.key(), new FeatureAnswer(answer.allowed(), answer.reason(), answer.matchedRule().orElse(null)));
        }
        List<ExperimentArm> experiments = gate.assignments(realm, user.getId()).stream()
                .map(assignment -> new ExperimentArm(assignment.experiment(), assignment.kind(), assignment.arm()))
                .toList();
        return new Evaluation(user.getId(), features, experiments,
                new EnvironmentView(environment.osFamily(), environment.osVersion(), environment.browserFamily(), environment.browserVersion(),
                        environment.deviceClass()));
    }

    private UserModel findUser(EvaluateRequest request) {
        if (request.userId() != null) {
            UserModel user = session.users().getUserById(realm, request.userId());
            if (user != null) {
                auth.users().requireView(user);
            }
            return user;
        }
        UserModel user = request.username() == null ? null : session.users().getUserByUsername(realm, request.username());
        if (user != null) {
            auth.users().requireView(user);
        }
        return user;
    }

    private static JsonNode tree(String ruleSetJson) {
        try {
            return JsonSerialization.readValue(ruleSetJson, JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException("our own rule set JSON did not parse", e);
        }
    }

    /**
     * The request of {@link #evaluate}: who, and the request the login page would see. Blank texts count as left
     * out; unknown fields are ignored, so a console built for a later version still gets an answer.
     */
    record EvaluateRequest(String userId, String username, String clientId, String userAgent, String appVersion, String ipAddress,
                           Map<String, Boolean> capabilities) {

        static final int MAX_TEXT = 1024;
        static final int MAX_CAPABILITY_NAME = 64;

        EvaluateRequest checked() {
            Map<String, Boolean> known = null;
            if (capabilities != null) {
                known = new HashMap<>();
                for (Map.Entry<String, Boolean> capability : capabilities.entrySet()) {
                    if (capability.getKey().length() > MAX_CAPABILITY_NAME || capability.getValue() == null) {
                        throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, "capabilities." + capability.getKey(),
                                "A capability is a name of at most " + MAX_CAPABILITY_NAME + " characters with true or false.");
                    }
                    known.put(capability.getKey(), capability.getValue());
                }
            }
            return new EvaluateRequest(text("userId", userId), text("username", username), text("clientId", clientId),
                    text("userAgent", userAgent), text("appVersion", appVersion), text("ipAddress", ipAddress), known);
        }

        private static String text(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            if (value.length() > MAX_TEXT) {
                throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, field,
                        field + " must be at most " + MAX_TEXT + " characters.");
            }
            return value;
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Evaluation(String userId, Map<String, FeatureAnswer> features, List<ExperimentArm> experiments, EnvironmentView environment) {
    }

    /** @param rule the rule that decided; left out when none did (the default or the kill switch) */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FeatureAnswer(boolean allowed, String reason, @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExperimentArm(String experiment, String kind, String arm) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EnvironmentView(String osFamily, String osVersion, String browserFamily, String browserVersion, String deviceClass) {
    }
}
