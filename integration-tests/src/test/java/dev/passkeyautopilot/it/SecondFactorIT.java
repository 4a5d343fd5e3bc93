package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.SecondFactorRealms.Model;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Passkeys as the second factor and as full MFA, in Chromium with a virtual platform authenticator, with
 * the tokens the application receives (docs/second-factor.md).
 */
// the SIEM suites' server: the smoke tests of every Keycloak version (README) then share one server start
@WithKeycloak(options = SinkOptions.LOOPBACK_RECEIVERS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondFactorIT {

    private static final String PASSWORD = "second-factor-password-1";

    private KeycloakTarget keycloak;
    private AdminClient admin;

    @BeforeAll
    void setUp(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
    }

    private static List<String> amr(JsonNode idToken) {
        List<String> values = new ArrayList<>();
        idToken.path("amr").forEach(v -> values.add(v.asText()));
        return values;
    }

    @Tag("smoke")
    @Test
    @DisplayName("Keycloak's password form, then the passkey as second factor → logged in; amr [pwd, hwk, user, mfa], acr gold")
    void passwordThenPasskeySecondFactor(Browser browser) {
        String realm = SecondFactorRealms.create(admin, "kc2fa", Model.PASSWORD_THEN_SECOND_FACTOR, false);
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "sam", PASSWORD);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        TokenLogin tokens = new TokenLogin(browser, keycloak, realm);

        tokens.start(null);
        pages.keycloakUsernamePassword(username, PASSWORD).createPasskey();
        JsonNode first = tokens.idToken();
        assertEquals(List.of("pwd"), amr(first), "password only: " + first);

        pages.signOut();
        tokens.start(null);
        pages.keycloakUsernamePassword(username, PASSWORD).confirmWithPasskey();
        JsonNode second = tokens.idToken();
        assertEquals(List.of("pwd", "hwk", "user", "mfa"), amr(second), second.toString());
        assertEquals("gold", second.path("acr").asText(), "the second factor reaches level 2: " + second);

        JsonNode login = admin.events(realm, "LOGIN", admin.userId(realm, username)).get(0);
        assertEquals("passkey_second_factor", login.path("details").path("pa_login_method").asText(), login.toString());
        assertEquals("pwd,hwk,user,mfa", login.path("details").path("pa_amr").asText(), login.toString());
    }

    @Test
    @DisplayName("Password + passkey prompt failing → one-time code offered → real TOTP code → logged in; after codes, the offer is \"instead of codes\"")
    void failedPasskeyFallsBackToOneTimeCode(Browser browser) {
        String realm = SecondFactorRealms.create(admin, "otp", Model.PASSWORD_THEN_SECOND_FACTOR, false);
        browser.addPlatformAuthenticator();
        Totp totp = new Totp("otp-secret-" + System.nanoTime());
        String username = SecondFactorRealms.newUserWithOtp(admin, realm, "olive", PASSWORD, totp);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        TokenLogin tokens = new TokenLogin(browser, keycloak, realm);

        // no passkey yet: the code form directly, then the offer to replace the codes
        tokens.start(null);
        pages.keycloakUsernamePassword(username, PASSWORD).enterOtp(totp.nextCode()).waitForPage(LoginPages.APPEND);
        assertTrue(browser.driver().findElement(By.id("kc-page-title")).getText().contains("instead of codes"),
                "append offer speaks of replacing codes: " + browser.driver().findElement(By.id("kc-page-title")).getText());
        pages.createPasskey();
        assertEquals(List.of("pwd", "otp", "mfa"), amr(tokens.idToken()));
        String userId = admin.userId(realm, username);
        assertEquals(1, admin.credentials(realm, userId, "webauthn-passwordless").size());

        // the passkey prompt fails (user verification refused) → the code form, with a message
        pages.signOut();
        browser.setUserVerified(false);
        tokens.start(null);
        pages.keycloakUsernamePassword(username, PASSWORD);
        browser.waitForId("otp");
        assertFalse(pages.message().isBlank(), "the code form says why it is shown");
        pages.enterOtp(totp.nextCode()).notNowIfOffered();
        JsonNode token = tokens.idToken();
        assertEquals(List.of("pwd", "otp", "mfa"), amr(token), token.toString());
        assertEquals("gold", token.path("acr").asText());

        JsonNode error = admin.events(realm, "LOGIN_ERROR", userId).get(0);
        assertEquals("passkey_second_factor", error.path("details").path("pa_login_method").asText(), error.toString());
        assertEquals("not_allowed", error.path("details").path("pa_reason").asText(), error.toString());
    }

    @Test
    @DisplayName("Learning spans the second factor: two failed automatic prompts there → the next second factor shows a button, no prompt")
    void failedSecondFactorPromptsTurnIntoAButton(Browser browser, Sql sql) {
        String realm = SecondFactorRealms.create(admin, "learn", Model.PASSWORD_THEN_SECOND_FACTOR, false);
        browser.addPlatformAuthenticator();
        Totp totp = new Totp("learn-secret-" + System.nanoTime());
        String username = SecondFactorRealms.newUserWithOtp(admin, realm, "lena", PASSWORD, totp);
        String userId = admin.userId(realm, username);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        TokenLogin tokens = new TokenLogin(browser, keycloak, realm);
        tokens.start(null);
        pages.keycloakUsernamePassword(username, PASSWORD).enterOtp(totp.nextCode()).createPasskey();
        tokens.idToken();

        browser.setUserVerified(false);
        for (int attempt = 1; attempt <= 2; attempt++) {
            pages.signOut();
            tokens.start(null);
            pages.keycloakUsernamePassword(username, PASSWORD);
            browser.waitForId("otp");
            pages.enterOtp(totp.nextCode()).notNowIfOffered();
            tokens.idToken();
        }
        assertEquals("auto_passkey", latestSecondFactorDecision(sql, userId).get("decision"));
        assertEquals(2, admin.events(realm, "LOGIN_ERROR", userId).size());

        pages.signOut();
        tokens.start(null);
        pages.keycloakUsernamePassword(username, PASSWORD).waitForPage(LoginPages.PASSKEY);
        assertEquals("false", browser.driver().findElement(By.id("pa-form")).getDomAttribute("data-auto-start"));
        Map<String, Object> third = latestSecondFactorDecision(sql, userId);
        assertEquals("button_only", third.get("decision"), third.toString());
        assertTrue(((String) third.get("decision_reasons")).contains("recent_failures_in_environment"), third.toString());
        assertEquals(2, admin.events(realm, "LOGIN_ERROR", userId).size(), "no prompt was started by itself the third time");
    }

    private static Map<String, Object> latestSecondFactorDecision(Sql sql, String userId) {
        return sql.query("select decision, decision_reasons from pa_passkey_operation where user_id = ? and kind = 'second_factor'"
                + " and decision is not null order by started_at desc", userId).get(0);
    }

    @Test
    @DisplayName("Passkey login (identifier-first) → the second factor is skipped → token shows MFA")
    void passkeyLoginSkipsSecondFactor(Browser browser) {
        String realm = SecondFactorRealms.create(admin, "mfa", Model.PASSKEY_LOGIN, false);
        browser.addPlatformAuthenticator();
        Totp totp = new Totp("mfa-secret-" + System.nanoTime());
        String username = SecondFactorRealms.newUserWithOtp(admin, realm, "mia", PASSWORD, totp);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        TokenLogin tokens = new TokenLogin(browser, keycloak, realm);

        tokens.start(null);
        pages.identify(username).enterPassword(PASSWORD).enterOtp(totp.nextCode()).createPasskey();
        assertEquals(List.of("pwd", "otp", "mfa"), amr(tokens.idToken()));

        pages.signOut();
        tokens.start(null);
        pages.identify(username);
        JsonNode token = tokens.idToken();
        assertEquals(List.of("hwk", "user", "mfa"), amr(token), token.toString());
        assertEquals("gold", token.path("acr").asText(), "a verified passkey is level 2 on its own: " + token);
        JsonNode login = admin.events(realm, "LOGIN", admin.userId(realm, username)).get(0);
        assertEquals("passkey_automatic", login.path("details").path("pa_login_method").asText(), "no code asked: " + login);
    }

    @Test
    @DisplayName("Step-up: after a password-only login (acr silver), a client asking for acr gold gets the passkey prompt")
    void stepUpAsksForThePasskey(Browser browser) {
        String realm = SecondFactorRealms.create(admin, "stepup", Model.STEP_UP, false);
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "stella", PASSWORD);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        TokenLogin tokens = new TokenLogin(browser, keycloak, realm);

        tokens.start(null);
        pages.identify(username).enterPassword(PASSWORD).createPasskey();
        tokens.idToken();
        pages.signOut();

        // the passkey prompt fails, the user signs in with the password: level 1
        browser.setUserVerified(false);
        tokens.start(null);
        pages.identify(username).enterPassword(PASSWORD).notNowIfOffered();
        JsonNode passwordOnly = tokens.idToken();
        assertEquals("silver", passwordOnly.path("acr").asText(), passwordOnly.toString());
        assertEquals(List.of("pwd"), amr(passwordOnly));

        // the same SSO session, a client now asks for level 2: the passkey is asked for, not the password
        browser.setUserVerified(true);
        tokens.start("gold");
        pages.confirmWithPasskey();
        JsonNode stepUp = tokens.idToken();
        assertEquals("gold", stepUp.path("acr").asText(), stepUp.toString());
        assertEquals(List.of("pwd", "hwk", "user", "mfa"), amr(stepUp), stepUp.toString());
    }

    @Test
    @DisplayName("Regulated mode: no passwordless prompt, no autofill; the passkey only after the password")
    void regulatedModePasskeyOnlyAfterPassword(Browser browser) {
        String realm = SecondFactorRealms.create(admin, "regulated", Model.PASSKEY_LOGIN, true);
        browser.addPlatformAuthenticator();
        Totp totp = new Totp("reg-secret-" + System.nanoTime());
        String username = SecondFactorRealms.newUserWithOtp(admin, realm, "rhea", PASSWORD, totp);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        TokenLogin tokens = new TokenLogin(browser, keycloak, realm);

        tokens.start(null);
        pages.identify(username).enterPassword(PASSWORD).enterOtp(totp.nextCode()).createPasskey();
        tokens.idToken();
        pages.signOut();

        tokens.start(null);
        pages.waitForPage(LoginPages.IDENTIFIER);
        assertTrue(browser.driver().findElement(By.id("pa-form")).getDomAttribute("data-conditional-options") == null
                || browser.driver().findElement(By.id("pa-form")).getDomAttribute("data-conditional-options").isEmpty(), "no autofill");
        pages.identify(username).waitForPage(LoginPages.PASSWORD);
        assertFalse(browser.isPresent(By.id("pa-retry-passkey")), "no \"sign in with a passkey\" on the password step");
        pages.enterPassword(PASSWORD).confirmWithPasskey();
        JsonNode token = tokens.idToken();
        assertEquals(List.of("pwd", "hwk", "user", "mfa"), amr(token), token.toString());

        // a password-only user is not offered a passkey at all: it could only replace codes here
        String plain = TestRealms.newUser(admin, realm, "pat", PASSWORD);
        pages.signOut();
        tokens.start(null);
        pages.identify(plain).enterPassword(PASSWORD);
        assertEquals(List.of("pwd"), amr(tokens.idToken()));
    }
}
