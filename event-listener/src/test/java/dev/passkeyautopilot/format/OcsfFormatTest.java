package dev.passkeyautopilot.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.Category;
import dev.passkeyautopilot.audit.Outcome;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcsfFormatTest {

    private static JsonNode ocsf(AuditEvent e) {
        return Json.parse(EventFormats.OCSF.format(e));
    }

    @Test
    @DisplayName("A successful passkey login is Authentication 3002 / Logon / Success, with a WebAuthn factor and MFA")
    void successfulPasskeyLogin() {
        JsonNode n = ocsf(TestEvents.passkeyLogin());
        assertEquals(3002, n.get("class_uid").intValue());
        assertEquals("Authentication", n.get("class_name").textValue());
        assertEquals(3, n.get("category_uid").intValue());
        assertEquals(1, n.get("activity_id").intValue());
        assertEquals("Logon", n.get("activity_name").textValue());
        assertEquals(300201, n.get("type_uid").longValue());
        assertEquals(1, n.get("status_id").intValue());
        assertEquals("Success", n.get("status").textValue());
        assertEquals(1, n.get("severity_id").intValue());
        assertEquals(TestEvents.TIME, n.get("time").longValue());
        assertEquals("alice", n.at("/user/name").textValue());
        assertEquals(TestEvents.USER_ID, n.at("/user/uid").textValue());
        assertEquals("203.0.113.7", n.at("/src_endpoint/ip").textValue());
        assertTrue(n.at("/http_request/user_agent").textValue().startsWith("Mozilla/5.0"));
        assertEquals("account-console", n.at("/service/name").textValue());
        assertEquals(4, n.get("auth_protocol_id").intValue());
        assertEquals(1, n.get("auth_factors").size());
        assertEquals("WebAuthn", n.at("/auth_factors/0/factor_type").textValue());
        assertEquals(10, n.at("/auth_factors/0/factor_type_id").intValue());
        assertTrue(n.get("is_mfa").booleanValue());
    }

    @Test
    @DisplayName("metadata names the event id, the product and the OCSF version")
    void metadata() {
        JsonNode n = ocsf(TestEvents.passkeyLogin());
        assertEquals("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21", n.at("/metadata/uid").textValue());
        assertEquals("Passkey Autopilot", n.at("/metadata/product/name").textValue());
        assertEquals("Passkey Autopilot", n.at("/metadata/product/vendor_name").textValue());
        assertEquals(Product.VERSION, n.at("/metadata/product/version").textValue());
        assertEquals("1.3.0", n.at("/metadata/version").textValue());
        assertEquals("LOGIN", n.at("/metadata/event_code").textValue());
        assertEquals(TestEvents.REALM_ID, n.at("/metadata/tenant_uid").textValue());
    }

    @Test
    @DisplayName("Our details go to unmapped; those mapped to attributes (user_agent, auth_method) are not repeated")
    void unmappedDetails() {
        JsonNode u = ocsf(TestEvents.passkeyLogin()).get("unmapped");
        assertEquals("passkey_automatic", u.get("pa_login_method").textValue());
        assertEquals("hwk,user,mfa", u.get("pa_amr").textValue());
        assertEquals("auto_passkey", u.get("pa_decision").textValue());
        assertEquals("Chrome 126.0.0.0", u.get("pa_browser").textValue());
        assertEquals("demo", u.get("realm_name").textValue());
        assertFalse(u.has("user_agent"));
        assertFalse(u.has("auth_method"));
    }

    @Test
    @DisplayName("A password login has a Password factor and is not MFA")
    void passwordLogin() {
        JsonNode n = ocsf(TestEvents.passwordLogin());
        assertEquals("Password", n.at("/auth_factors/0/factor_type").textValue());
        assertEquals(11, n.at("/auth_factors/0/factor_type_id").intValue());
        assertFalse(n.get("is_mfa").booleanValue());
        assertEquals("2001:db8::7", n.at("/src_endpoint/ip").textValue());
    }

    @Test
    @DisplayName("A failed login is Logon / Failure with the Keycloak error as status_code and pa_reason as status_detail")
    void failedLogin() {
        JsonNode n = ocsf(TestEvents.failedLogin());
        assertEquals(3002, n.get("class_uid").intValue());
        assertEquals(1, n.get("activity_id").intValue());
        assertEquals(2, n.get("status_id").intValue());
        assertEquals("Failure", n.get("status").textValue());
        assertEquals("invalid_user_credentials", n.get("status_code").textValue());
        assertEquals("bad_signature", n.get("status_detail").textValue());
        assertEquals(2, n.get("severity_id").intValue());
    }

    @Test
    @DisplayName("A possibly cloned passkey is severity High")
    void cloneIsHigh() {
        JsonNode n = ocsf(TestEvents.cloneSuspected());
        assertEquals(4, n.get("severity_id").intValue());
        assertEquals("High", n.get("severity").textValue());
    }

    @Test
    @DisplayName("Logout is activity Logoff")
    void logout() {
        AuditEvent e = AuditEvent.builder().id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(1).realmId("r")
                .type("LOGOUT").category(Category.AUTHENTICATION).build();
        assertEquals(2, ocsf(e).get("activity_id").intValue());
        assertEquals(300202, ocsf(e).get("type_uid").longValue());
    }

    @Test
    @DisplayName("A passkey created is Account Change 3001 / MFA Factor Enable")
    void credentialCreated() {
        JsonNode n = ocsf(TestEvents.passkeyCreated());
        assertEquals(3001, n.get("class_uid").intValue());
        assertEquals(10, n.get("activity_id").intValue());
        assertEquals("MFA Factor Enable", n.get("activity_name").textValue());
        assertEquals(300110, n.get("type_uid").longValue());
        assertEquals(1, n.get("status_id").intValue());
        assertEquals(TestEvents.USER_ID, n.at("/user/uid").textValue());
        assertEquals(TestEvents.USER_ID, n.at("/actor/user/uid").textValue());
        assertEquals("true", n.at("/unmapped/pa_synced").textValue());
    }

    @Test
    @DisplayName("A passkey removed is Account Change 3001 / MFA Factor Disable, severity Medium")
    void credentialRemoved() {
        JsonNode n = ocsf(TestEvents.passkeyRemoved());
        assertEquals(3001, n.get("class_uid").intValue());
        assertEquals(11, n.get("activity_id").intValue());
        assertEquals(3, n.get("severity_id").intValue());
    }

    @Test
    @DisplayName("A support agent's revocation names the agent as actor and the user as the account changed")
    void supportAction() {
        JsonNode n = ocsf(TestEvents.supportRevoke());
        assertEquals(11, n.get("activity_id").intValue());
        assertEquals(TestEvents.AGENT_ID, n.at("/actor/user/uid").textValue());
        assertEquals(TestEvents.USER_ID, n.at("/user/uid").textValue());
        assertEquals("ticket 4711: phone lost", n.at("/unmapped/pa_support_reason").textValue());
    }

    @Test
    @DisplayName("Password change and reset use their own Account Change activities")
    void passwordActivities() {
        AuditEvent.Builder b = AuditEvent.builder().id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(1).realmId("r")
                .category(Category.ACCOUNT_CHANGE);
        assertEquals(3, ocsf(b.type("UPDATE_PASSWORD").build()).get("activity_id").intValue());
        assertEquals(4, ocsf(b.type("RESET_PASSWORD").build()).get("activity_id").intValue());
        assertEquals(3, ocsf(b.type("UPDATE_CREDENTIAL").detail("credential_type", "password").build())
                .get("activity_id").intValue());
    }

    @Test
    @DisplayName("An administrator deleting a user's credential through the admin API is MFA Factor Disable by that admin")
    void adminCredentialDelete() {
        AuditEvent e = AuditEvent.builder().id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(1).realmId("r")
                .type("ADMIN_DELETE").category(Category.ACCOUNT_CHANGE).userId(TestEvents.USER_ID)
                .detail("resource_type", "USER").detail("resource_path", "users/" + TestEvents.USER_ID + "/credentials/c1")
                .detail("pa_actor", TestEvents.AGENT_ID).build();
        JsonNode n = ocsf(e);
        assertEquals(3001, n.get("class_uid").intValue());
        assertEquals(11, n.get("activity_id").intValue());
        assertEquals(TestEvents.AGENT_ID, n.at("/actor/user/uid").textValue());
        assertEquals(3, n.get("severity_id").intValue());
        AuditEvent reset = e.withDetails(java.util.Map.of("resource_path", "users/u/reset-password"));
        assertEquals(4, ocsf(new AuditEvent(reset.id(), 1, "r", null, "ADMIN_ACTION", Category.ACCOUNT_CHANGE,
                Outcome.SUCCESS, null, null, null, null, null, null, reset.details())).get("activity_id").intValue());
    }

    @Test
    @DisplayName("Our passkey operation events are Logon, except the append offer, which is Other")
    void passkeyOperations() {
        AuditEvent.Builder b = AuditEvent.builder().id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(1).realmId("r")
                .category(Category.AUTHENTICATION);
        assertEquals(1, ocsf(b.type("PASSKEY_PROMPT_FAILED").build()).get("activity_id").intValue());
        assertEquals(99, ocsf(b.type("PASSKEY_APPEND_ENDED").build()).get("activity_id").intValue());
    }

    @Test
    @DisplayName("A failed passkey creation is MFA Factor Enable with status Failure")
    void failedCreation() {
        AuditEvent e = AuditEvent.builder().id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(1).realmId("r")
                .type("UPDATE_CREDENTIAL_ERROR").category(Category.ACCOUNT_CHANGE).outcome(Outcome.FAILURE)
                .detail("pa_reason", "invalid_state").detail("pa_append_outcome", "failed").build();
        JsonNode n = ocsf(e);
        assertEquals(10, n.get("activity_id").intValue());
        assertEquals(2, n.get("status_id").intValue());
        assertEquals("invalid_state", n.get("status_detail").textValue());
    }

    @Test
    @DisplayName("Admin events are API Activity 6003 with the operation and the resource")
    void adminEvent() {
        JsonNode n = ocsf(TestEvents.adminUpdate());
        assertEquals(6003, n.get("class_uid").intValue());
        assertEquals(6, n.get("category_uid").intValue());
        assertEquals(3, n.get("activity_id").intValue());
        assertEquals("Update", n.get("activity_name").textValue());
        assertEquals("ADMIN_UPDATE", n.at("/api/operation").textValue());
        assertEquals("USER", n.at("/resources/0/type").textValue());
        assertTrue(n.at("/resources/0/uid").textValue().startsWith("users/"));
        assertEquals(TestEvents.AGENT_ID, n.at("/actor/user/uid").textValue());
        assertEquals("198.51.100.20", n.at("/src_endpoint/ip").textValue());
    }

    @Test
    @DisplayName("Without pa_amr, factors come from credential_type; TOTP sets is_totp")
    void credentialTypeFallback() {
        AuditEvent e = AuditEvent.builder().id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(1).realmId("r")
                .type("LOGIN").category(Category.AUTHENTICATION).detail("credential_type", "totp").build();
        JsonNode n = ocsf(e);
        assertEquals("OTP", n.at("/auth_factors/0/factor_type").textValue());
        assertTrue(n.at("/auth_factors/0/is_totp").booleanValue());
        assertFalse(n.at("/auth_factors/0/is_hotp").booleanValue());
        assertFalse(n.has("is_mfa"));
    }

    @Test
    @DisplayName("An address that is not an IP literal never reaches src_endpoint.ip")
    void nonIpAddress() {
        AuditEvent e = AuditEvent.builder().id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(1).realmId("r")
                .type("LOGIN").category(Category.AUTHENTICATION).ipAddress("unknown, 10.0.0.1").build();
        JsonNode n = ocsf(e);
        assertFalse(n.has("src_endpoint"));
        assertEquals("unknown, 10.0.0.1", n.at("/unmapped/ip_address").textValue());
    }
}
