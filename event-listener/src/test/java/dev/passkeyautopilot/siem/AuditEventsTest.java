package dev.passkeyautopilot.siem;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.Category;
import dev.passkeyautopilot.audit.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditEventsTest {

    private static Event event(EventType type, String error) {
        Event event = new Event();
        event.setId(UUID.randomUUID().toString());
        event.setTime(1_732_400_000_000L);
        event.setType(type);
        event.setRealmId("realm-id");
        event.setUserId("user-id");
        event.setError(error);
        event.setDetails(Map.of("username", "alice", "pa_reason", "bad_signature"));
        return event;
    }

    @Test
    @DisplayName("Logins and their errors stream as authentication events, credential changes as account changes, the rest not at all")
    void keycloakEventsByCategory() {
        AuditEvent failed = AuditEvents.of(event(EventType.LOGIN_ERROR, "invalid_user_credentials"), "demo").orElseThrow();
        assertEquals(Category.AUTHENTICATION, failed.category());
        assertEquals(Outcome.FAILURE, failed.outcome());
        assertEquals("alice", failed.username());
        assertEquals("bad_signature", failed.detail("pa_reason"));
        assertEquals(Category.ACCOUNT_CHANGE, AuditEvents.of(event(EventType.REMOVE_CREDENTIAL, null), "demo").orElseThrow().category());
        assertTrue(AuditEvents.of(event(EventType.CODE_TO_TOKEN, null), "demo").isEmpty(), "token exchanges are not audit events here");
    }

    @Test
    @DisplayName("Admin events stream only for users' credentials and our own resources, with the actor")
    void adminEventsOfCredentialsAndOurs() {
        AdminEvent removal = new AdminEvent();
        removal.setId(UUID.randomUUID().toString());
        removal.setTime(1L);
        removal.setRealmId("realm-id");
        removal.setOperationType(OperationType.DELETE);
        removal.setResourceTypeAsString("USER");
        removal.setResourcePath("users/u-1/credentials/c-1");
        AuthDetails actor = new AuthDetails();
        actor.setUserId("agent-1");
        actor.setRealmId("realm-id");
        removal.setAuthDetails(actor);
        AuditEvent audit = AuditEvents.of(removal, "demo").orElseThrow();
        assertEquals("ADMIN_DELETE", audit.type());
        assertEquals("u-1", audit.userId());
        assertEquals("agent-1", audit.detail("pa_actor"));

        AdminEvent clientChange = new AdminEvent();
        clientChange.setId(UUID.randomUUID().toString());
        clientChange.setRealmId("realm-id");
        clientChange.setOperationType(OperationType.UPDATE);
        clientChange.setResourceTypeAsString("CLIENT");
        clientChange.setResourcePath("clients/c-1");
        assertTrue(AuditEvents.of(clientChange, "demo").isEmpty());
    }
}
