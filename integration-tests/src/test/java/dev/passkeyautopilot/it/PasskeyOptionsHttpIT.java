package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.CAPABLE_BROWSER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.IDENTIFIER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the rendered pages carry for the browser, read without a browser: WebAuthn hints and transports (with the
 * step's cross-device setting on and off), and the Signal API data after a rejected passkey.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeyOptionsHttpIT {

    private static final String PASSWORD_VALUE = "options-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminClient admin;
    private KeycloakTarget keycloak;
    private String realm;
    private String crossDeviceOff;
    private HttpPasskeyFlows flows;
    private HttpPasskeyFlows offFlows;

    @BeforeAll
    void realms(KeycloakTarget keycloak, AdminClient admin) {
        this.admin = admin;
        this.keycloak = keycloak;
        this.realm = TestRealms.create(admin, "options");
        this.crossDeviceOff = "options-off-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode definition = TestRealms.definition(admin.json(), crossDeviceOff);
        definition.withArray("authenticatorConfig").forEach(config -> {
            if ("passkey-autopilot-identifier-first".equals(config.path("alias").asText())) {
                ((ObjectNode) config.get("config")).put("intelligence.cross-device", "false");
            }
        });
        admin.importRealm(definition);
        this.flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        this.offFlows = new HttpPasskeyFlows(keycloak.baseUrl(), crossDeviceOff);
    }

    @Test
    @DisplayName("Cross-device on: the automatic passkey page hints client-device and lists the passkey's transports as reported")
    void hintsWithCrossDeviceOn() throws IOException {
        String username = TestRealms.newUser(admin, realm, "hints-on", PASSWORD_VALUE);
        flows.registerPasskey(username, PASSWORD_VALUE, new SoftwareAuthenticator());
        JsonNode options = JSON.readTree(flows.passkeyAttempt(username).requestOptions());
        assertEquals("[\"client-device\"]", options.path("hints").toString(), options.toString());
        assertEquals("[\"hybrid\",\"internal\"]", options.path("allowCredentials").get(0).path("transports").toString(), options.toString());
    }

    @Test
    @DisplayName("Cross-device off: neither the offer page nor the passkey page advertises hybrid (hint or transport)")
    void nothingHybridWithCrossDeviceOff() throws IOException {
        String username = TestRealms.newUser(admin, crossDeviceOff, "hints-off", PASSWORD_VALUE);
        offFlows.registerPasskey(username, PASSWORD_VALUE, new SoftwareAuthenticator());
        String request = offFlows.passkeyAttempt(username).requestOptions();
        assertFalse(request.contains("hybrid"), request);
        JsonNode options = JSON.readTree(request);
        assertEquals("[\"client-device\"]", options.path("hints").toString(), request);
        assertEquals("[\"internal\"]", options.path("allowCredentials").get(0).path("transports").toString(), request);
    }

    @Test
    @DisplayName("The offer page's creation options hint client-device")
    void creationHints() throws IOException {
        String username = TestRealms.newUser(admin, realm, "hints-create", PASSWORD_VALUE);
        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page passwordPage = expect(flows.identify(browser, username), PASSWORD);
        LoginHttpClient.Page append = expect(browser.submit(passwordPage, Map.of("pa_action", "password", "password", PASSWORD_VALUE,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", "http-test-device-0001")), HttpPasskeyFlows.APPEND);
        JsonNode options = JSON.readTree(append.data("data-creation-options"));
        assertEquals("[\"client-device\"]", options.path("hints").toString(), options.toString());
    }

    @Test
    @DisplayName("Cross-device off, security keys required by the passwordless policy: the offer page hints security-key, never hybrid")
    void creationHintsFollowTheRealmsCrossDeviceSetting() throws IOException {
        String name = "options-keys-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode definition = TestRealms.definition(admin.json(), name);
        definition.withArray("authenticatorConfig").forEach(config -> {
            if ("passkey-autopilot-identifier-first".equals(config.path("alias").asText())) {
                ((ObjectNode) config.get("config")).put("intelligence.cross-device", "false");
            }
        });
        definition.put("webAuthnPolicyPasswordlessAuthenticatorAttachment", "cross-platform");
        admin.importRealm(definition);
        HttpPasskeyFlows keyFlows = new HttpPasskeyFlows(keycloak.baseUrl(), name);
        String username = TestRealms.newUser(admin, name, "hints-keys", PASSWORD_VALUE);
        LoginHttpClient browser = keyFlows.newBrowser();
        LoginHttpClient.Page passwordPage = expect(keyFlows.identify(browser, username), PASSWORD);
        LoginHttpClient.Page append = expect(browser.submit(passwordPage, Map.of("pa_action", "password", "password", PASSWORD_VALUE,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", "http-test-device-0002")), HttpPasskeyFlows.APPEND);
        String creation = append.data("data-creation-options");
        assertEquals("[\"security-key\"]", JSON.readTree(creation).path("hints").toString(), creation);
        assertFalse(creation.contains("hybrid"), creation);
    }

    @Test
    @DisplayName("A deleted passkey presented through autofill: the page that follows signals exactly that id unknown")
    void deletedPasskeyIsSignalledUnknown() throws IOException {
        String username = TestRealms.newUser(admin, realm, "deleted", PASSWORD_VALUE);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(username, PASSWORD_VALUE, authenticator);
        String userId = admin.userId(realm, username);
        admin.deleteCredential(realm, userId, TestRealms.onlyPasskey(admin, realm, userId).path("id").asText());

        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page identifier = expect(browser.start(), IDENTIFIER);
        Map<String, String> fields = new LinkedHashMap<>(authenticator.assertion(identifier.data("data-conditional-options"), browser.origin()).fields());
        fields.put("pa_action", "passkey");
        LoginHttpClient.Page after = expect(browser.submit(identifier, fields), IDENTIFIER);
        JsonNode signals = JSON.readTree(after.data("data-pa-signals"));
        assertEquals(authenticator.credentialIdBase64Url(), signals.path("unknownCredentialId").asText(), signals.toString());
        assertFalse(signals.has("userId"), "nothing about the account: " + signals);

        // once: a reload of the page does not signal it again
        LoginHttpClient.Page reloaded = expect(browser.start(), IDENTIFIER);
        assertEquals("", reloaded.data("data-pa-signals"));
    }

    @Test
    @DisplayName("Another account's passkey presented for this user is refused but never signalled unknown")
    void otherAccountsPasskeyIsNotSignalled() {
        String owner = TestRealms.newUser(admin, realm, "owner", PASSWORD_VALUE);
        SoftwareAuthenticator ownersKey = new SoftwareAuthenticator();
        flows.registerPasskey(owner, PASSWORD_VALUE, ownersKey);
        String other = TestRealms.newUser(admin, realm, "other", PASSWORD_VALUE);
        flows.registerPasskey(other, PASSWORD_VALUE, new SoftwareAuthenticator());

        HttpPasskeyFlows.Attempt attempt = flows.passkeyAttempt(other);
        LoginHttpClient.Page after = expect(attempt.submitAssertion(
                ownersKey.assertion(attempt.requestOptions(), attempt.browser().origin()).fields()), PASSWORD);
        String reason = admin.events(realm, "LOGIN_ERROR", admin.userId(realm, other)).get(0).path("details").path("pa_reason").asText();
        assertTrue(java.util.List.of("unknown_credential", "user_handle_mismatch").contains(reason), reason);
        assertEquals("", after.data("data-pa-signals"), "the owner's browser must keep its passkey");
    }
}
