package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.Browsers;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.TimeOffset;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.Credential;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The heart of the product in real Chromium with a virtual platform authenticator: a password login offers
 * a passkey, the user creates it, and from then on signs in by typing only the username.
 */
// the SIEM suites' server: the smoke tests of every Keycloak version (README) then share one server start
@WithKeycloak(options = SinkOptions.LOOPBACK_RECEIVERS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeyLoginJourneyIT {

    private static final String PASSWORD = "journey-password-1";

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;
    private String autofillRealm;

    @BeforeAll
    void realm(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = TestRealms.create(admin, "journey", false);
        this.autofillRealm = TestRealms.create(admin, "autofill", true);
    }

    private LoginPages pages(Browser browser) {
        return new LoginPages(browser, keycloak, realm);
    }

    /** Password login in this browser, accepting the passkey offer. */
    private void passwordLoginCreatingPasskey(Browser browser, String username) {
        pages(browser).openAccountConsole().identify(username).enterPassword(PASSWORD).createPasskey().waitForAccountConsole();
    }

    @Tag("smoke")
    @Test
    @DisplayName("Password login → passkey offered and created → signed out → username only → automatic passkey login")
    void passwordLoginThenAppendThenAutomaticPasskeyLogin(Browser browser) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "alice", PASSWORD);
        String userId = admin.userId(realm, username);

        passwordLoginCreatingPasskey(browser, username);
        JsonNode passkey = TestRealms.onlyPasskey(admin, realm, userId);
        assertEquals(1, browser.credentials().size(), "the passkey lives on the authenticator");
        assertTrue(passkey.path("userLabel").asText().contains("Chrome"), "label names the browser: " + passkey);
        assertEquals("created", admin.events(realm, "UPDATE_CREDENTIAL", userId).get(0).path("details").path("pa_append_outcome").asText());
        // Keycloak sends this LOGIN once the offer is done, in a later request: it still says how the user signed in
        JsonNode passwordLogin = admin.events(realm, "LOGIN", userId).get(0);
        assertEquals("password", passwordLogin.path("details").path("pa_login_method").asText(), passwordLogin.toString());
        assertEquals("password", passwordLogin.path("details").path("credential_type").asText(), passwordLogin.toString());
        assertEquals("pwd", passwordLogin.path("details").path("pa_amr").asText(), passwordLogin.toString());
        assertEquals("created", passwordLogin.path("details").path("pa_append_outcome").asText(), passwordLogin.toString());

        LoginPages pages = pages(browser);
        pages.signOut();
        pages.openAccountConsole().identify(username).waitForAccountConsole();

        JsonNode login = admin.events(realm, "LOGIN", userId).get(0);
        assertEquals("webauthn-passwordless", login.path("details").path("credential_type").asText(), login.toString());
        assertEquals("passkey_automatic", login.path("details").path("pa_login_method").asText());
        assertTrue(browser.currentUrl().contains("/realms/" + realm + "/account"));
    }

    @Test
    @DisplayName("The same passkey imported into a fresh browser (another device, synced passkey) logs in automatically")
    void syncedPasskeyOnAnotherDevice(Browsers browsers) {
        Browser laptop = browsers.open();
        laptop.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "bob", PASSWORD);
        passwordLoginCreatingPasskey(laptop, username);
        List<Credential> synced = laptop.exportCredentials();

        Browser phone = browsers.open();
        phone.importCredentials(synced);
        pages(phone).openAccountConsole().identify(username).waitForAccountConsole();

        JsonNode login = admin.events(realm, "LOGIN", admin.userId(realm, username)).get(0);
        assertEquals("passkey_automatic", login.path("details").path("pa_login_method").asText());
    }

    @Test
    @DisplayName("\"Not now\" → not offered at the next login → offered again once the snooze days have passed")
    void notNowIsRememberedForTheConfiguredDays(Browser browser, TimeOffset clock) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "carol", PASSWORD);
        LoginPages pages = pages(browser);

        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).notNow().waitForAccountConsole();
        assertEquals("skipped", admin.events(realm, "CUSTOM_REQUIRED_ACTION", admin.userId(realm, username)).get(0)
                .path("details").path("pa_append_outcome").asText());
        assertEquals("password", admin.events(realm, "LOGIN", admin.userId(realm, username)).get(0)
                .path("details").path("pa_login_method").asText(), "the LOGIN after \"Not now\" says how the user signed in");

        pages.signOut();
        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).waitForAccountConsole();

        try (TimeOffset later = clock.shift(Duration.ofDays(8))) {
            pages.signOut();
            pages.openAccountConsole().identify(username).enterPassword(PASSWORD).waitForPage(LoginPages.APPEND);
        }
        assertTrue(admin.credentials(realm, admin.userId(realm, username), "webauthn-passwordless").isEmpty());
    }

    @Test
    @DisplayName("Passkey deleted from the authenticator → the automatic attempt fails → password step with a message, LOGIN_ERROR")
    void passkeyGoneFromDeviceFallsBackToPassword(Browser browser) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "dave", PASSWORD);
        String userId = admin.userId(realm, username);
        passwordLoginCreatingPasskey(browser, username);

        browser.removeAllCredentials();
        LoginPages pages = pages(browser);
        pages.signOut();
        pages.openAccountConsole().identify(username).waitForPage(LoginPages.PASSWORD);
        assertFalse(pages.message().isBlank(), "the password step says what happened");
        assertFalse(browser.pageSource().contains("Internal Server Error"));

        JsonNode error = admin.events(realm, "LOGIN_ERROR", userId).get(0);
        String reason = error.path("details").path("pa_reason").asText();
        assertTrue(List.of("not_allowed", "timeout").contains(reason), "reason recorded: " + error);

        // the passkey this browser was thought to hold failed: a new one is offered, and works
        pages.enterPassword(PASSWORD).createPasskey().waitForAccountConsole();
        assertEquals(2, admin.credentials(realm, userId, "webauthn-passwordless").size());
        pages.signOut();
        pages.openAccountConsole().identify(username).waitForAccountConsole();
    }

    @Test
    @DisplayName("A user without a passkey goes straight to the password step: no prompt")
    void userWithoutPasskeyGetsPasswordStep(Browser browser) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "erin", PASSWORD);
        LoginPages pages = pages(browser).openAccountConsole().identify(username).waitForPage(LoginPages.PASSWORD);
        assertFalse(browser.isPresent(By.id("pa-retry-passkey")), "no passkey to offer");
        assertTrue(admin.events(realm, "LOGIN_ERROR", admin.userId(realm, username)).isEmpty(), "no passkey attempt was made");
        pages.enterPassword(PASSWORD).notNow().waitForAccountConsole();
    }

    @Test
    @DisplayName("A browser without any authenticator gets no passkey offer after the password")
    void browserWithoutAuthenticatorGetsNoOffer(Browser browser) {
        String username = TestRealms.newUser(admin, realm, "frank", PASSWORD);
        pages(browser).openAccountConsole().identify(username).enterPassword(PASSWORD).waitForAccountConsole();
        assertTrue(admin.credentials(realm, admin.userId(realm, username), "webauthn-passwordless").isEmpty());
    }

    @Test
    @DisplayName("Learning: two failed automatic prompts in this browser → next login offers a button, no prompt, reason recorded;"
            + " a success through the button restores the automatic prompt")
    void failedAutomaticPromptsTurnIntoAButtonUntilASuccess(Browser browser, Sql sql) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "judy", PASSWORD);
        String userId = admin.userId(realm, username);
        passwordLoginCreatingPasskey(browser, username);
        LoginPages pages = pages(browser);
        pages.signOut();

        // the authenticator now fails user verification: each automatic prompt ends in NotAllowedError
        browser.setUserVerified(false);
        for (int attempt = 1; attempt <= 2; attempt++) {
            pages.openAccountConsole().identify(username).waitForPage(LoginPages.PASSWORD);
        }
        assertEquals("auto_passkey", latestLoginOperation(sql, userId).get("decision"));

        pages.openAccountConsole().identify(username).waitForPage(LoginPages.PASSKEY);
        assertEquals("false", browser.driver().findElement(By.id("pa-form")).getDomAttribute("data-auto-start"));
        Map<String, Object> third = latestLoginOperation(sql, userId);
        assertEquals("button_only", third.get("decision"));
        assertTrue(((String) third.get("decision_reasons")).contains("recent_failures_in_environment"), third.toString());
        assertEquals(2, admin.events(realm, "LOGIN_ERROR", userId).size(), "no prompt was started by itself the third time");

        browser.setUserVerified(true);
        browser.waitForId("pa-retry").click();
        pages.waitForAccountConsole();
        assertEquals("passkey_button", admin.events(realm, "LOGIN", userId).get(0).path("details").path("pa_login_method").asText());

        pages.signOut();
        pages.openAccountConsole().identify(username).waitForAccountConsole();
        JsonNode restored = admin.events(realm, "LOGIN", userId).get(0);
        assertEquals("passkey_automatic", restored.path("details").path("pa_login_method").asText());
        assertEquals("auto_passkey", restored.path("details").path("pa_decision").asText());
    }

    @Test
    @DisplayName("A browser without any authenticator: no automatic prompt for a user who has a passkey, and no append offer")
    void browserWithoutAuthenticatorIsNotPrompted(Browsers browsers, Sql sql) {
        Browser laptop = browsers.open();
        laptop.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "kim", PASSWORD);
        String userId = admin.userId(realm, username);
        passwordLoginCreatingPasskey(laptop, username);

        Browser kiosk = browsers.open();
        LoginPages pages = pages(kiosk).openAccountConsole().identify(username);
        kiosk.wait(Duration.ofSeconds(20)).until(driver -> pages.showing(LoginPages.PASSWORD) || pages.showing(LoginPages.PASSKEY));
        if (pages.showing(LoginPages.PASSKEY)) {
            assertEquals("false", kiosk.driver().findElement(By.id("pa-form")).getDomAttribute("data-auto-start"), "no prompt by itself");
            kiosk.click("pa-use-password");
        }
        Map<String, Object> decision = latestLoginOperation(sql, userId);
        assertFalse("auto_passkey".equals(decision.get("decision")), decision.toString());
        assertTrue(((String) decision.get("decision_reasons")).contains("no_platform_authenticator"), decision.toString());
        assertTrue(admin.events(realm, "LOGIN_ERROR", userId).isEmpty(), "no passkey attempt failed: none was made");

        pages.enterPassword(PASSWORD).waitForAccountConsole();
        assertEquals(1, admin.credentials(realm, userId, "webauthn-passwordless").size(), "no offer, no second passkey");
    }

    private static Map<String, Object> latestLoginOperation(Sql sql, String userId) {
        return sql.query("select decision, decision_reasons, outcome from pa_passkey_operation where user_id = ? and kind = 'login'"
                + " and decision is not null order by started_at desc", userId).get(0);
    }

    @Test
    @DisplayName("With passkey autofill on, a browser holding a passkey signs in from the identifier page without typing")
    void passkeyAutofillSignsInWithoutTyping(Browser browser) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, autofillRealm, "ivan", PASSWORD);
        LoginPages pages = new LoginPages(browser, keycloak, autofillRealm);
        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).createPasskey().waitForAccountConsole();
        pages.signOut();
        // Chrome's virtual authenticator answers the page's conditional request at once, as a user picking
        // the passkey from the autofill list would
        pages.openAccountConsole().waitForAccountConsole();
        JsonNode login = admin.events(autofillRealm, "LOGIN", admin.userId(autofillRealm, username)).get(0);
        assertEquals("passkey_autofill", login.path("details").path("pa_login_method").asText(), login.toString());
    }

    @Test
    @DisplayName("Keycloak's own passkey login accepts a passkey created by our append step")
    void keycloaksBuiltInPasskeyLoginAcceptsOurPasskey(Browser browser) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "grace", PASSWORD);
        String userId = admin.userId(realm, username);
        passwordLoginCreatingPasskey(browser, username);
        pages(browser).signOut();

        browser.open(keycloak.realmUrl(realm) + "/protocol/openid-connect/auth?client_id=" + TestRealms.BUILTIN_PASSKEY_CLIENT
                // a redirect target that loads no application, so the authorization code stays in the URL
                + "&response_type=code&scope=openid&redirect_uri=" + keycloak.baseUrl() + "/builtin-login-done");
        browser.waitForId("username");
        browser.type("username", username);
        browser.click("kc-login");
        browser.waitForId("authenticateWebAuthnButton");
        browser.click("authenticateWebAuthnButton");
        browser.waitForUrl(url -> url.contains("code="));

        JsonNode login = admin.events(realm, "LOGIN", userId).get(0);
        assertEquals(TestRealms.BUILTIN_PASSKEY_CLIENT, login.path("clientId").asText());
        assertEquals("webauthn-passwordless", login.path("details").path("credential_type").asText(), login.toString());
    }
}
