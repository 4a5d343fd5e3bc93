package dev.passkeyautopilot.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.passkeyautopilot.kpi.KpiSettings;
import dev.passkeyautopilot.mfa.RegulatedMode;
import dev.passkeyautopilot.support.MfaResetPolicy;
import dev.passkeyautopilot.support.SetupEmailCooldown;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code /admin/realms/{realm}/passkey-autopilot/settings}: realm-wide settings of the extension:
 * {@code regulatedMode} (passkeys only as a second factor, see docs/second-factor.md), the required actions
 * of "reset MFA", the set-up email cooldown ({@link SetupEmailCooldown}), and the KPI reports' {@code timeZone} and
 * {@code costPerCode} ({@link KpiSettings}, docs/kpi.md).
 */
public class SettingsResource {

    static final String RESOURCE_TYPE = "PASSKEY_AUTOPILOT_SETTINGS";
    private static final String INVALID_SETTINGS = "invalid_settings";
    private static final int MAX_BODY_CHARS = 4096;
    private static final RequestBodies.Rules RULES = new RequestBodies.Rules(MAX_BODY_CHARS,
            "The settings must be at most " + MAX_BODY_CHARS + " characters.", INVALID_SETTINGS,
            field -> "Unknown setting. Known: regulatedMode, mfaResetRequiredActions, setupEmailCooldownSeconds, timeZone, costPerCode.",
            SettingsResource::problem);

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
    public Settings get() {
        auth.realm().requireViewRealm();
        return current();
    }

    /** Replaces the settings; fields left out keep their value. Invalid bodies change nothing. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Settings update(String body) {
        auth.realm().requireManageRealm();
        RequestBodies.Bound<SettingsUpdate> request = RequestBodies.read(body, RULES, SettingsUpdate.class);
        SettingsUpdate update = request.value();
        if (request.has("regulatedMode") && update.regulatedMode() == null) {
            throw invalid("regulatedMode");
        }
        List<String> aliases = update.mfaResetRequiredActions();
        if (aliases != null) {
            for (int i = 0; i < aliases.size(); i++) {
                if (aliases.get(i) == null || realm.getRequiredActionProviderByAlias(aliases.get(i)) == null) {
                    throw invalid("mfaResetRequiredActions[" + i + "]");
                }
            }
        }
        Number cooldown = update.setupEmailCooldownSeconds();
        if (cooldown != null && !((cooldown instanceof Integer || cooldown instanceof Long) && SetupEmailCooldown.valid(cooldown.longValue()))) {
            throw invalid("setupEmailCooldownSeconds");
        }
        ZoneId zone = null;
        if (update.timeZone() != null) {
            zone = KpiSettings.parseZone(update.timeZone()).orElseThrow(() -> invalid("timeZone"));
        }
        BigDecimal cost = null;
        if (update.costPerCode() != null) {
            try {
                cost = new BigDecimal(update.costPerCode().toString());
            } catch (NumberFormatException e) {
                throw invalid("costPerCode");
            }
            if (!KpiSettings.validCostPerCode(cost)) {
                throw invalid("costPerCode");
            }
        }
        Settings before = current();
        if (update.regulatedMode() != null) {
            RegulatedMode.set(realm, update.regulatedMode());
        }
        if (request.has("mfaResetRequiredActions")) {
            MfaResetPolicy.set(realm, aliases == null ? null : List.copyOf(aliases));
        }
        if (request.has("setupEmailCooldownSeconds")) {
            SetupEmailCooldown.set(realm, cooldown == null ? null : cooldown.intValue());
        }
        if (request.has("timeZone")) {
            KpiSettings.timeZone(realm, zone);
        }
        if (request.has("costPerCode")) {
            KpiSettings.costPerCode(realm, cost);
        }
        Settings after = current();
        adminEvent.operation(OperationType.UPDATE).resourcePath(session.getContext().getUri()).representation(new Change<>(before, after))
                .success();
        return after;
    }

    private Settings current() {
        return new Settings(RegulatedMode.isOn(realm), MfaResetPolicy.requiredActions(realm), SetupEmailCooldown.seconds(realm),
                KpiSettings.timeZone(realm).getId(), KpiSettings.costPerCode(realm));
    }

    private static AdminRequestException invalid(String field) {
        return AdminRequestException.badRequest(INVALID_SETTINGS, field, problem(field));
    }

    /** What is wrong with a field of the wrong type or value, by the name (or path) the client sent. */
    private static String problem(String field) {
        if (field.startsWith("mfaResetRequiredActions[")) {
            return "Not a required action of this realm.";
        }
        return switch (field) {
            case "regulatedMode" -> "regulatedMode must be true or false.";
            case "mfaResetRequiredActions" -> "mfaResetRequiredActions must be a list of required-action aliases, or null for the default.";
            case "setupEmailCooldownSeconds" -> "setupEmailCooldownSeconds must be a whole number of seconds from " + SetupEmailCooldown.MIN_SECONDS
                    + " to " + SetupEmailCooldown.MAX_SECONDS + ", or null for the default (" + SetupEmailCooldown.DEFAULT_SECONDS + ").";
            case "timeZone" -> "timeZone must be a time zone name such as Europe/Berlin or UTC, or null for UTC.";
            case "costPerCode" -> "costPerCode must be a number from 0 to " + KpiSettings.MAX_COST_PER_CODE + ", or null for none.";
            default -> "Invalid value.";
        };
    }

    /** The settings as read and written; {@code mfaResetRequiredActions} null means Keycloak's default. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Settings(boolean regulatedMode, List<String> mfaResetRequiredActions, int setupEmailCooldownSeconds, String timeZone,
                           BigDecimal costPerCode) {
    }

    /**
     * A change of the settings. A field left out keeps its value, a null returns to the default; the cooldown is a
     * {@link Number} so that a fraction or a huge number is refused with this field named rather than rounded.
     */
    record SettingsUpdate(Boolean regulatedMode, List<String> mfaResetRequiredActions, Number setupEmailCooldownSeconds, String timeZone,
                          Number costPerCode) {
    }
}
