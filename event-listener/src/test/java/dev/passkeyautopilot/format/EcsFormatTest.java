package dev.passkeyautopilot.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.Category;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class EcsFormatTest {

    private static JsonNode ecs(AuditEvent e) {
        return Json.parse(EventFormats.ECS.format(e));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }

    @Test
    @DisplayName("A login uses ECS field names: @timestamp, event.*, user.*, source.ip, user_agent.original")
    void loginFields() {
        JsonNode n = ecs(TestEvents.passkeyLogin());
        assertEquals("2024-06-10T14:30:00.123Z", n.get("@timestamp").textValue());
        assertEquals("8.11.0", n.at("/ecs/version").textValue());
        assertEquals("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21", n.at("/event/id").textValue());
        assertEquals("event", n.at("/event/kind").textValue());
        assertEquals(List.of("authentication", "session"), strings(n.at("/event/category")));
        assertEquals(List.of("start"), strings(n.at("/event/type")));
        assertEquals("login", n.at("/event/action").textValue());
        assertEquals("LOGIN", n.at("/event/code").textValue());
        assertEquals("success", n.at("/event/outcome").textValue());
        assertEquals(TestEvents.USER_ID, n.at("/user/id").textValue());
        assertEquals("alice", n.at("/user/name").textValue());
        assertEquals("203.0.113.7", n.at("/source/ip").textValue());
        assertEquals("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/126.0.0.0",
                n.at("/user_agent/original").textValue());
        assertEquals("demo", n.at("/passkey_autopilot/realm_name").textValue());
        assertEquals("account-console", n.at("/passkey_autopilot/client_id").textValue());
        assertEquals("passkey_automatic", n.at("/passkey_autopilot/details/pa_login_method").textValue());
    }

    @Test
    @DisplayName("A failed login has outcome failure, the reason and error.code")
    void failedLogin() {
        JsonNode n = ecs(TestEvents.failedLogin());
        assertEquals("failure", n.at("/event/outcome").textValue());
        assertEquals("login-error", n.at("/event/action").textValue());
        assertEquals("bad_signature", n.at("/event/reason").textValue());
        assertEquals("invalid_user_credentials", n.at("/error/code").textValue());
        assertEquals(2, n.at("/event/severity").intValue());
    }

    @Test
    @DisplayName("Credential changes are category iam, type user + change or deletion")
    void accountChanges() {
        assertEquals(List.of("iam"), strings(ecs(TestEvents.passkeyCreated()).at("/event/category")));
        assertEquals(List.of("user", "change"), strings(ecs(TestEvents.passkeyCreated()).at("/event/type")));
        assertEquals(List.of("user", "deletion"), strings(ecs(TestEvents.passkeyRemoved()).at("/event/type")));
    }

    @Test
    @DisplayName("A support action names the agent as user and the account holder as user.target")
    void supportAction() {
        JsonNode n = ecs(TestEvents.supportRevoke());
        assertEquals(TestEvents.AGENT_ID, n.at("/user/id").textValue());
        assertEquals(TestEvents.USER_ID, n.at("/user/target/id").textValue());
        assertEquals("alice", n.at("/user/target/name").textValue());
    }

    @Test
    @DisplayName("Admin events are iam + configuration, type admin + change")
    void admin() {
        JsonNode n = ecs(TestEvents.adminUpdate());
        assertEquals(List.of("iam", "configuration"), strings(n.at("/event/category")));
        assertEquals(List.of("admin", "change"), strings(n.at("/event/type")));
    }

    @Test
    @DisplayName("A value that is not an IP goes to source.address, never to the ip-typed source.ip")
    void nonIp() {
        AuditEvent e = AuditEvent.builder().id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(1).realmId("r")
                .type("LOGIN").category(Category.AUTHENTICATION).ipAddress("not-an-ip").build();
        JsonNode n = ecs(e);
        assertFalse(n.at("/source").has("ip"));
        assertEquals("not-an-ip", n.at("/source/address").textValue());
    }
}
