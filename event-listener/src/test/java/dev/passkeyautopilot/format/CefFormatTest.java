package dev.passkeyautopilot.format;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.Category;
import dev.passkeyautopilot.testing.Cef;
import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CefFormatTest {

    private static Cef.Parsed cef(AuditEvent e) {
        return Cef.parse(EventFormats.CEF.format(e));
    }

    @Test
    @DisplayName("The header is CEF:0|Passkey Autopilot|Keycloak extension|version|event type|name|severity")
    void header() {
        Cef.Parsed p = cef(TestEvents.failedLogin());
        assertEquals("Passkey Autopilot", p.vendor());
        assertEquals("Keycloak extension", p.product());
        assertEquals(Product.VERSION, p.deviceVersion());
        assertEquals("LOGIN_ERROR", p.signatureId());
        assertEquals("LOGIN_ERROR invalid_user_credentials (bad_signature)", p.name());
        assertEquals(3, p.severity());
        assertTrue(EventFormats.CEF.format(TestEvents.failedLogin())
                .startsWith("CEF:0|Passkey Autopilot|Keycloak extension|" + Product.VERSION + "|LOGIN_ERROR|"));
    }

    @Test
    @DisplayName("Extension keys: externalId, rt, suser, suid, src, outcome and labelled custom strings")
    void extension() {
        Map<String, String> x = cef(TestEvents.passkeyLogin()).extension();
        assertEquals("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21", x.get("externalId"));
        assertEquals(Long.toString(TestEvents.TIME), x.get("rt"));
        assertEquals("alice", x.get("suser"));
        assertEquals(TestEvents.USER_ID, x.get("suid"));
        assertEquals("203.0.113.7", x.get("src"));
        assertEquals("success", x.get("outcome"));
        assertEquals("AUTHENTICATION", x.get("cat"));
        assertEquals("realm", x.get("cs1Label"));
        assertEquals("demo", x.get("cs1"));
        assertEquals("clientId", x.get("cs2Label"));
        assertEquals("account-console", x.get("cs2"));
        assertEquals("loginMethod", x.get("cs5Label"));
        assertEquals("passkey_automatic", x.get("cs5"));
        assertEquals("amr", x.get("cs6Label"));
        assertEquals("hwk,user,mfa", x.get("cs6"));
        assertEquals("eventId", x.get("flexString1Label"));
        assertEquals("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21", x.get("flexString1"));
        assertEquals("auto_passkey", x.get("pa_decision"));
        assertEquals("webauthn-passwordless", x.get("kc_credential_type"));
        assertTrue(x.get("requestClientApplication").startsWith("Mozilla/5.0"));
    }

    @Test
    @DisplayName("Header values escape backslash and pipe; line breaks in the header become spaces")
    void headerEscaping() {
        assertEquals("a\\|b\\\\c d e", CefFormat.header("a|b\\c\nd\re"));
    }

    @Test
    @DisplayName("Extension values escape backslash and equals, and encode line breaks as \\n and \\r")
    void extensionEscaping() {
        assertEquals("a\\=b\\\\c\\nd\\re|f", CefFormat.extensionValue("a=b\\c\nd\re|f"));
    }

    @Test
    @DisplayName("Hostile values survive a strict CEF parser unchanged except control characters (spaces)")
    void hostileRoundTrip() {
        AuditEvent e = TestEvents.hostile(true);
        String line = EventFormats.CEF.format(e);
        assertFalse(line.contains("\n"));
        Cef.Parsed p = Cef.parse(line);
        String expected = e.username().replaceAll("[\\x00-\\x09\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u2028\\u2029]", " ");
        assertEquals(expected, p.extension().get("suid"));
        assertEquals(expected, p.extension().get("cs1"));
        assertEquals(expected, p.extension().get("reason"));
        assertEquals(e.detail("pa_decision_reasons"), p.extension().get("pa_decision_reasons"));
        // The hostile value also reached the header (Name) intact apart from line breaks.
        assertTrue(p.name().startsWith("LOGIN_ERROR </script>"));
    }

    @Test
    @DisplayName("Detail names become safe keys: pa_* unchanged, Keycloak's prefixed with kc_, others sanitised")
    void detailKeys() {
        assertEquals("pa_reason", CefFormat.detailKey("pa_reason"));
        assertEquals("kc_redirect_uri", CefFormat.detailKey("redirect_uri"));
        assertEquals("kc_a_b_c_", CefFormat.detailKey("a b=c|"));
        assertEquals("kc_pa_x_y", CefFormat.detailKey("pa_x-y"));
    }

    @Test
    @DisplayName("A support action names the agent as suid and the user as duser/duid; severity is Medium")
    void supportAction() {
        Cef.Parsed p = cef(TestEvents.supportRevoke());
        assertEquals(TestEvents.AGENT_ID, p.extension().get("suid"));
        assertEquals("alice", p.extension().get("duser"));
        assertEquals(TestEvents.USER_ID, p.extension().get("duid"));
        assertFalse(p.extension().containsKey("suser"));
        assertEquals(5, p.severity());
    }

    @Test
    @DisplayName("A value that is not an IP literal goes to shost, never to src")
    void nonIp() {
        AuditEvent e = AuditEvent.builder().id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(1).realmId("r")
                .type("LOGIN").category(Category.AUTHENTICATION).ipAddress("proxy.example").build();
        Map<String, String> x = cef(e).extension();
        assertFalse(x.containsKey("src"));
        assertEquals("proxy.example", x.get("shost"));
    }

    @Test
    @DisplayName("Severity: success 1, failure 3, removal or support action 5, possible clone 8")
    void severities() {
        assertEquals(1, cef(TestEvents.passkeyLogin()).severity());
        assertEquals(3, cef(TestEvents.failedLogin()).severity());
        assertEquals(5, cef(TestEvents.passkeyRemoved()).severity());
        assertEquals(8, cef(TestEvents.cloneSuspected()).severity());
    }
}
