package dev.passkeyautopilot.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.testing.Cef;
import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostileInputTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "ocsf", "ecs", "cef"})
    @DisplayName("Scripts, quotes, line breaks, control characters, unicode and 100 000-character values give one valid line")
    void hostileValuesStayValid(String name) {
        EventFormat format = EventFormats.byName(name);
        AuditEvent e = TestEvents.hostile(true);
        String out = format.format(e);
        assertFalse(out.contains("\n"), "raw LF");
        assertFalse(out.contains("\r"), "raw CR");
        assertTrue(out.length() > 100_000, "long value kept");
        if (!format.producesJson()) {
            Cef.parse(out);
            return;
        }
        JsonNode n = Json.parse(out); // strict: also rejects trailing content and duplicate keys
        String username = switch (name) {
            case "json" -> n.get("username").textValue();
            case "ocsf" -> n.at("/user/name").textValue();
            default -> n.at("/user/target/name").textValue(); // ecs: pa_actor makes the user the target
        };
        assertEquals(e.username(), username, "value survives exactly");
        assertTrue(out.contains("\\u0000") && out.contains("\\n"), "controls are escaped, not dropped");
    }
}
