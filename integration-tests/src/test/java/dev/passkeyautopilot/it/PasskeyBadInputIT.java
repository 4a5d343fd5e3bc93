package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows.Attempt;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input at the HTTP level, as an attacker would send it: each is answered by a clear page, an error
 * event with a reason code, no session, and no change to the stored passkey.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeyBadInputIT {

    private static final String PASSWORD_VALUE = "correct horse battery staple";

    private AdminClient admin;
    private String realm;
    private HttpPasskeyFlows flows;

    private String username;
    private String userId;
    private SoftwareAuthenticator authenticator;

    @BeforeAll
    void realm(KeycloakTarget keycloak, AdminClient admin) {
        this.admin = admin;
        this.realm = TestRealms.create(admin, "bad-input");
        this.flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
    }

    @BeforeEach
    void userWithPasskey() {
        username = TestRealms.newUser(admin, realm, "mallory-target", PASSWORD_VALUE);
        userId = admin.userId(realm, username);
        authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(username, PASSWORD_VALUE, authenticator);
        dropSessions();
    }

    @Test
    @DisplayName("Control: an untouched assertion logs in, so the rejections below are meaningful")
    void validAssertionLogsIn() {
        Attempt attempt = flows.passkeyAttempt(username);
        LoginHttpClient.Page result = attempt.submitAssertion(authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields());
        assertTrue(result.loggedIn(), "valid passkey must log in, got " + result.status() + " " + result.template());
        assertEquals(1, sessions().size());
        JsonNode login = latestEvent("LOGIN");
        assertEquals("webauthn-passwordless", login.path("details").path("credential_type").asText());
        assertEquals("passkey_automatic", login.path("details").path("pa_login_method").asText());
        assertEquals(1, storedCounter(), "the counter the authenticator signed is stored");
    }

    @Test
    @DisplayName("clientDataJSON with a wrong origin is rejected: bad_origin")
    void wrongOrigin() {
        rejected(attempt -> authenticator.assertion(attempt.requestOptions(), "https://evil.example").fields(), "bad_origin");
    }

    @Test
    @DisplayName("An assertion made in a frame under another site (clientDataJSON topOrigin) is rejected: bad_origin")
    void foreignTopOrigin() {
        rejected(attempt -> authenticator.assertion(attempt.requestOptions(), attempt.browser().origin())
                .clientData(c -> c.put("crossOrigin", false).put("topOrigin", "https://evil.example")).fields(), "bad_origin");
    }

    @Test
    @DisplayName("clientDataJSON with a wrong challenge is rejected: bad_challenge")
    void wrongChallenge() {
        rejected(attempt -> authenticator.assertion(attempt.requestOptions(), attempt.browser().origin())
                .challenge(Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32])).fields(), "bad_challenge");
    }

    @Test
    @DisplayName("clientDataJSON with a wrong type is rejected: bad_type")
    void wrongType() {
        rejected(attempt -> authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).type("webauthn.create").fields(),
                "bad_type");
    }

    @Test
    @DisplayName("Tampered authenticatorData is rejected: bad_signature")
    void tamperedAuthenticatorData() {
        rejected(attempt -> {
            Map<String, String> fields = authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields();
            byte[] data = Base64.getUrlDecoder().decode(fields.get("pa_authenticator_data"));
            data[33] ^= 0x40; // the counter's high byte, changed after signing
            fields.put("pa_authenticator_data", Base64.getUrlEncoder().withoutPadding().encodeToString(data));
            return fields;
        }, "bad_signature");
    }

    @Test
    @DisplayName("A tampered signature is rejected: bad_signature")
    void tamperedSignature() {
        rejected(attempt -> {
            Map<String, String> fields = authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields();
            byte[] signature = Base64.getUrlDecoder().decode(fields.get("pa_signature"));
            signature[signature.length - 2] ^= 0x5a;
            fields.put("pa_signature", Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
            return fields;
        }, "bad_signature");
    }

    @Test
    @DisplayName("A replayed assertion is rejected: its challenge was single use")
    void replayedAssertion() {
        Attempt first = flows.passkeyAttempt(username);
        Map<String, String> captured = authenticator.assertion(first.requestOptions(), first.browser().origin()).fields();
        assertTrue(first.submitAssertion(captured).loggedIn());
        dropSessions();
        long counterAfterLogin = storedCounter();

        // the same bytes, posted into a new login (fresh challenge) and into the old one (challenge spent)
        Attempt second = flows.passkeyAttempt(username);
        assertRejected(second.submitAssertion(captured), "bad_challenge", counterAfterLogin);
        LoginHttpClient.Page again = first.submitAssertion(captured);
        assertTrue(again.status() < 500 && !again.loggedIn(), "replay into the finished login must not log in: " + again.status());
        assertTrue(sessions().isEmpty());
    }

    @Test
    @DisplayName("A signature counter gone backwards is rejected and flagged as a possible clone")
    void counterGoneBackwards(Sql sql) {
        Attempt attempt = flows.passkeyAttempt(username);
        assertTrue(attempt.submitAssertion(authenticator.withSignCount(41).assertion(attempt.requestOptions(), attempt.browser().origin())
                .fields()).loggedIn());
        dropSessions();
        assertEquals(42, storedCounter());

        rejected(next -> authenticator.withSignCount(9).assertion(next.requestOptions(), next.browser().origin()).fields(),
                "counter_regressed");
        assertEquals("true", latestEvent("LOGIN_ERROR").path("details").path("pa_possible_clone").asText());
        String credentialId = TestRealms.onlyPasskey(admin, realm, userId).path("id").asText();
        assertEquals(1, sql.count("select count(*) from pa_passkey_details where credential_id = ? and clone_suspected_at is not null",
                credentialId));
    }

    @Test
    @DisplayName("An unknown credential id is rejected: unknown_credential")
    void unknownCredentialId() {
        SoftwareAuthenticator stranger = new SoftwareAuthenticator();
        rejected(attempt -> stranger.assertion(attempt.requestOptions(), attempt.browser().origin())
                .userHandle(userId.getBytes(StandardCharsets.UTF_8)).fields(), "unknown_credential");
    }

    @Test
    @DisplayName("Another user's passkey, correctly signed, does not log in this user")
    void anotherUsersCredential() {
        String otherUser = TestRealms.newUser(admin, realm, "other", PASSWORD_VALUE);
        SoftwareAuthenticator otherAuthenticator = new SoftwareAuthenticator();
        flows.registerPasskey(otherUser, PASSWORD_VALUE, otherAuthenticator);
        dropSessions(admin.userId(realm, otherUser));

        // signed by the other user's real passkey, with its own user handle: refused as naming someone else
        rejected(attempt -> otherAuthenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields(),
                "user_handle_mismatch");
        // the same with the user handle stripped or forged to this user: not one of this user's passkeys
        rejected(attempt -> otherAuthenticator.assertion(attempt.requestOptions(), attempt.browser().origin())
                .userHandle(userId.getBytes(StandardCharsets.UTF_8)).fields(), "unknown_credential");
        assertTrue(sessions(admin.userId(realm, otherUser)).isEmpty());
    }

    @Test
    @DisplayName("Malformed base64url is rejected: malformed_response")
    void malformedBase64() {
        rejected(attempt -> {
            Map<String, String> fields = authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields();
            fields.put("pa_authenticator_data", "%%%not*base64url%%%");
            return fields;
        }, "malformed_response");
    }

    @Test
    @DisplayName("clientDataJSON that is not JSON is rejected: malformed_response")
    void malformedJson() {
        rejected(attempt -> {
            Map<String, String> fields = authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields();
            fields.put("pa_client_data", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString("{\"type\":\"webauthn.get\",".getBytes(StandardCharsets.UTF_8)));
            return fields;
        }, "malformed_response");
    }

    @Test
    @DisplayName("A body over 64 KiB is refused with 413 before any field is used: request_too_large")
    void oversizedBody() {
        long counterBefore = storedCounter();
        Attempt attempt = flows.passkeyAttempt(username);
        Map<String, String> fields = new LinkedHashMap<>(authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields());
        fields.put("pa_action", "passkey");
        fields.put("padding", "x".repeat(70 * 1024));
        LoginHttpClient.Page page = attempt.browser().submitRaw(attempt.page(), LoginHttpClient.form(fields));
        assertEquals(413, page.status(), "status for an oversized post");
        assertFalse(page.loggedIn());
        JsonNode error = latestEvent("LOGIN_ERROR");
        assertEquals("request_too_large", error.path("details").path("pa_reason").asText());
        assertTrue(sessions().isEmpty());
        assertEquals(counterBefore, storedCounter());
    }

    @Test
    @DisplayName("Page signals that are forged, garbage or huge are ignored with a reason and never log anyone in")
    void forgedSignalsIgnored() {
        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page identifier = HttpPasskeyFlows.expect(browser.start(), HttpPasskeyFlows.IDENTIFIER);
        LoginHttpClient.Page passkeyPage = browser.submit(identifier, Map.of("pa_action", "identify", "username", username,
                "pa_capabilities", "{\"platformAuthenticator\": \"<script>alert(1)</script>\"", "pa_device", "<img src=x onerror=alert(1)>"));
        HttpPasskeyFlows.expect(passkeyPage, HttpPasskeyFlows.PASSKEY);
        assertFalse(passkeyPage.html().contains("<img src=x"), "a device marker is never echoed unescaped");
        // a forged "password" post claiming capabilities, without a password, logs nobody in
        LoginHttpClient.Page noPassword = browser.submit(passkeyPage, Map.of("pa_action", "password",
                "pa_capabilities", "{\"platformAuthenticator\":true,\"authenticated\":true}"));
        assertFalse(noPassword.loggedIn());
        assertTrue(noPassword.status() < 500);
        assertTrue(sessions().isEmpty());
    }

    @Test
    @DisplayName("A page claiming capabilities it lacks only changes which page is shown: the passkey must still verify")
    void claimedCapabilitiesDoNotAuthenticate() {
        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page identifier = HttpPasskeyFlows.expect(browser.start(), HttpPasskeyFlows.IDENTIFIER);
        LoginHttpClient.Page passkeyPage = HttpPasskeyFlows.expect(browser.submit(identifier, Map.of("pa_action", "identify",
                "username", username, "pa_device", "forged-device-marker-01",
                "pa_capabilities", "{\"platformAuthenticator\":true,\"conditionalGet\":true,\"webauthn\":true,"
                        + "\"clientCapabilities\":{\"hybridTransport\":true,\"passkeyPlatformAuthenticator\":true}}")),
                HttpPasskeyFlows.PASSKEY);
        Map<String, String> fields = new LinkedHashMap<>(new SoftwareAuthenticator().assertion(passkeyPage.data("data-request-options"),
                browser.origin()).userHandle(userId.getBytes(StandardCharsets.UTF_8)).fields());
        fields.put("pa_action", "passkey");
        LoginHttpClient.Page result = browser.submit(passkeyPage, fields);
        assertFalse(result.loggedIn());
        assertEquals("unknown_credential", latestEvent("LOGIN_ERROR").path("details").path("pa_reason").asText());
        assertTrue(sessions().isEmpty());
    }

    @Test
    @DisplayName("A 1 MiB signal field is refused with 413, never a 500, and logs nobody in")
    void hugeSignalRefused() {
        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page identifier = HttpPasskeyFlows.expect(browser.start(), HttpPasskeyFlows.IDENTIFIER);
        LoginHttpClient.Page page = browser.submit(identifier, Map.of("pa_action", "identify", "username", username,
                "pa_capabilities", "{\"platformAuthenticator\":\"" + "x".repeat(1024 * 1024) + "\"}"));
        assertEquals(413, page.status());
        assertFalse(page.loggedIn());
        assertTrue(sessions().isEmpty());
    }

    /** Opens a passkey attempt, posts what {@code tamper} makes of it, and checks the full rejection contract. */
    private void rejected(java.util.function.Function<Attempt, Map<String, String>> tamper, String reason) {
        long counterBefore = storedCounter();
        Attempt attempt = flows.passkeyAttempt(username);
        assertRejected(attempt.submitAssertion(tamper.apply(attempt)), reason, counterBefore);
    }

    private void assertRejected(LoginHttpClient.Page page, String reason, long counterBefore) {
        assertTrue(page.status() < 500, "no server error, got " + page.status());
        assertFalse(page.loggedIn(), "must not log in");
        HttpPasskeyFlows.expect(page, PASSWORD);
        assertFalse(page.message().isBlank(), "the password page explains what happened");
        JsonNode error = latestEvent("LOGIN_ERROR");
        assertEquals(reason, error.path("details").path("pa_reason").asText(), "reason in " + error);
        assertTrue(sessions().isEmpty(), "no session for a rejected passkey");
        assertEquals(counterBefore, storedCounter(), "the stored counter is unchanged");
        assertEquals(1, admin.credentials(realm, userId, "webauthn-passwordless").size(), "the passkey is still there");
    }

    private JsonNode latestEvent(String type) {
        List<JsonNode> events = admin.events(realm, type, userId);
        assertFalse(events.isEmpty(), "no " + type + " event for " + username);
        return events.get(0);
    }

    private long storedCounter() {
        JsonNode credential = TestRealms.onlyPasskey(admin, realm, userId);
        try {
            return admin.json().readTree(credential.path("credentialData").asText()).path("counter").asLong();
        } catch (Exception e) {
            throw new AssertionError("unreadable credentialData " + credential, e);
        }
    }

    private List<JsonNode> sessions() {
        return sessions(userId);
    }

    private List<JsonNode> sessions(String id) {
        JsonNode list = admin.get("/admin/realms/" + realm + "/users/" + id + "/sessions");
        assertNotNull(list);
        return list.findParents("id").isEmpty() ? List.of() : toList(list);
    }

    private static List<JsonNode> toList(JsonNode array) {
        java.util.ArrayList<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private void dropSessions() {
        dropSessions(userId);
    }

    private void dropSessions(String id) {
        admin.post("/admin/realms/" + realm + "/users/" + id + "/logout", null);
    }
}
