package dev.passkeyautopilot.format;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class EventFormatsTest {

    private static final Map<String, AuditEvent> EVENTS = Map.of(
            "passkey-login", TestEvents.passkeyLogin(),
            "failed-login", TestEvents.failedLogin(),
            "passkey-created", TestEvents.passkeyCreated(),
            "support-revoke", TestEvents.supportRevoke(),
            "admin-update", TestEvents.adminUpdate());

    @Test
    @DisplayName("Formats are found by their exact lowercase name")
    void byName() {
        assertEquals(List.of("json", "ocsf", "ecs", "cef"), EventFormats.names());
        for (String n : EventFormats.names()) {
            assertEquals(n, EventFormats.byName(n).name());
        }
        assertThrows(IllegalArgumentException.class, () -> EventFormats.byName("CEF"));
        assertThrows(IllegalArgumentException.class, () -> EventFormats.byName("xml"));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @DisplayName("Each format's output for a reference event equals its golden file (docs/siem-guide.md shows them)")
    @CsvSource({
            "passkey-login, json", "passkey-login, ocsf", "passkey-login, ecs", "passkey-login, cef",
            "failed-login, json", "failed-login, ocsf", "failed-login, ecs", "failed-login, cef",
            "passkey-created, ocsf", "support-revoke, ocsf", "admin-update, ocsf", "admin-update, ecs",
            "support-revoke, cef"})
    void golden(String event, String format) throws IOException {
        String actual = EventFormats.byName(format).format(EVENTS.get(event));
        String resource = "/golden/" + event + "." + format + ".txt";
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource + "; actual output:\n" + actual);
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip(), actual);
        }
    }
}
