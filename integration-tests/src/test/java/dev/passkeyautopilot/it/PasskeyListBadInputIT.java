package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows.Attempt;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on "Your passkeys", posted over HTTP as an attacker or a stale browser tab would: each gets the list
 * again with a clear message, an error event with a reason code, and no change to any passkey. A valid rename
 * first shows the posts are otherwise accepted.
 */
// the SIEM test streams to a webhook on loopback, which the listener refuses by default
@WithKeycloak(options = SinkOptions.LOOPBACK_RECEIVERS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeyListBadInputIT {

    private static final String PASSWORD = "passkey-list-bad-input-1";
    private static final String LIST = "passkey-autopilot-passkeys.ftl";
    private static final String CODE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;
    private HttpPasskeyFlows flows;

    private String userId;
    private String credentialId;
    private String label;
    private String otherUserId;
    private String otherCredentialId;
    private LoginHttpClient browser;

    @BeforeAll
    void realm(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = TestRealms.create(admin, "list-bad-input");
        this.flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
    }

    @BeforeEach
    void usersWithPasskeys() {
        String other = TestRealms.newUser(admin, realm, "other", PASSWORD);
        flows.registerPasskey(other, PASSWORD, new SoftwareAuthenticator());
        otherUserId = admin.userId(realm, other);
        otherCredentialId = TestRealms.onlyPasskey(admin, realm, otherUserId).path("id").asText();

        String username = TestRealms.newUser(admin, realm, "owner", PASSWORD);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(username, PASSWORD, authenticator);
        userId = admin.userId(realm, username);
        JsonNode passkey = TestRealms.onlyPasskey(admin, realm, userId);
        credentialId = passkey.path("id").asText();
        label = passkey.path("userLabel").asText();

        Attempt attempt = flows.passkeyAttempt(username);
        assertTrue(attempt.submitAssertion(authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields()).loggedIn());
        browser = attempt.browser();
    }

    @AfterEach
    void resetClock() {
        if (keycloak.timeOffset().changed()) {
            keycloak.timeOffset().reset();
        }
    }

    private LoginHttpClient.Page openList() {
        String redirect = keycloak.realmUrl(realm) + "/account/";
        return HttpPasskeyFlows.expect(browser.get(keycloak.realmUrl(realm) + "/protocol/openid-connect/auth?client_id=account-console"
                + "&response_type=code&scope=openid&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                + "&state=s" + System.nanoTime() + "&code_challenge=" + CODE_CHALLENGE + "&code_challenge_method=S256"
                + "&kc_action=passkey-autopilot-passkeys"), LIST);
    }

    private static String token(LoginHttpClient.Page page) {
        Element token = page.document().selectFirst("input[name=pa_form_token]");
        assertNotNull(token, "the list page carries a form token");
        return token.attr("value");
    }

    private LoginHttpClient.Page post(LoginHttpClient.Page page, String action, String token, String credential, String newLabel) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("pa_action", action);
        if (token != null) {
            fields.put("pa_form_token", token);
        }
        if (credential != null) {
            fields.put("pa_credential", credential);
        }
        if (newLabel != null) {
            fields.put("pa_label", newLabel);
        }
        return browser.submit(page, fields);
    }

    /** The list again, with this message and status; the error event names the reason; no passkey changed. */
    private void assertRefused(LoginHttpClient.Page result, int status, String message, String eventType, String reason) {
        assertTrue(result.status() < 500, "no server error: " + result.status());
        assertEquals(status, result.status(), result.message());
        assertEquals(LIST, result.template(), "the list is shown again");
        assertEquals(message, result.message());
        JsonNode event = admin.events(realm, eventType, userId).get(0);
        assertEquals(reason, event.path("details").path("pa_reason").asText(), event.toString());
        assertFalse(event.path("error").asText().isEmpty(), event.toString());
        assertUnchanged();
    }

    private void assertUnchanged() {
        List<JsonNode> mine = admin.credentials(realm, userId, "webauthn-passwordless");
        assertEquals(1, mine.size(), "the user's passkey is still there");
        assertEquals(label, mine.get(0).path("userLabel").asText(), "its label unchanged");
        assertEquals(1, admin.credentials(realm, otherUserId, "webauthn-passwordless").size(), "the other user's passkey is still there");
        assertTrue(admin.events(realm, "REMOVE_CREDENTIAL", userId).isEmpty(), "no delete succeeded");
        assertTrue(admin.events(realm, "REMOVE_CREDENTIAL", otherUserId).isEmpty(), "no delete of the other user's passkey");
    }

    @Test
    @DisplayName("Control: a rename with the page's token and the user's own passkey is accepted")
    void validRename() {
        LoginHttpClient.Page page = openList();
        LoginHttpClient.Page result = post(page, "rename", token(page), credentialId, "  Work laptop  ");
        assertEquals(200, result.status());
        assertEquals("Passkey renamed.", result.message());
        assertEquals("Work laptop", admin.credentials(realm, userId, "webauthn-passwordless").get(0).path("userLabel").asText());
        assertEquals("rename", admin.events(realm, "UPDATE_CREDENTIAL", userId).get(0).path("details").path("pa_list_action").asText());
    }

    @Test
    @DisplayName("Someone else's credential id: refused for rename, delete and its confirmation (unknown_passkey)")
    void someoneElsesPasskey() {
        LoginHttpClient.Page page = openList();
        LoginHttpClient.Page result = post(page, "rename", token(page), otherCredentialId, "Mine now");
        assertRefused(result, 400, "That passkey isn't on your account (anymore). Nothing was changed.", "UPDATE_CREDENTIAL_ERROR", "unknown_passkey");
        assertEquals(otherCredentialId, admin.events(realm, "UPDATE_CREDENTIAL_ERROR", userId).get(0).path("details").path("credential_id").asText());
        result = post(result, "delete", token(result), otherCredentialId, null);
        assertRefused(result, 400, "That passkey isn't on your account (anymore). Nothing was changed.", "REMOVE_CREDENTIAL_ERROR", "unknown_passkey");
        assertFalse(result.html().contains("pa-confirm-delete"), "no confirmation for someone else's passkey");
        result = post(result, "delete_confirmed", token(result), otherCredentialId, null);
        assertRefused(result, 400, "That passkey isn't on your account (anymore). Nothing was changed.", "REMOVE_CREDENTIAL_ERROR", "unknown_passkey");
    }

    @Test
    @DisplayName("A label over 64 characters is refused (label_too_long); control or invisible characters too (label_invalid)")
    void labelOverTheLimit() {
        LoginHttpClient.Page page = openList();
        LoginHttpClient.Page result = post(page, "rename", token(page), credentialId, "x".repeat(65));
        assertRefused(result, 400, "The name is too long: use at most 64 characters.", "UPDATE_CREDENTIAL_ERROR", "label_too_long");
        result = post(result, "rename", token(result), credentialId, "gpj\u202Eexe.txt");
        assertRefused(result, 400, "The name contains characters that can't be used.", "UPDATE_CREDENTIAL_ERROR", "label_invalid");
        result = post(result, "rename", token(result), credentialId, "   ");
        assertRefused(result, 200, "Please enter a name for the passkey.", "UPDATE_CREDENTIAL_ERROR", "label_empty");
    }

    @Test
    @DisplayName("Script in a label stays text: stored as typed, escaped wherever the page shows it, no script element from it")
    void scriptInLabel() {
        String script = "<script>document.title='owned'</script>";
        LoginHttpClient.Page page = openList();
        LoginHttpClient.Page result = post(page, "rename", token(page), credentialId, script);
        assertEquals(200, result.status());
        assertEquals(script, admin.credentials(realm, userId, "webauthn-passwordless").get(0).path("userLabel").asText());
        assertFalse(result.html().contains(script), "never written into the page unescaped");
        assertTrue(result.document().select("script").stream().noneMatch(s -> s.html().contains("owned")), "no script element from the label");
        assertEquals(script, result.document().selectFirst(".pa-passkeys__label").text(), "shown as the text typed");
        String attribute = result.document().selectFirst("input[name=pa_label]").attr("value");
        assertEquals(script, attribute, "the rename field holds it as text too");
        // the confirmation names it, escaped
        LoginHttpClient.Page confirm = post(result, "delete", token(result), credentialId, null);
        assertEquals(script, confirm.document().selectFirst("#pa-confirm-label").text());
        assertFalse(confirm.html().contains(script));
    }

    @Test
    @DisplayName("A delete without a recent sign-in is refused (reauthentication_required) with a link to sign in again")
    void deleteWithoutRecentAuthentication() {
        // two minutes here, so the sign-in grows too old while the page's own form (Keycloak's user-action
        // lifespan, 5 minutes) is still valid: older posts Keycloak itself sends back to the sign-in
        admin.updateRequiredActionConfig(realm, "passkey-autopilot-passkeys", Map.of("max_auth_age", "120"));
        try {
            refusedWithoutRecentAuthentication();
        } finally {
            admin.updateRequiredActionConfig(realm, "passkey-autopilot-passkeys", Map.of("max_auth_age", "300"));
        }
    }

    private void refusedWithoutRecentAuthentication() {
        LoginHttpClient.Page page = openList();
        String token = token(page);
        keycloak.timeOffset().shift(Duration.ofMinutes(4));
        LoginHttpClient.Page result = post(page, "delete_confirmed", token, credentialId, null);
        assertRefused(result, 200, "For your security, please sign in again before you change your passkeys.", "REMOVE_CREDENTIAL_ERROR",
                "reauthentication_required");
        Element again = result.document().selectFirst("#pa-reauthenticate");
        assertNotNull(again, "a link to sign in again");
        assertTrue(again.attr("href").contains("kc_action=passkey-autopilot-passkeys"), again.attr("href"));
        // a rename is refused alike
        result = post(result, "rename", token(result), credentialId, "Too late");
        assertRefused(result, 200, "For your security, please sign in again before you change your passkeys.", "UPDATE_CREDENTIAL_ERROR",
                "reauthentication_required");
    }

    @Test
    @DisplayName("A stale form (an older page's token, no token, a passkey deleted meanwhile) is refused and changes nothing")
    void staleForm() {
        LoginHttpClient.Page first = openList();
        String oldToken = token(first);
        LoginHttpClient.Page second = post(first, "refresh", oldToken, null, null);
        assertEquals(LIST, second.template());
        LoginHttpClient.Page result = post(second, "delete_confirmed", oldToken, credentialId, null);
        assertRefused(result, 200, "This page was out of date, so nothing was changed. Here is your current list.", "REMOVE_CREDENTIAL_ERROR",
                "stale_form");
        result = post(result, "rename", null, credentialId, "No token");
        assertRefused(result, 200, "This page was out of date, so nothing was changed. Here is your current list.", "UPDATE_CREDENTIAL_ERROR",
                "stale_form");

        // deleted elsewhere (the account console, an admin) while the page was open: the page's delete finds nothing
        String current = token(result);
        admin.deleteCredential(realm, userId, credentialId);
        LoginHttpClient.Page gone = post(result, "delete_confirmed", current, credentialId, null);
        assertEquals(400, gone.status());
        assertEquals("That passkey isn't on your account (anymore). Nothing was changed.", gone.message());
        assertEquals("unknown_passkey", admin.events(realm, "REMOVE_CREDENTIAL_ERROR", userId).get(0).path("details").path("pa_reason").asText());
        assertEquals(1, admin.credentials(realm, otherUserId, "webauthn-passwordless").size());
    }

    @Test
    @DisplayName("Changes and refusals on the list reach the SIEM stream with their details")
    void changesReachTheSiemStream() throws Exception {
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(0, secret)) {
            com.fasterxml.jackson.databind.node.ObjectNode config = admin.json().createObjectNode();
            config.putArray("sinks").addObject().put("name", "hook").put("type", "webhook").put("format", "json")
                    .put("url", receiver.url()).put("secret", secret).put("batchSize", 500).put("requestTimeoutMs", 5000);
            admin.put("/admin/realms/" + realm + "/passkey-autopilot/siem", config);
            try {
                LoginHttpClient.Page page = openList();
                LoginHttpClient.Page renamed = post(page, "rename", token(page), credentialId, "Streamed name");
                post(renamed, "delete_confirmed", token(renamed), otherCredentialId, null);
                Await.until("the rename and the refused delete", Duration.ofSeconds(30), () -> receiver.events().values().stream()
                        .filter(e -> userId.equals(e.path("userId").asText())).map(e -> e.path("type").asText()).toList()
                        .containsAll(List.of("UPDATE_CREDENTIAL", "REMOVE_CREDENTIAL_ERROR")));
                JsonNode update = receiver.events().values().stream().filter(e -> userId.equals(e.path("userId").asText())
                        && "UPDATE_CREDENTIAL".equals(e.path("type").asText()) && e.path("details").has("pa_list_action")).findFirst().orElseThrow();
                assertEquals("ACCOUNT_CHANGE", update.path("category").asText(), update.toString());
                assertEquals("rename", update.path("details").path("pa_list_action").asText(), update.toString());
                assertEquals(credentialId, update.path("details").path("credential_id").asText(), update.toString());
                assertEquals("Streamed name", update.path("details").path("public_key_credential_label").asText(), update.toString());
                assertEquals(label, update.path("details").path("pa_previous_label").asText(), update.toString());
                JsonNode refused = receiver.events().values().stream().filter(e -> userId.equals(e.path("userId").asText())
                        && "REMOVE_CREDENTIAL_ERROR".equals(e.path("type").asText())).findFirst().orElseThrow();
                assertEquals("unknown_passkey", refused.path("details").path("pa_reason").asText(), refused.toString());
                assertEquals("delete", refused.path("details").path("pa_list_action").asText(), refused.toString());
            } finally {
                admin.put("/admin/realms/" + realm + "/passkey-autopilot/siem", "{\"sinks\":[]}");
            }
        }
    }

    @Test
    @DisplayName("An unknown action is refused without a server error")
    void unknownAction() {
        LoginHttpClient.Page page = openList();
        LoginHttpClient.Page result = post(page, "drop_table", token(page), credentialId, null);
        assertEquals(400, result.status());
        assertEquals(LIST, result.template());
        assertUnchanged();
    }
}
