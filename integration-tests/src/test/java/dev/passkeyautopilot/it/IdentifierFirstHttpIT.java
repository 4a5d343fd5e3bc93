package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
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

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.CAPABLE_BROWSER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.IDENTIFIER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSKEY;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identifier-first behaviour that needs no browser: what the pages answer, and what they never reveal. */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentifierFirstHttpIT {

    private static final String PASSWORD_VALUE = "identifier-first-password";

    private AdminClient admin;
    private String realm;
    private HttpPasskeyFlows flows;

    @BeforeAll
    void realm(KeycloakTarget keycloak, AdminClient admin) {
        this.admin = admin;
        this.realm = TestRealms.create(admin, "identifier");
        this.flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
    }

    @Test
    @DisplayName("An unknown identifier gets the same password step as a user without passkey, and the same error")
    void unknownIdentifierIsIndistinguishable() {
        String known = TestRealms.newUser(admin, realm, "nina", PASSWORD_VALUE);

        LoginHttpClient knownBrowser = flows.newBrowser();
        LoginHttpClient.Page knownStep = expect(flows.identify(knownBrowser, known), PASSWORD);
        LoginHttpClient unknownBrowser = flows.newBrowser();
        LoginHttpClient.Page unknownStep = expect(flows.identify(unknownBrowser, "nobody-" + known), PASSWORD);
        assertEquals(knownStep.status(), unknownStep.status());
        assertEquals(knownStep.message(), unknownStep.message());
        assertFalse(unknownStep.html().contains("pa-retry-passkey"));

        LoginHttpClient.Page knownWrong = knownBrowser.submit(knownStep, Map.of("pa_action", "password", "password", "wrong"));
        LoginHttpClient.Page unknownWrong = unknownBrowser.submit(unknownStep, Map.of("pa_action", "password", "password", "wrong"));
        expect(knownWrong, PASSWORD);
        expect(unknownWrong, PASSWORD);
        assertEquals(knownWrong.status(), unknownWrong.status());
        assertEquals(knownWrong.message(), unknownWrong.message(), "same message for unknown user and wrong password");
        assertFalse(knownWrong.message().isBlank());
    }

    @Test
    @DisplayName("Passkey autofill on the identifier page signs the user in without an identifier")
    void autofillOnIdentifierPage() {
        String username = TestRealms.newUser(admin, realm, "olga", PASSWORD_VALUE);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(username, PASSWORD_VALUE, authenticator);

        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page identifier = expect(browser.start(), IDENTIFIER);
        String conditional = identifier.data("data-conditional-options");
        assertTrue(conditional.contains("\"allowCredentials\":[]"), "autofill offers any passkey: " + conditional);
        Map<String, String> fields = new LinkedHashMap<>(authenticator.assertion(conditional, browser.origin()).fields());
        fields.put("pa_action", "passkey");
        assertTrue(browser.submit(identifier, fields).loggedIn());

        JsonNode login = admin.events(realm, "LOGIN", admin.userId(realm, username)).get(0);
        assertEquals("passkey_autofill", login.path("details").path("pa_login_method").asText());
    }

    @Test
    @DisplayName("The passkey page lists exactly this user's passkeys in allowCredentials")
    void passkeyPageListsTheUsersPasskeys() {
        String username = TestRealms.newUser(admin, realm, "pia", PASSWORD_VALUE);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(username, PASSWORD_VALUE, authenticator);
        String options = flows.passkeyAttempt(username).requestOptions();
        assertTrue(options.contains(authenticator.credentialIdBase64Url()), options);
        assertEquals(1, options.split("\"public-key\"").length - 1, "one passkey listed: " + options);
    }

    @Test
    @DisplayName("\"Sign in with password instead\" works, and no passkey is offered where this browser already holds one")
    void passwordInsteadWithoutOfferInThisBrowser() {
        String username = TestRealms.newUser(admin, realm, "quinn", PASSWORD_VALUE);
        flows.registerPasskey(username, PASSWORD_VALUE, new SoftwareAuthenticator());

        HttpPasskeyFlows.Attempt attempt = flows.passkeyAttempt(username);
        LoginHttpClient.Page passwordStep = expect(attempt.browser().submit(attempt.page(), Map.of("pa_action", "use_password",
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", "http-test-device-0001")), PASSWORD);
        assertTrue(passwordStep.html().contains("pa-retry-passkey"), "the passkey stays one click away");
        LoginHttpClient.Page done = attempt.browser().submit(passwordStep, Map.of("pa_action", "password", "password", PASSWORD_VALUE,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", "http-test-device-0001"));
        assertTrue(done.loggedIn(), "logged in without an append offer: " + done.status() + " " + done.template());
    }

    @Test
    @DisplayName("A cancelled prompt lands on the password step with a message and a LOGIN_ERROR")
    void cancelledPromptFallsBack() {
        String username = TestRealms.newUser(admin, realm, "rita", PASSWORD_VALUE);
        flows.registerPasskey(username, PASSWORD_VALUE, new SoftwareAuthenticator());
        HttpPasskeyFlows.Attempt attempt = flows.passkeyAttempt(username);
        LoginHttpClient.Page fallback = expect(attempt.browser().submit(attempt.page(), Map.of("pa_action", "passkey_error",
                "pa_error", "AbortError", "pa_duration_ms", "1234")), PASSWORD);
        assertFalse(fallback.message().isBlank());
        JsonNode error = admin.events(realm, "LOGIN_ERROR", admin.userId(realm, username)).get(0);
        assertEquals("cancelled", error.path("details").path("pa_reason").asText());
        assertEquals("AbortError", error.path("details").path("pa_client_error").asText());
        assertEquals("1234", error.path("details").path("pa_duration_ms").asText());
        // and the passkey can be tried again from there
        expect(attempt.browser().submit(fallback, Map.of("pa_action", "retry_passkey")), PASSKEY);
    }
}
