package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.SupportStaff.Answer;
import dev.passkeyautopilot.it.harness.AdminApiException;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.TimeOffset;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The support admin REST API: roles, Keycloak's user permissions, the overview, the timeline and the actions. */
// the SIEM suites' server: the smoke tests of every Keycloak version (README) then share one server start
@WithKeycloak(options = SinkOptions.LOOPBACK_RECEIVERS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportApiIT {

    private static final String USER_PASSWORD = "support-target-password";

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;
    private HttpPasskeyFlows flows;
    private SupportStaff staff;
    private String viewerToken;
    private String agentToken;
    private String noRoleToken;
    private String roleWithoutUserPermissionToken;

    @BeforeAll
    void setUp(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = TestRealms.create(admin, "support");
        this.flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        this.staff = new SupportStaff(keycloak, admin, realm);
        viewerToken = staff.token(staff.create("viewer", List.of("support-viewer"), List.of("view-users")));
        agentToken = staff.token(staff.create("agent", List.of("support-agent"), List.of("view-users", "manage-users")));
        noRoleToken = staff.token(staff.create("helpdesk", List.of(), List.of("view-users", "manage-users")));
        roleWithoutUserPermissionToken = staff.token(staff.create("outsider", List.of("support-agent"), List.of()));
    }

    /** A user with a password, a one-time code and a passkey (created through our append offer). */
    private JsonNode customer(String prefix) {
        Totp totp = new Totp("support-secret-" + System.nanoTime());
        String username = SecondFactorRealms.newUserWithOtp(admin, realm, prefix, USER_PASSWORD, totp);
        flows.registerPasskey(username, USER_PASSWORD, new SoftwareAuthenticator());
        return admin.findUserByUsername(realm, username).orElseThrow();
    }

    private static String reason(String text) {
        return "{\"reason\":\"" + text + "\"}";
    }

    @Test
    @DisplayName("Every realm gets the support client with viewer, agent, analytics and admin roles; agent includes viewer")
    void supportClientAndRolesAreProvisioned() {
        JsonNode client = admin.findClientByClientId(realm, "passkey-autopilot-support").orElseThrow();
        assertTrue(client.path("publicClient").asBoolean());
        String id = client.path("id").asText();
        List<String> roles = new ArrayList<>();
        admin.get("/admin/realms/" + realm + "/clients/" + id + "/roles").forEach(r -> roles.add(r.path("name").asText()));
        assertTrue(roles.containsAll(List.of("support-viewer", "support-agent", "support-analytics", "support-admin")), roles.toString());
        List<String> agentIncludes = new ArrayList<>();
        admin.get("/admin/realms/" + realm + "/clients/" + id + "/roles/support-agent/composites").forEach(r -> agentIncludes.add(r.path("name").asText()));
        assertEquals(List.of("support-viewer"), agentIncludes);
    }

    @Test
    @DisplayName("Every endpoint refuses a token without the support role (403 JSON), even with Keycloak's manage-users")
    void everyEndpointChecksItsRole() {
        JsonNode user = customer("nora");
        String id = user.path("id").asText();
        String passkey = admin.credentials(realm, id, "webauthn-passwordless").get(0).path("id").asText();
        List<Answer> answers = List.of(
                staff.get(noRoleToken, "/users?q=" + user.path("username").asText()),
                staff.get(noRoleToken, "/users/" + id),
                staff.get(noRoleToken, "/users/" + id + "/timeline"),
                staff.post(noRoleToken, "/users/" + id + "/passkeys/" + passkey + "/revoke", reason("test")),
                staff.post(noRoleToken, "/users/" + id + "/passkeys/revoke-all", reason("test")),
                staff.post(noRoleToken, "/users/" + id + "/mfa/reset", reason("test")),
                staff.post(noRoleToken, "/users/" + id + "/passkey-setup-email", reason("test")));
        for (Answer answer : answers) {
            assertEquals(403, answer.status(), answer.raw());
            assertEquals("forbidden", answer.body().path("error").asText(), answer.raw());
            assertFalse(answer.body().path("message").asText().isBlank());
        }
        // the viewer may read but not act
        assertEquals(200, staff.get(viewerToken, "/users/" + id).status());
        for (Answer answer : List.of(
                staff.post(viewerToken, "/users/" + id + "/passkeys/" + passkey + "/revoke", reason("test")),
                staff.post(viewerToken, "/users/" + id + "/passkeys/revoke-all", reason("test")),
                staff.post(viewerToken, "/users/" + id + "/mfa/reset", reason("test")),
                staff.post(viewerToken, "/users/" + id + "/passkey-setup-email", reason("test")))) {
            assertEquals(403, answer.status(), answer.raw());
        }
        assertEquals(1, admin.credentials(realm, id, "webauthn-passwordless").size(), "nothing was revoked");
        assertEquals(1, admin.credentials(realm, id, "otp").size(), "nothing was reset");
    }

    @Test
    @DisplayName("The support role alone is not enough: Keycloak's own user permissions still apply (user invisible → 404, search empty)")
    void keycloakUserPermissionsStillApply() {
        JsonNode user = customer("olaf");
        Answer overview = staff.get(roleWithoutUserPermissionToken, "/users/" + user.path("id").asText());
        assertEquals(404, overview.status(), overview.raw());
        Answer search = staff.get(roleWithoutUserPermissionToken, "/users?q=" + user.path("username").asText());
        assertEquals(200, search.status());
        assertEquals(0, search.body().path("users").size(), search.raw());
    }

    @Tag("smoke")
    @Test
    @DisplayName("Find by username, email or id; overview shows MFA status, passkey details and the last login's methods")
    void findAndOverview() {
        JsonNode user = customer("paula");
        String id = user.path("id").asText();
        for (String query : List.of(user.path("username").asText(), user.path("email").asText(), id)) {
            Answer found = staff.get(viewerToken, "/users?q=" + query);
            assertEquals(200, found.status(), found.raw());
            assertEquals(id, found.body().path("users").get(0).path("id").asText(), "found by " + query);
        }
        Answer overview = staff.get(viewerToken, "/users/" + id);
        assertEquals(200, overview.status(), overview.raw());
        JsonNode mfa = overview.body().path("mfa");
        assertTrue(mfa.path("password").asBoolean());
        assertEquals(1, mfa.path("otp").asInt());
        assertEquals(1, mfa.path("passkeys").path("total").asInt(), mfa.toString());
        assertEquals("not_required", mfa.path("mfaRequiredBecause").asText(), "the demo flow asks no second factor: " + mfa);
        assertEquals("pwd", mfa.path("lastLogin").path("factors").get(0).asText(), mfa.toString());
        JsonNode passkey = overview.body().path("passkeys").get(0);
        assertFalse(passkey.path("label").asText().isBlank(), passkey.toString());
        assertTrue(passkey.path("provider").has("icon"), passkey.toString());
        assertFalse(passkey.path("createdOs").isMissingNode(), passkey.toString());
        assertTrue(passkey.path("created").asLong() > 0, passkey.toString());
        assertFalse(overview.body().path("permissions").path("canAct").asBoolean(), "a viewer cannot act");
        assertTrue(staff.get(agentToken, "/users/" + id).body().path("permissions").path("canAct").asBoolean());

        Answer timeline = staff.get(viewerToken, "/users/" + id + "/timeline?max=10");
        assertEquals(200, timeline.status(), timeline.raw());
        JsonNode first = timeline.body().path("operations").get(0);
        assertEquals("append", first.path("kind").asText(), timeline.raw());
        assertEquals("success", first.path("outcome").asText(), timeline.raw());
        assertEquals("success", first.path("outcomeClass").asText(), "the server classifies the outcome: " + timeline.raw());
        assertEquals(passkey.path("label").asText(), first.path("passkeyLabel").asText());
    }

    @Test
    @DisplayName("Revoke one passkey with a reason: gone, admin event with actor and reason, REMOVE_CREDENTIAL user event")
    void revokeOnePasskey() {
        JsonNode user = customer("quentin");
        String id = user.path("id").asText();
        String passkey = admin.credentials(realm, id, "webauthn-passwordless").get(0).path("id").asText();
        String why = "Lost phone <script>alert(1)</script>, ticket 4711";
        Answer revoked = staff.post(agentToken, "/users/" + id + "/passkeys/" + passkey + "/revoke", reason(why.replace("\"", "\\\"")));
        assertEquals(200, revoked.status(), revoked.raw());
        assertEquals(passkey, revoked.body().path("revoked").get(0).asText());
        assertTrue(admin.credentials(realm, id, "webauthn-passwordless").isEmpty());

        JsonNode event = admin.events(realm, "REMOVE_CREDENTIAL", id).get(0);
        assertEquals("revoke_passkey", event.path("details").path("pa_support_action").asText(), event.toString());
        assertEquals(why, event.path("details").path("pa_support_reason").asText());
        JsonNode adminEvent = latestAdminEvent();
        assertEquals("PASSKEY_AUTOPILOT_SUPPORT", adminEvent.path("resourceType").asText(), adminEvent.toString());
        assertTrue(adminEvent.path("resourcePath").asText().contains(id), adminEvent.toString());
        assertTrue(adminEvent.path("representation").asText().contains("Lost phone"), adminEvent.toString());
        assertFalse(adminEvent.path("authDetails").path("userId").asText().isBlank(), "the actor is recorded");
    }

    @Test
    @DisplayName("Bad requests name the field; unknown user and passkey are 404; nothing changes")
    void badRequests() {
        JsonNode user = customer("rosa");
        String id = user.path("id").asText();
        String passkey = admin.credentials(realm, id, "webauthn-passwordless").get(0).path("id").asText();
        String revoke = "/users/" + id + "/passkeys/" + passkey + "/revoke";
        Answer noReason = staff.post(agentToken, revoke, "{}");
        assertEquals(400, noReason.status(), noReason.raw());
        assertEquals("reason", noReason.body().path("field").asText());
        Answer blank = staff.post(agentToken, revoke, reason("   "));
        assertEquals(400, blank.status());
        Answer tooLong = staff.post(agentToken, revoke, reason("x".repeat(501)));
        assertEquals(400, tooLong.status());
        assertEquals("reason", tooLong.body().path("field").asText());
        Answer unknownField = staff.post(agentToken, revoke, "{\"reason\":\"ok\",\"force\":true}");
        assertEquals(400, unknownField.status());
        assertEquals("force", unknownField.body().path("field").asText());
        Answer notJson = staff.post(agentToken, revoke, "{reason");
        assertEquals(400, notJson.status(), notJson.raw());
        Answer huge = staff.post(agentToken, revoke, reason("y".repeat(10_000)));
        assertEquals(413, huge.status(), huge.raw());
        Answer unknownPasskey = staff.post(agentToken, "/users/" + id + "/passkeys/" + "0".repeat(36) + "/revoke", reason("ok"));
        assertEquals(404, unknownPasskey.status());
        assertEquals("passkey_not_found", unknownPasskey.body().path("error").asText());
        String otpId = admin.credentials(realm, id, "otp").get(0).path("id").asText();
        Answer notAPasskey = staff.post(agentToken, "/users/" + id + "/passkeys/" + otpId + "/revoke", reason("ok"));
        assertEquals(404, notAPasskey.status(), "an OTP credential is not revoked as a passkey");
        Answer unknownUser = staff.get(agentToken, "/users/" + "0".repeat(36));
        assertEquals(404, unknownUser.status());
        assertEquals("user_not_found", unknownUser.body().path("error").asText());
        Answer badPage = staff.get(agentToken, "/users/" + id + "/timeline?max=100000");
        assertEquals(400, badPage.status());
        assertEquals("max", badPage.body().path("field").asText());
        assertEquals(1, admin.credentials(realm, id, "webauthn-passwordless").size());
        assertEquals(1, admin.credentials(realm, id, "otp").size());
    }

    @Test
    @DisplayName("Revoke all, then reset MFA: passkeys and codes gone; the realm's setting names the required actions")
    void revokeAllAndResetMfa() {
        JsonNode user = customer("sven");
        String id = user.path("id").asText();
        Answer all = staff.post(agentToken, "/users/" + id + "/passkeys/revoke-all", reason("Account takeover suspected"));
        assertEquals(200, all.status(), all.raw());
        assertTrue(admin.credentials(realm, id, "webauthn-passwordless").isEmpty());

        admin.put("/admin/realms/" + realm + "/passkey-autopilot/settings", Map.of("mfaResetRequiredActions", List.of("CONFIGURE_TOTP")));
        try {
            Answer reset = staff.post(agentToken, "/users/" + id + "/mfa/reset", reason("Account takeover suspected"));
            assertEquals(200, reset.status(), reset.raw());
            assertEquals(1, reset.body().path("removed").size());
            assertEquals("CONFIGURE_TOTP", reset.body().path("requiredActions").get(0).asText());
            assertTrue(admin.credentials(realm, id, "otp").isEmpty());
            JsonNode after = admin.get("/admin/realms/" + realm + "/users/" + id);
            assertTrue(after.path("requiredActions").toString().contains("CONFIGURE_TOTP"), after.toString());
            assertTrue(admin.credentials(realm, id, "password").size() == 1, "the password stays");
        } finally {
            admin.put("/admin/realms/" + realm + "/passkey-autopilot/settings", "{\"mfaResetRequiredActions\":null}");
        }
    }

    @Test
    @DisplayName("Set-up email: refused clearly without an email server; sent through the realm's server with a passkey registration link")
    void passkeySetupEmail() throws Exception {
        JsonNode user = customer("tara");
        String id = user.path("id").asText();
        Answer notConfigured = staff.post(agentToken, "/users/" + id + "/passkey-setup-email", reason("New phone"));
        assertEquals(503, notConfigured.status(), notConfigured.raw());
        assertEquals("email_not_configured", notConfigured.body().path("error").asText());

        try (SmtpSink smtp = new SmtpSink()) {
            admin.updateRealm(realm, admin.json().createObjectNode().set("smtpServer", admin.json().createObjectNode()
                    .put("host", "127.0.0.1").put("port", Integer.toString(smtp.port())).put("from", "support@example.org")));
            Answer sent = staff.post(agentToken, "/users/" + id + "/passkey-setup-email", reason("New phone"));
            assertEquals(200, sent.status(), sent.raw());
            assertEquals(1, smtp.received().size());
            SmtpSink.Mail mail = smtp.received().get(0);
            assertTrue(mail.to().get(0).contains(user.path("email").asText()), mail.to().toString());
            String text = mail.data().replace("=\n", "").replace("=3D", "=");
            assertTrue(text.contains("/login-actions/action-token?key="), text);
            JsonNode event = admin.events(realm, "EXECUTE_ACTIONS", id).get(0);
            assertEquals("send_passkey_setup_email", event.path("details").path("pa_support_action").asText(), event.toString());
        } finally {
            admin.updateRealm(realm, admin.json().createObjectNode().set("smtpServer", admin.json().createObjectNode()));
        }
    }

    @Test
    @DisplayName("Set-up email cooldown: a second request within it answers 429 with Retry-After, is audited and sends nothing; after it, one goes out")
    void passkeySetupEmailCooldown() throws Exception {
        JsonNode user = customer("ulla");
        String id = user.path("id").asText();
        String send = "/users/" + id + "/passkey-setup-email";
        String agent = staff.create("cooldown-agent", List.of("support-agent"), List.of("view-users", "manage-users"));
        String agentToken = staff.token(agent);
        try (SmtpSink smtp = new SmtpSink()) {
            admin.updateRealm(realm, admin.json().createObjectNode().set("smtpServer", admin.json().createObjectNode()
                    .put("host", "127.0.0.1").put("port", Integer.toString(smtp.port())).put("from", "support@example.org")));

            Answer first = staff.post(agentToken, send, reason("New phone"));
            assertEquals(200, first.status(), first.raw());
            Answer second = staff.post(agentToken, send, reason("Did it arrive?"));
            assertEquals(429, second.status(), second.raw());
            assertEquals("setup_email_cooldown", second.body().path("error").asText(), second.raw());
            assertFalse(second.body().path("message").asText().isBlank(), second.raw());
            int retryAfter = Integer.parseInt(second.header("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After: " + second.raw())));
            assertTrue(retryAfter > 0 && retryAfter <= 300, "Retry-After " + retryAfter);
            assertEquals(1, smtp.received().size(), "the refused request sent no mail");

            JsonNode refused = admin.events(realm, "EXECUTE_ACTIONS_ERROR", id).get(0);
            assertEquals("setup_email_cooldown", refused.path("error").asText(), refused.toString());
            assertEquals("send_passkey_setup_email", refused.path("details").path("pa_support_action").asText(), refused.toString());
            assertEquals("Did it arrive?", refused.path("details").path("pa_support_reason").asText(), refused.toString());
            assertEquals(Integer.toString(retryAfter), refused.path("details").path("pa_retry_after_seconds").asText(), refused.toString());
            assertFalse(refused.path("details").path("pa_actor").asText().isBlank(), refused.toString());
            assertEquals(1, admin.events(realm, "EXECUTE_ACTIONS", id).size(), "one email, one success event");

            try (TimeOffset later = keycloak.timeOffset().shift(Duration.ofSeconds(301))) {
                // the agent's token of five minutes ago has expired with the moved clock
                String laterToken = staff.token(agent);
                Answer third = staff.post(laterToken, send, reason("New phone, second try"));
                assertEquals(200, third.status(), third.raw());
                assertEquals(2, smtp.received().size());
                Answer fourth = staff.post(laterToken, send, reason("Once more"));
                assertEquals(429, fourth.status(), "the cooldown starts again: " + fourth.raw());
                assertEquals(2, smtp.received().size());
            }
        } finally {
            admin.updateRealm(realm, admin.json().createObjectNode().set("smtpServer", admin.json().createObjectNode()));
        }
    }

    @Test
    @DisplayName("Set-up email burst: 15 requests at once for one user send exactly one mail; the other 14 answer 429")
    void passkeySetupEmailBurst() throws Exception {
        JsonNode user = customer("vera");
        String send = "/users/" + user.path("id").asText() + "/passkey-setup-email";
        try (SmtpSink smtp = new SmtpSink()) {
            admin.updateRealm(realm, admin.json().createObjectNode().set("smtpServer", admin.json().createObjectNode()
                    .put("host", "127.0.0.1").put("port", Integer.toString(smtp.port())).put("from", "support@example.org")));
            ExecutorService callers = Executors.newFixedThreadPool(15);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Answer>> burst = new ArrayList<>();
                for (int i = 0; i < 15; i++) {
                    burst.add(callers.submit(() -> {
                        start.await();
                        return staff.post(agentToken, send, reason("New phone"));
                    }));
                }
                start.countDown();
                Map<Integer, Integer> statuses = new TreeMap<>();
                for (Future<Answer> answer : burst) {
                    statuses.merge(answer.get(60, TimeUnit.SECONDS).status(), 1, Integer::sum);
                }
                assertEquals(Map.of(200, 1, 429, 14), statuses);
                assertEquals(1, smtp.received().size());
            } finally {
                callers.shutdownNow();
            }
        } finally {
            admin.updateRealm(realm, admin.json().createObjectNode().set("smtpServer", admin.json().createObjectNode()));
        }
    }

    @Test
    @DisplayName("The set-up email cooldown is a realm setting: shorter cooldowns shorten Retry-After; bad values are refused and change nothing")
    void passkeySetupEmailCooldownSetting() throws Exception {
        String settings = "/admin/realms/" + realm + "/passkey-autopilot/settings";
        for (String bad : List.of("{\"setupEmailCooldownSeconds\":0}", "{\"setupEmailCooldownSeconds\":86401}",
                "{\"setupEmailCooldownSeconds\":\"300\"}", "{\"setupEmailCooldownSeconds\":1.5}")) {
            AdminApiException refused = assertThrows(AdminApiException.class, () -> admin.put(settings, bad), bad);
            assertEquals(400, refused.status(), bad);
            assertTrue(refused.getMessage().contains("setupEmailCooldownSeconds"), refused.getMessage());
        }
        assertEquals(300, admin.get(settings).path("setupEmailCooldownSeconds").asInt());

        JsonNode user = customer("ute");
        String send = "/users/" + user.path("id").asText() + "/passkey-setup-email";
        admin.put(settings, Map.of("setupEmailCooldownSeconds", 30));
        try (SmtpSink smtp = new SmtpSink()) {
            assertEquals(30, admin.get(settings).path("setupEmailCooldownSeconds").asInt());
            admin.updateRealm(realm, admin.json().createObjectNode().set("smtpServer", admin.json().createObjectNode()
                    .put("host", "127.0.0.1").put("port", Integer.toString(smtp.port())).put("from", "support@example.org")));
            assertEquals(200, staff.post(agentToken, send, reason("New phone")).status());
            Answer again = staff.post(agentToken, send, reason("New phone"));
            assertEquals(429, again.status(), again.raw());
            int retryAfter = Integer.parseInt(again.header("Retry-After").orElseThrow());
            assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);
            try (TimeOffset later = keycloak.timeOffset().shift(Duration.ofSeconds(31))) {
                assertEquals(200, staff.post(agentToken, send, reason("New phone")).status());
            }
            assertEquals(2, smtp.received().size());
        } finally {
            admin.put(settings, "{\"setupEmailCooldownSeconds\":null}");
            admin.updateRealm(realm, admin.json().createObjectNode().set("smtpServer", admin.json().createObjectNode()));
        }
        assertEquals(300, admin.get(settings).path("setupEmailCooldownSeconds").asInt(), "null restores the default");
    }

    private JsonNode latestAdminEvent() {
        return admin.get("/admin/realms/" + realm + "/admin-events?max=1").get(0);
    }
}
