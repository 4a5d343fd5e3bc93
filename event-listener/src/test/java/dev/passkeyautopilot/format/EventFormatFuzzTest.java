package dev.passkeyautopilot.format;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.Category;
import dev.passkeyautopilot.audit.Outcome;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.sink.syslog.SyslogMessage;
import dev.passkeyautopilot.testing.Cef;
import dev.passkeyautopilot.testing.Rfc5424;
import dev.passkeyautopilot.testing.TestEvents;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Usernames, client ids, error texts and event detail keys and values reach the SIEM formats from users and clients.
 * Whatever they hold, every format must give one well-formed record: JSON that the strict reader parses back, a CEF
 * line the strict CEF parser reads (no unescaped '|', '=' or line break where CEF forbids them), and an RFC 5424
 * frame the strict syslog parser reads, also when the frame is cut to a size limit. The formats declare no failure.
 */
class EventFormatFuzzTest {

    private static final int MIN_FRAME_BYTES = 1024;
    private static final List<String> TYPES = List.of("LOGIN", "LOGIN_ERROR", "UPDATE_CREDENTIAL", "REMOVE_CREDENTIAL",
            "ADMIN_UPDATE", "PASSKEY_AUTOPILOT_SUPPORT");
    private static final List<String> KNOWN_DETAIL_KEYS = List.of("pa_login_method", "pa_reason", "pa_actor",
            "pa_support_reason", "credential_type", "credential_id", "user_agent", "pa_os", "pa_browser",
            "public_key_credential_aaguid", "operation_type", "resource_path");

    @FuzzTest(maxDuration = "5m")
    void hostileEventGivesWellFormedRecordsInEveryFormat(FuzzedDataProvider data) {
        AuditEvent event = hostileEvent(data);
        for (String name : EventFormats.names()) {
            EventFormat format = EventFormats.byName(name);
            String out = format.format(event);
            assertFalse(out.indexOf('\n') >= 0 || out.indexOf('\r') >= 0, name + ": raw line break");
            if (format.producesJson()) {
                JsonNode parsed = Json.parse(out);
                assertTrue(parsed.isObject(), name);
            } else {
                Cef.parse(out);
            }
            // the range SyslogSettings accepts for maxDatagramBytes
            int maxBytes = data.consumeBoolean() ? 0 : data.consumeInt(MIN_FRAME_BYTES, 65_000);
            byte[] frame = SyslogMessage.encode(event, out, data.consumeInt(0, 23), "kc-1.example.com", "keycloak", "-", maxBytes);
            if (maxBytes > 0) {
                assertTrue(frame.length <= maxBytes, name + ": frame of " + frame.length + " bytes for a limit of " + maxBytes);
            }
            Rfc5424.Message message = Rfc5424.parse(frame);
            assertEquals(event.type().length() > 32 ? event.type().substring(0, 32) : event.type(), message.msgId());
        }
    }

    private static AuditEvent hostileEvent(FuzzedDataProvider data) {
        AuditEvent.Builder b = AuditEvent.builder()
                .id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(data.consumeLong(0, 4_102_444_800_000L))
                .realmId(TestEvents.REALM_ID).realmName(data.consumeString(64))
                .type(data.pickValue(TYPES)).category(data.pickValue(Category.values())).outcome(data.pickValue(Outcome.values()))
                .userId(data.consumeBoolean() ? TestEvents.USER_ID : null)
                .username(data.consumeBoolean() ? data.consumeString(256) : null)
                .clientId(data.consumeBoolean() ? data.consumeString(128) : null)
                .ipAddress(data.consumeBoolean() ? data.consumeString(64) : null)
                .error(data.consumeBoolean() ? data.consumeString(128) : null);
        int details = data.consumeInt(0, 8);
        for (int i = 0; i < details; i++) {
            String key = data.consumeBoolean() ? data.pickValue(KNOWN_DETAIL_KEYS) : data.consumeString(64);
            b.detail(key, data.consumeString(512));
        }
        return b.build();
    }
}
