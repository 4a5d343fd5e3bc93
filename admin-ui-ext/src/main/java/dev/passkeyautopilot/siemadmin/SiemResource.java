package dev.passkeyautopilot.siemadmin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.AuditEventJson;
import dev.passkeyautopilot.audit.AuditEventJsonException;
import dev.passkeyautopilot.admin.AdminRequestException;
import dev.passkeyautopilot.admin.Change;
import dev.passkeyautopilot.admin.RequestBodies;
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
import org.keycloak.Config;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.util.LinkedHashMap;
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
    private static final int MAX_REPLAY_IDS = 10_000;
    private static final int ROW_ID_LENGTH = 36;
    private static final String SEND_IDS_OR_ALL = "Send {\"ids\": [...]} or {\"all\": true}.";
    private static final RequestBodies.Rules REPLAY_RULES = new RequestBodies.Rules(MAX_BODY_CHARS, SEND_IDS_OR_ALL,
            AdminRequestException.INVALID_REQUEST, null, field -> field.startsWith("ids") ? "ids must be row ids." : SEND_IDS_OR_ALL,
            SEND_IDS_OR_ALL);

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
    public JsonNode get() {
        requireAdmin();
        return sinks().configs(session, realm.getId()).write(true);
    }

    /**
     * Replaces the sinks. A secret left out, or sent back masked, keeps its stored value; an invalid document
     * answers 400 naming the field and changes nothing.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode put(String body) {
        requireRealmManager();
        if (body == null || body.length() > MAX_BODY_CHARS) {
            throw AdminRequestException.tooLarge("The configuration is too large.");
        }
        RealmSinks sinks = sinks();
        SinkConfigs before = sinks.configs(session, realm.getId());
        SinkConfigs after;
        try {
            after = SinkConfigs.parse(body).merge(before);
            SiemEventListenerProviderFactory.fileSinkPolicy(session).check(after, realm.getId());
            after.checkDestinations(SiemEventListenerProviderFactory.destinationPolicy(session));
        } catch (SinkConfigException e) {
            throw AdminRequestException.badRequest("invalid_sinks", e.field(), e.problem());
        }
        sinks.store().write(session, realm.getId(), after.write(false).toString());
        sinks.forget(realm.getId());
        adminEvent.resource(RESOURCE_TYPE).operation(OperationType.UPDATE).resourcePath(session.getContext().getUri())
                .representation(new Change<>(before.write(true), after.write(true))).success();
        return after.write(true);
    }

    /** Rows by delivery status for this realm, everything waiting, and what the relay of the node that answers did. */
    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public DeliveryStatus status() {
        requireAdmin();
        OutboxStore store = new OutboxStore(session);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of(OutboxEntity.PENDING, OutboxEntity.DELIVERED, OutboxEntity.DEAD)) {
            counts.put(status.toLowerCase(), 0L);
        }
        for (Map.Entry<String, Long> entry : store.countsByStatus(realm.getId()).entrySet()) {
            counts.put(entry.getKey().toLowerCase(), entry.getValue());
        }
        Long backlog = null;
        Relay relay = null;
        if (serverAdmin()) {
            backlog = store.backlog();
            RelayStatus status = SiemEventListenerProviderFactory.relayStatus(session);
            relay = new Relay(status.node(), status.running(), status.delivered(), status.failedAttempts(), status.lastRoundAt(),
                    status.leaseMillis());
        }
        // where this realm's file sinks may write on this server
        String fileDirectory = SiemEventListenerProviderFactory.fileSinkPolicy(session).realmDirectory(realm.getId()).toString();
        return new DeliveryStatus(counts, backlog, relay, fileDirectory);
    }

    @GET
    @Path("dead-letters")
    @Produces(MediaType.APPLICATION_JSON)
    public DeadLetters deadLetters(@QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        requireAdmin();
        int from = first == null ? 0 : first;
        int size = max == null ? 100 : max;
        if (from < 0 || size < 1 || size > MAX_PAGE) {
            throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, from < 0 ? "first" : "max",
                    "first must be 0 or more, max between 1 and " + MAX_PAGE + ".");
        }
        List<DeadLetter> rows = new OutboxStore(session).deadLetters(realm.getId(), from, size).stream().map(SiemResource::deadLetter).toList();
        return new DeadLetters(rows);
    }

    /** {@code {"ids": [...]}} puts those dead letters back in line, {@code {"all": true}} all of the realm's. */
    @POST
    @Path("dead-letters/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Replayed replay(String body) {
        requireAdmin();
        if (body == null || body.length() > MAX_BODY_CHARS) {
            throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, null, SEND_IDS_OR_ALL);
        }
        ReplayRequest request = RequestBodies.read(body, REPLAY_RULES, ReplayRequest.class).value();
        List<String> ids;
        if (Boolean.TRUE.equals(request.all())) {
            ids = null;
        } else if (request.ids() != null && request.ids().size() <= MAX_REPLAY_IDS) {
            for (String id : request.ids()) {
                if (id == null || id.length() > ROW_ID_LENGTH) {
                    throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, "ids", "ids must be row ids.");
                }
            }
            ids = request.ids();
        } else {
            throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, "ids", SEND_IDS_OR_ALL);
        }
        Replayed result = new Replayed(new OutboxStore(session).replay(realm.getId(), ids));
        adminEvent.resource(RESOURCE_TYPE).operation(OperationType.ACTION).resourcePath(session.getContext().getUri())
                .representation(result).success();
        return result;
    }

    private static DeadLetter deadLetter(OutboxEntity row) {
        String type = null;
        String userId = null;
        try {
            AuditEvent event = AuditEventJson.read(row.getPayload());
            type = event.type();
            userId = event.userId();
        } catch (AuditEventJsonException e) {
            // a payload we cannot read is still listed, so it can be replayed or looked into
        }
        return new DeadLetter(row.getId(), row.getEventId(), row.getSink(), row.getCreatedAt(), row.getAttempts(), row.getLastError(), type, userId);
    }

    /** The master realm's {@code admin} role: what spans realms is not for one realm's administrators. */
    private boolean serverAdmin() {
        AdminAuth admin = auth.adminAuth();
        return Config.getAdminRealm().equals(admin.getRealm().getName()) && admin.hasRealmRole(AdminRoles.ADMIN);
    }

    private RealmSinks sinks() {
        return SiemEventListenerProviderFactory.realmSinks(session);
    }

    private void requireAdmin() {
        if (!SupportRoles.has(auth, realm, SupportRoles.ADMIN)) {
            throw AdminRequestException.forbidden(
                    "You need the " + SupportRoles.ADMIN + " role of the " + SupportRoles.CLIENT_ID + " client, or realm administration, for this.");
        }
    }

    private void requireRealmManager() {
        if (!auth.realm().canManageRealm()) {
            throw AdminRequestException.forbidden("You need the manage-realm role of realm-management (realm administration) to change sinks.");
        }
    }

    /** {@code {"ids": [...]}} or {@code {"all": true}}; other fields are ignored. */
    record ReplayRequest(Boolean all, List<String> ids) {
    }

    /**
     * @param realm   rows of this realm by delivery status (lower case)
     * @param backlog everything waiting, all realms: only for the master realm's admins
     * @param relay   the relay of the node that answers: only for the master realm's admins
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DeliveryStatus(Map<String, Long> realm, @JsonInclude(JsonInclude.Include.NON_NULL) Long backlog,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Relay relay, String fileDirectory) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Relay(String node, boolean running, long delivered, long failedAttempts, long lastRoundAt, long leaseMillis) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DeadLetters(List<DeadLetter> deadLetters) {
    }

    /** @param type the audit event's type, null when its payload cannot be read */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DeadLetter(String id, String eventId, String sink, long created, int attempts, String lastError, String type, String userId) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Replayed(int replayed) {
    }
}
