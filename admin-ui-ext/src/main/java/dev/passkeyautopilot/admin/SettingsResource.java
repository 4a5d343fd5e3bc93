package dev.passkeyautopilot.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.mfa.RegulatedMode;
import dev.passkeyautopilot.support.MfaResetPolicy;
import dev.passkeyautopilot.support.SetupEmailCooldown;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@code /admin/realms/{realm}/passkey-autopilot/settings}: realm-wide settings of the extension:
 * {@code regulatedMode} (passkeys only as a second factor, see docs/second-factor.md), the required actions
 * of "reset MFA", and the set-up email cooldown ({@link SetupEmailCooldown}).
 */
public class SettingsResource {

    static final String RESOURCE_TYPE = "PASSKEY_AUTOPILOT_SETTINGS";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("regulatedMode", "mfaResetRequiredActions", "setupEmailCooldownSeconds");
    private static final int MAX_BODY_CHARS = 4096;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    SettingsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(RESOURCE_TYPE);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        auth.realm().requireViewRealm();
        return Response.ok(current(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Replaces the settings; fields left out keep their value. Invalid bodies change nothing. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response update(String body) {
        auth.realm().requireManageRealm();
        if (body == null || body.length() > MAX_BODY_CHARS) {
            return AdminErrors.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "request_too_large", null,
                    "The settings must be at most " + MAX_BODY_CHARS + " characters.");
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            return AdminErrors.of(Response.Status.BAD_REQUEST, "invalid_settings", null, "The body is not JSON.");
        }
        if (request == null || !request.isObject()) {
            return AdminErrors.of(Response.Status.BAD_REQUEST, "invalid_settings", null, "The body must be a JSON object.");
        }
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return AdminErrors.of(Response.Status.BAD_REQUEST, "invalid_settings", name,
                        "Unknown setting. Known: " + String.join(", ", FIELDS) + ".");
            }
        }
        JsonNode regulated = request.get("regulatedMode");
        if (regulated != null && !regulated.isBoolean()) {
            return AdminErrors.of(Response.Status.BAD_REQUEST, "invalid_settings", "regulatedMode",
                    "regulatedMode must be true or false.");
        }
        JsonNode resetActions = request.get("mfaResetRequiredActions");
        List<String> aliases = null;
        if (resetActions != null && !resetActions.isNull()) {
            if (!resetActions.isArray()) {
                return AdminErrors.of(Response.Status.BAD_REQUEST, "invalid_settings", "mfaResetRequiredActions",
                        "mfaResetRequiredActions must be a list of required-action aliases, or null for the default.");
            }
            aliases = new ArrayList<>();
            for (int i = 0; i < resetActions.size(); i++) {
                JsonNode alias = resetActions.get(i);
                if (!alias.isTextual() || realm.getRequiredActionProviderByAlias(alias.asText()) == null) {
                    return AdminErrors.of(Response.Status.BAD_REQUEST, "invalid_settings", "mfaResetRequiredActions[" + i + "]",
                            "Not a required action of this realm.");
                }
                aliases.add(alias.asText());
            }
        }
        JsonNode cooldown = request.get("setupEmailCooldownSeconds");
        if (cooldown != null && !cooldown.isNull()
                && !(cooldown.isIntegralNumber() && cooldown.canConvertToLong() && SetupEmailCooldown.valid(cooldown.longValue()))) {
            return AdminErrors.of(Response.Status.BAD_REQUEST, "invalid_settings", "setupEmailCooldownSeconds",
                    "setupEmailCooldownSeconds must be a whole number of seconds from " + SetupEmailCooldown.MIN_SECONDS + " to "
                            + SetupEmailCooldown.MAX_SECONDS + ", or null for the default (" + SetupEmailCooldown.DEFAULT_SECONDS + ").");
        }
        ObjectNode before = current();
        if (regulated != null) {
            RegulatedMode.set(realm, regulated.booleanValue());
        }
        if (request.has("mfaResetRequiredActions")) {
            MfaResetPolicy.set(realm, aliases);
        }
        if (cooldown != null) {
            SetupEmailCooldown.set(realm, cooldown.isNull() ? null : cooldown.intValue());
        }
        ObjectNode after = current();
        ObjectNode change = JSON.createObjectNode();
        change.set("before", before);
        change.set("after", after);
        adminEvent.operation(OperationType.UPDATE).resourcePath(session.getContext().getUri()).representation(change).success();
        return Response.ok(after, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private ObjectNode current() {
        ObjectNode settings = JSON.createObjectNode();
        settings.put("regulatedMode", RegulatedMode.isOn(realm));
        List<String> resetActions = MfaResetPolicy.requiredActions(realm);
        if (resetActions == null) {
            settings.putNull("mfaResetRequiredActions");
        } else {
            resetActions.forEach(settings.putArray("mfaResetRequiredActions")::add);
        }
        settings.put("setupEmailCooldownSeconds", SetupEmailCooldown.seconds(realm));
        return settings;
    }
}
