package dev.passkeyautopilot.siem;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.Category;
import dev.passkeyautopilot.audit.Outcome;
import dev.passkeyautopilot.operation.PasskeyOperationEntity;
import dev.passkeyautopilot.operation.PasskeyOperationEvent;
import dev.passkeyautopilot.vocabulary.EventDetail;
import dev.passkeyautopilot.webauthn.FailureReason;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.passkeyautopilot.vocabulary.Outcome.promptDidNotWork;

/**
 * Which Keycloak events go to the audit stream, and how they read as {@link AuditEvent}s: logins and
 * credential changes from Keycloak, admin changes to users' credentials and our own admin resources, and our
 * passkey operations (decisions and outcomes, which Keycloak's events do not carry).
 */
final class AuditEvents {

    private static final Set<EventType> AUTHENTICATION = Set.of(EventType.LOGIN, EventType.LOGIN_ERROR, EventType.LOGOUT,
            EventType.LOGOUT_ERROR, EventType.CODE_TO_TOKEN_ERROR);
    private static final Set<EventType> ACCOUNT_CHANGE = Set.of(EventType.UPDATE_CREDENTIAL, EventType.UPDATE_CREDENTIAL_ERROR,
            EventType.REMOVE_CREDENTIAL, EventType.REMOVE_CREDENTIAL_ERROR, EventType.UPDATE_PASSWORD, EventType.UPDATE_PASSWORD_ERROR,
            EventType.UPDATE_TOTP, EventType.REMOVE_TOTP, EventType.CUSTOM_REQUIRED_ACTION, EventType.CUSTOM_REQUIRED_ACTION_ERROR,
            EventType.EXECUTE_ACTIONS, EventType.EXECUTE_ACTIONS_ERROR, EventType.RESET_PASSWORD, EventType.RESET_PASSWORD_ERROR);

    private AuditEvents() {
    }

    static Optional<AuditEvent> of(Event event, String realmName) {
        Category category = AUTHENTICATION.contains(event.getType()) ? Category.AUTHENTICATION
                : ACCOUNT_CHANGE.contains(event.getType()) ? Category.ACCOUNT_CHANGE : null;
        if (category == null) {
            return Optional.empty();
        }
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        return Optional.of(AuditEvent.builder()
                .id(uuid(event.getId()))
                .time(event.getTime())
                .realmId(event.getRealmId())
                .realmName(realmName)
                .type(event.getType().name())
                .category(category)
                .outcome(event.getError() == null ? Outcome.SUCCESS : Outcome.FAILURE)
                .error(event.getError())
                .userId(event.getUserId())
                .username(details.get("username"))
                .sessionId(event.getSessionId())
                .clientId(event.getClientId())
                .ipAddress(event.getIpAddress())
                .details(details)
                .build());
    }

    /** Admin changes to users' credentials (Keycloak's admin API) and to our own resources (support actions, settings). */
    static Optional<AuditEvent> of(AdminEvent event, String realmName) {
        String resourceType = event.getResourceTypeAsString();
        String path = event.getResourcePath() == null ? "" : event.getResourcePath();
        boolean ours = resourceType != null && resourceType.startsWith("PASSKEY_AUTOPILOT");
        boolean credentials = "USER".equals(resourceType) && (path.contains("/credentials") || path.endsWith("/reset-password")
                || path.endsWith("/execute-actions-email"));
        if (!ours && !credentials) {
            return Optional.empty();
        }
        AuditEvent.Builder builder = AuditEvent.builder()
                .id(uuid(event.getId()))
                .time(event.getTime())
                .realmId(event.getRealmId())
                .realmName(realmName)
                .type("ADMIN_" + event.getOperationType().name())
                .category(ours && resourceType.endsWith("SUPPORT") || credentials ? Category.ACCOUNT_CHANGE : Category.ADMIN)
                .outcome(event.getError() == null ? Outcome.SUCCESS : Outcome.FAILURE)
                .error(event.getError())
                .detail("resource_type", resourceType)
                .detail("resource_path", path);
        if (event.getAuthDetails() != null) {
            builder.detail(EventDetail.ACTOR.key(), event.getAuthDetails().getUserId())
                    .detail(EventDetail.ACTOR_REALM.key(), event.getAuthDetails().getRealmId())
                    .clientId(event.getAuthDetails().getClientId())
                    .ipAddress(event.getAuthDetails().getIpAddress());
        }
        userIdOf(path).ifPresent(builder::userId);
        if (event.getRepresentation() != null && ours) {
            // our representations carry the action and the agent's reason; secrets never appear in them
            builder.detail("representation", event.getRepresentation());
        }
        return Optional.of(builder.build());
    }

    /** A passkey operation started (the decision) or ended (the outcome). */
    static AuditEvent of(PasskeyOperationEvent event, String realmName) {
        PasskeyOperationEntity operation = event.operation();
        boolean started = event.phase() == PasskeyOperationEvent.Phase.STARTED;
        String outcome = operation.getOutcome();
        // The stream has reported a prompt left for the password or another factor as a failed operation since the
        // first release, as the learning counts it; SIEM rules rely on that.
        boolean failure = !started && promptDidNotWork(outcome);
        AuditEvent.Builder builder = AuditEvent.builder()
                .id(UUID.randomUUID().toString())
                .time(System.currentTimeMillis())
                .realmId(operation.getRealmId())
                .realmName(realmName)
                .type("PASSKEY_" + operation.getKind().toUpperCase(Locale.ROOT) + (started ? "_DECIDED" : "_ENDED"))
                .category(Category.AUTHENTICATION)
                .outcome(failure ? Outcome.FAILURE : Outcome.SUCCESS)
                .error(failure ? outcome : null)
                .userId(operation.getUserId())
                .detail(EventDetail.OPERATION_ID.key(), operation.getId())
                .detail(EventDetail.OPERATION_KIND.key(), operation.getKind())
                .detail(EventDetail.DECISION.key(), operation.getDecision())
                .detail(EventDetail.DECISION_REASONS.key(), operation.getDecisionReasons())
                .detail(EventDetail.AUTOMATIC.key(), Boolean.toString(operation.isAutomatic()))
                .detail(EventDetail.OS.key(), join(operation.getOsFamily(), operation.getOsVersion()))
                .detail(EventDetail.BROWSER.key(), join(operation.getBrowserFamily(), operation.getBrowserVersion()))
                .detail(EventDetail.DEVICE_CLASS.key(), operation.getDeviceClass())
                .detail(EventDetail.EXPERIMENTS.key(), event.experiments());
        if (!started) {
            builder.detail(EventDetail.OUTCOME.key(), outcome)
                    .detail(EventDetail.DURATION_MS.key(), operation.getDurationMs() == null ? null : Long.toString(operation.getDurationMs()))
                    .detail(Details.CREDENTIAL_ID, operation.getCredentialId());
            if (FailureReason.COUNTER_REGRESSED.code().equals(outcome)) {
                builder.detail(EventDetail.POSSIBLE_CLONE.key(), "true");
            }
        } else if (operation.getDecisionMicros() != null) {
            builder.detail(EventDetail.DECISION_MICROS.key(), Integer.toString(operation.getDecisionMicros()));
        }
        return builder.build();
    }

    private static Optional<String> userIdOf(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if ("users".equals(parts[i])) {
                return Optional.of(parts[i + 1]);
            }
        }
        return Optional.empty();
    }

    /** Keycloak's event ids are UUIDs; anything else (a custom event store) gets a fresh one. */
    private static String uuid(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (RuntimeException e) {
            return UUID.randomUUID().toString();
        }
    }

    private static String join(String family, String version) {
        if (family == null) {
            return null;
        }
        return version == null || version.isBlank() ? family : family + " " + version;
    }
}
