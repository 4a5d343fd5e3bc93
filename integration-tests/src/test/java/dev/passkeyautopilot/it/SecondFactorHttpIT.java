package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.SecondFactorRealms.Model;
import dev.passkeyautopilot.it.harness.AdminApiException;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.CAPABLE_BROWSER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.IDENTIFIER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSKEY;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The passkey second factor at the HTTP level, as an attacker would drive it: in regulated mode, after the
 * password, only the user's own, untampered passkey completes the login; everything else is a clear page and
 * an error event, never a 500, never a session, never a changed passkey.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondFactorHttpIT {

    private static final String PASSWORD_VALUE = "second-factor-http-password";

    private AdminClient admin;
    private String realm;
    private HttpPasskeyFlows flows;

    @BeforeAll
    void realm(KeycloakTarget keycloak, AdminClient admin) {
        this.admin = admin;
        this.realm = SecondFactorRealms.create(admin, "http2fa", Model.PASSKEY_LOGIN, false);
        this.flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
    }

    private record User(String username, String id, SoftwareAuthenticator authenticator) {
    }

    /** A user with a passkey created while the realm is not regulated (regulated mode offers none after a password). */
    private User userWithPasskey(String prefix) {
        String username = TestRealms.newUser(admin, realm, prefix, PASSWORD_VALUE);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(username, PASSWORD_VALUE, authenticator);
        return new User(username, admin.userId(realm, username), authenticator);
    }

    private void regulated(boolean on) {
        admin.put("/admin/realms/" + realm + "/passkey-autopilot/settings", Map.of("regulatedMode", on));
    }

    /** Identifier, password, and the passkey page of the second factor. */
    private record SecondStep(LoginHttpClient browser, LoginHttpClient.Page page) {
        String requestOptions() {
            return page.data("data-request-options");
        }

        LoginHttpClient.Page submit(Map<String, String> assertion) {
            Map<String, String> fields = new LinkedHashMap<>(assertion);
            fields.put("pa_action", "passkey");
            return browser.submit(page, fields);
        }
    }

    private SecondStep secondStep(User user) {
        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page password = expect(flows.identify(browser, user.username()), PASSWORD);
        LoginHttpClient.Page passkey = expect(browser.submit(password, Map.of("pa_action", "password", "password", PASSWORD_VALUE,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", "http-test-device-0001")), PASSKEY);
        return new SecondStep(browser, passkey);
    }

    private long counter(User user) {
        JsonNode credential = TestRealms.onlyPasskey(admin, realm, user.id());
        try {
            return admin.json().readTree(credential.path("credentialData").asText()).path("counter").asLong();
        } catch (Exception e) {
            throw new AssertionError("unreadable credentialData " + credential, e);
        }
    }

    private JsonNode latestError(User user) {
        List<JsonNode> errors = admin.events(realm, "LOGIN_ERROR", user.id());
        assertFalse(errors.isEmpty(), "an error event for " + user.username());
        return errors.get(0);
    }

    @Test
    @DisplayName("A passkey of user A never satisfies the second factor of user B; B's own passkey does")
    void anotherUsersPasskeyNeverSatisfiesTheSecondFactor() {
        User alice = userWithPasskey("alice");
        User bob = userWithPasskey("bob");
        regulated(true);
        try {
            SecondStep step = secondStep(bob);
            assertTrue(step.requestOptions().contains(bob.authenticator().credentialIdBase64Url()), step.requestOptions());
            assertFalse(step.requestOptions().contains(alice.authenticator().credentialIdBase64Url()), "only Bob's passkeys are asked for");
            long aliceCounter = counter(alice);

            LoginHttpClient.Page refused = step.submit(alice.authenticator().assertion(step.requestOptions(), step.browser().origin()).fields());
            assertFalse(refused.loggedIn());
            assertEquals(200, refused.status());
            expect(refused, PASSKEY);
            assertFalse(refused.message().isBlank());
            JsonNode error = latestError(bob);
            assertTrue(Set.of("user_handle_mismatch", "unknown_credential").contains(error.path("details").path("pa_reason").asText()), error.toString());
            assertEquals(aliceCounter, counter(alice), "Alice's passkey is untouched");

            // even with Bob's user handle, Alice's credential is not one of Bob's
            SecondStep again = secondStep(bob);
            LoginHttpClient.Page stillRefused = again.submit(alice.authenticator().assertion(again.requestOptions(), again.browser().origin())
                    .userHandle(bob.id().getBytes(java.nio.charset.StandardCharsets.UTF_8)).fields());
            assertFalse(stillRefused.loggedIn());
            assertEquals("unknown_credential", latestError(bob).path("details").path("pa_reason").asText());

            SecondStep own = secondStep(bob);
            assertTrue(own.submit(bob.authenticator().assertion(own.requestOptions(), own.browser().origin()).fields()).loggedIn());
            JsonNode login = admin.events(realm, "LOGIN", bob.id()).get(0);
            assertEquals("passkey_second_factor", login.path("details").path("pa_login_method").asText());

            // the MFA status the support tooling shows: the flow's conditional second factor applies to Bob, and his
            // last login used the password and the passkey
            JsonNode mfa = admin.get("/admin/realms/" + realm + "/passkey-autopilot/support/users/" + bob.id()).path("mfa");
            assertTrue(mfa.path("mfaRequired").asBoolean(), mfa.toString());
            assertEquals("second_factor_configured", mfa.path("mfaRequiredBecause").asText(), mfa.toString());
            assertEquals(List.of("pwd", "hwk", "user", "mfa"), admin.json().convertValue(mfa.path("lastLogin").path("factors"), List.class),
                    mfa.toString());
            // it comes from his sign-in row: a login writes no user attribute, which would evict him from Keycloak's user cache
            assertFalse(admin.get("/admin/realms/" + realm + "/users/" + bob.id()).path("attributes").has("pa.last-login"),
                    "no per-login user attribute");
        } finally {
            regulated(false);
        }
    }

    @Test
    @DisplayName("Bad input on the second-factor page: tampered, malformed, oversized, script, unknown action → clear page, error event, no login, counter unchanged")
    void badInputOnTheSecondFactorPage() {
        User carol = userWithPasskey("carol");
        regulated(true);
        try {
            long counter = counter(carol);

            SecondStep tampered = secondStep(carol);
            Map<String, String> fields = new LinkedHashMap<>(carol.authenticator().assertion(tampered.requestOptions(), tampered.browser().origin()).fields());
            byte[] signature = Base64.getUrlDecoder().decode(fields.get("pa_signature"));
            signature[signature.length - 2] ^= 0x5a;
            fields.put("pa_signature", Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
            LoginHttpClient.Page page = tampered.submit(fields);
            assertFalse(page.loggedIn());
            assertEquals(200, page.status());
            assertEquals("bad_signature", latestError(carol).path("details").path("pa_reason").asText());

            SecondStep malformed = secondStep(carol);
            Map<String, String> broken = new LinkedHashMap<>(carol.authenticator().assertion(malformed.requestOptions(), malformed.browser().origin()).fields());
            broken.put("pa_client_data", Base64.getUrlEncoder().withoutPadding().encodeToString("{not json".getBytes()));
            page = malformed.submit(broken);
            assertFalse(page.loggedIn());
            assertTrue(page.status() < 500, "no server error: " + page.status());
            assertEquals("malformed_response", latestError(carol).path("details").path("pa_reason").asText());

            SecondStep oversized = secondStep(carol);
            page = oversized.browser().submitRaw(oversized.page(), "pa_action=passkey&pa_signature=" + "A".repeat(70 * 1024));
            assertEquals(413, page.status());
            assertEquals("request_too_large", latestError(carol).path("details").path("pa_reason").asText());

            SecondStep script = secondStep(carol);
            page = script.browser().submit(script.page(), Map.of("pa_action", "passkey_error", "pa_error", "<script>alert(1)</script>"));
            assertFalse(page.loggedIn());
            assertFalse(page.html().contains("<script>alert(1)</script>"), "never echoed");
            assertFalse(latestError(carol).path("details").path("pa_client_error").asText().contains("<"), "never stored as sent");

            SecondStep unknown = secondStep(carol);
            page = unknown.browser().submit(unknown.page(), Map.of("pa_action", "become_admin"));
            assertEquals(400, page.status());
            assertEquals("malformed_response", latestError(carol).path("details").path("pa_reason").asText());

            assertEquals(counter, counter(carol), "no bad post changed the passkey");
            assertTrue(admin.events(realm, "LOGIN", carol.id()).stream().noneMatch(e ->
                    "passkey_second_factor".equals(e.path("details").path("pa_login_method").asText())), "no login from a bad post");
        } finally {
            regulated(false);
        }
    }

    @Test
    @DisplayName("Regulated mode: the identifier step offers no passkey, and a passkey posted there anyway is refused (400, regulated_mode)")
    void regulatedModeRefusesPasswordlessPosts() {
        User dave = userWithPasskey("dave");
        regulated(true);
        try {
            LoginHttpClient browser = flows.newBrowser();
            LoginHttpClient.Page identifier = expect(browser.start(), IDENTIFIER);
            assertTrue(identifier.data("data-conditional-options").isEmpty(), "no autofill in regulated mode");
            LoginHttpClient.Page password = expect(flows.identify(browser, dave.username()), PASSWORD);
            assertFalse(password.html().contains("pa-retry-passkey"));
            LoginHttpClient.Page refused = browser.submit(password, Map.of("pa_action", "retry_passkey"));
            assertEquals(400, refused.status());
            assertEquals("regulated_mode", latestError(dave).path("details").path("pa_reason").asText());
        } finally {
            regulated(false);
        }
    }

    @Test
    @DisplayName("Settings REST: regulatedMode must be a boolean, unknown fields are refused naming the field, nothing changes then")
    void settingsAreValidated() {
        String path = "/admin/realms/" + realm + "/passkey-autopilot/settings";
        assertFalse(admin.get(path).path("regulatedMode").asBoolean());
        AdminApiException notBoolean = assertThrows(AdminApiException.class, () -> admin.put(path, Map.of("regulatedMode", "yes")));
        assertEquals(400, notBoolean.status());
        assertTrue(notBoolean.getMessage().contains("\"field\":\"regulatedMode\""), notBoolean.getMessage());
        AdminApiException unknown = assertThrows(AdminApiException.class, () -> admin.put(path, Map.of("regulated", true)));
        assertEquals(400, unknown.status());
        assertTrue(unknown.getMessage().contains("\"field\":\"regulated\""), unknown.getMessage());
        AdminApiException notJson = assertThrows(AdminApiException.class, () -> admin.put(path, "{oops"));
        assertEquals(400, notJson.status());
        assertFalse(admin.get(path).path("regulatedMode").asBoolean(), "nothing changed");
    }
}
