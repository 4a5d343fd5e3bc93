package dev.passkeyautopilot.siemadmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.AuditEventJson;
import dev.passkeyautopilot.admin.AdminErrors;
import dev.passkeyautopilot.outbox.OutboxEntity;
import dev.passkeyautopilot.outbox.OutboxStore;
import dev.passkeyautopilot.siem.RealmSinks;
import dev.passkeyautopilot.siem.RelayStatus;
import dev.passkeyautopilot.siem.SiemEventListenerProviderFactory;
import dev.passkeyautopilot.sink.config.SinkConfigException;
import dev.passkeyautopilot.sink.config.SinkConfigs;
import dev.passkeyautopilot.support.SupportRoles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.Config;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/realms/{realm}/passkey-autopilot/siem}: the realm's audit sinks (secrets write-only), the
 * delivery status, and the dead letters with their replay. Reading, status, dead letters and replay: support
 * admins ({@code support-admin}) and realm administrators. Changing the sinks: only who may manage the realm
 * ({@code manage-realm} of {@code realm-management}, which {@code realm-admin} includes), because a sink decides
 * where Keycloak connects and which files it writes, and where the realm's audit trail goes.
 */
public class SiemResource {

    static final String RESOURCE_TYPE = "PASSKEY_AUTOPILOT_SIEM";
    private static final int MAX_BODY_CHARS = 32_000;
    private static final int MAX_PAGE = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public SiemResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    /** The sinks, every secret masked. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        Response refused = refuseUnlessAdmin();
        if (refused != null) {
            return refused;
        }
        return Response.ok(sinks().configs(session, realm.getId()).write(true), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Replaces the sinks. A secret left out, or sent back masked, keeps its stored value; an invalid document
     * answers 400 naming the field and changes nothing.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(String body) {
        Response refused = refuseUnlessRealmManager();
        if (refused != null) {
            return refused;
        }
        if (body == null || body.length() > MAX_BODY_CHARS) {
            return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "request_too_large", null, "The configuration is too large.");
        }
        RealmSinks sinks = sinks();
        SinkConfigs before = sinks.configs(session, realm.getId());
        SinkConfigs after;
        try {
            after = SinkConfigs.parse(body).merge(before);
            SiemEventListenerProviderFactory.fileSinkPolicy(session).check(after, realm.getId());
            after.checkDestinations(SiemEventListenerProviderFactory.destinationPolicy(session));
        } catch (SinkConfigException e) {
            return error(Response.Status.BAD_REQUEST, "invalid_sinks", e.field(), e.problem());
        }
        sinks.store().write(session, realm.getId(), after.write(false).toString());
        sinks.forget(realm.getId());
        ObjectNode change = JSON.createObjectNode();
        change.set("before", before.write(true));
        change.set("after", after.write(true));
        adminEvent.resource(RESOURCE_TYPE).operation(OperationType.UPDATE).resourcePath(session.getContext().getUri())
                .representation(change).success();
        return Response.ok(after.write(true), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Rows by delivery status for this realm, everything waiting, and what the relay of the node that answers did. */
    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status() {
        Response refused = refuseUnlessAdmin();
        if (refused != null) {
            return refused;
        }
        OutboxStore store = new OutboxStore(session);
        ObjectNode result = JSON.createObjectNode();
        ObjectNode counts = result.putObject("realm");
        for (String status : List.of(OutboxEntity.PENDING, OutboxEntity.DELIVERED, OutboxEntity.DEAD)) {
            counts.put(status.toLowerCase(), 0);
        }
        for (Map.Entry<String, Long> entry : store.countsByStatus(realm.getId()).entrySet()) {
            counts.put(entry.getKey().toLowerCase(), entry.getValue());
        }
        if (serverAdmin()) {
            result.put("backlog", store.backlog());
            RelayStatus relay = SiemEventListenerProviderFactory.relayStatus(session);
            ObjectNode node = result.putObject("relay");
            node.put("node", relay.node()).put("running", relay.running()).put("delivered", relay.delivered())
                    .put("failedAttempts", relay.failedAttempts()).put("lastRoundAt", relay.lastRoundAt())
                    .put("leaseMillis", relay.leaseMillis());
        }
        // where this realm's file sinks may write on this server
        result.put("fileDirectory", SiemEventListenerProviderFactory.fileSinkPolicy(session).realmDirectory(realm.getId()).toString());
        return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("dead-letters")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deadLetters(@QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        Response refused = refuseUnlessAdmin();
        if (refused != null) {
            return refused;
        }
        int from = first == null ? 0 : first;
        int size = max == null ? 100 : max;
        if (from < 0 || size < 1 || size > MAX_PAGE) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", from < 0 ? "first" : "max",
                    "first must be 0 or more, max between 1 and " + MAX_PAGE + ".");
        }
        ArrayNode rows = JSON.createArrayNode();
        for (OutboxEntity row : new OutboxStore(session).deadLetters(realm.getId(), from, size)) {
            ObjectNode node = rows.addObject();
            node.put("id", row.getId());
            node.put("eventId", row.getEventId());
            node.put("sink", row.getSink());
            node.put("created", row.getCreatedAt());
            node.put("attempts", row.getAttempts());
            node.put("lastError", row.getLastError());
            try {
                AuditEvent event = AuditEventJson.read(row.getPayload());
                node.put("type", event.type());
                node.put("userId", event.userId());
            } catch (RuntimeException e) {
                node.putNull("type");
            }
        }
        ObjectNode result = JSON.createObjectNode();
        result.set("deadLetters", rows);
        return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** {@code {"ids": [...]}} puts those dead letters back in line, {@code {"all": true}} all of the realm's. */
    @POST
    @Path("dead-letters/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response replay(String body) {
        Response refused = refuseUnlessAdmin();
        if (refused != null) {
            return refused;
        }
        JsonNode request;
        try {
            request = body == null || body.length() > MAX_BODY_CHARS ? null : JSON.readTree(body);
        } catch (IOException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", null, "Send {\"ids\": [...]} or {\"all\": true}.");
        }
        List<String> ids = null;
        if (request.path("all").asBoolean(false)) {
            ids = null;
        } else if (request.path("ids").isArray() && request.path("ids").size() <= 10_000) {
            ids = new ArrayList<>();
            for (JsonNode id : request.path("ids")) {
                if (!id.isTextual() || id.asText().length() > 36) {
                    return error(Response.Status.BAD_REQUEST, "invalid_request", "ids", "ids must be row ids.");
                }
                ids.add(id.asText());
            }
        } else {
            return error(Response.Status.BAD_REQUEST, "invalid_request", "ids", "Send {\"ids\": [...]} or {\"all\": true}.");
        }
        int replayed = new OutboxStore(session).replay(realm.getId(), ids);
        ObjectNode result = JSON.createObjectNode().put("replayed", replayed);
        adminEvent.resource(RESOURCE_TYPE).operation(OperationType.ACTION).resourcePath(session.getContext().getUri())
                .representation(result).success();
        return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The master realm's {@code admin} role: what spans realms is not for one realm's administrators. */
    private boolean serverAdmin() {
        AdminAuth admin = auth.adminAuth();
        return Config.getAdminRealm().equals(admin.getRealm().getName()) && admin.hasRealmRole(AdminRoles.ADMIN);
    }

    private RealmSinks sinks() {
        return SiemEventListenerProviderFactory.realmSinks(session);
    }

    private Response refuseUnlessAdmin() {
        if (!SupportRoles.has(auth, realm, SupportRoles.ADMIN)) {
            return error(Response.Status.FORBIDDEN, "forbidden", null,
                    "You need the " + SupportRoles.ADMIN + " role of the " + SupportRoles.CLIENT_ID + " client, or realm administration, for this.");
        }
        return null;
    }

    private Response refuseUnlessRealmManager() {
        if (!auth.realm().canManageRealm()) {
            return error(Response.Status.FORBIDDEN, "forbidden", null,
                    "You need the manage-realm role of realm-management (realm administration) to change sinks.");
        }
        return null;
    }

    private static Response error(Response.Status status, String code, String field, String message) {
        return AdminErrors.of(status, code, field, message);
    }
}
