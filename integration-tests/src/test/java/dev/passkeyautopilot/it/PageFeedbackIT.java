package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.Browsers;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.jsoup.nodes.Element;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the login pages say and where they put the focus (issue 15, section 6): a prompt that did not finish is
 * neutral information and a refused passkey is red; a failed creation can be tried again at once; a created
 * passkey is confirmed with its provider before the login goes on; the waiting passkey page focuses the way out
 * and offers "Try again" after the configured delay; a signed-in user without a support role is told so at once.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageFeedbackIT {

    private static final String PASSWORD = "feedback-password-1";
    /** The identifier step's "Try again" delay in this suite's realm (the default is 30 s). */
    private static final int RETRY_AFTER_SECONDS = 2;
    /** Google Password Manager in Keycloak's bundled AAGUID metadata. */
    private static final String GOOGLE_PASSWORD_MANAGER_AAGUID = "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4";

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;

    @BeforeAll
    void realm(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = "feedback-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode definition = TestRealms.definition(admin.json(), realm);
        TestRealms.passkeyAutofill(definition, false);
        definition.withArray("authenticatorConfig").forEach(config -> {
            if ("passkey-autopilot-identifier-first".equals(config.path("alias").asText())) {
                ((ObjectNode) config.get("config")).put("passkey-retry-after-seconds", Integer.toString(RETRY_AFTER_SECONDS));
            }
        });
        admin.importRealm(definition);
    }

    private LoginPages pages(Browser browser) {
        return new LoginPages(browser, keycloak, realm);
    }

    /** A user who created a passkey in this browser through the offer, then signed out. */
    private String userWithPasskey(Browser browser, String prefix) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, prefix, PASSWORD);
        LoginPages pages = pages(browser);
        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).createPasskey().waitForAccountConsole();
        pages.signOut();
        return username;
    }

    private static WebElement message(Browser browser) {
        return browser.waitFor(By.id("pa-message"));
    }

    @Test
    @DisplayName("A prompt that did not finish (NotAllowedError) → the password step says so as neutral information, announced"
            + " and tied to the password field; nothing red")
    void promptThatDidNotFinishIsNeutral(Browser browser) {
        String username = userWithPasskey(browser, "nora");
        // what a closed prompt looks like to the page: NotAllowedError
        browser.setUserVerified(false);
        LoginPages pages = pages(browser);
        pages.openAccountConsole().identify(username).waitForPage(LoginPages.PASSWORD);

        WebElement message = message(browser);
        assertEquals("Passkey sign-in didn't finish. Try again or enter your password.", message.getText().trim());
        String classes = message.getDomAttribute("class");
        assertTrue(classes.contains("pf-m-info"), "neutral information: " + classes);
        assertFalse(classes.contains("pf-m-danger"), "not red: " + classes);
        assertEquals("alert", message.getDomAttribute("role"), "announced to screen readers");
        pages.waitReady();
        String describedBy = browser.driver().findElement(By.id("password")).getDomAttribute("aria-describedby");
        assertTrue(describedBy != null && describedBy.contains("pa-message"), "the focused field names the message: " + describedBy);
        assertEquals("not_allowed", admin.events(realm, "LOGIN_ERROR", admin.userId(realm, username)).get(0)
                .path("details").path("pa_reason").asText());
    }

    @Test
    @DisplayName("Over HTTP: a passkey the server refuses (tampered signature) → the password step in red; a prompt the page"
            + " reports as aborted (AbortError) → neutral information; both announced")
    void refusedPasskeyIsRedAbortedPromptIsNot() {
        String username = TestRealms.newUser(admin, realm, "rita", PASSWORD);
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(username, PASSWORD, authenticator);

        HttpPasskeyFlows.Attempt refused = flows.passkeyAttempt(username);
        Map<String, String> fields = new LinkedHashMap<>(authenticator.assertion(refused.requestOptions(), refused.browser().origin()).fields());
        byte[] signature = Base64.getUrlDecoder().decode(fields.get("pa_signature"));
        signature[signature.length - 2] ^= 0x5a;
        fields.put("pa_signature", Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
        Element red = expect(refused.submitAssertion(fields), HttpPasskeyFlows.PASSWORD).document().selectFirst("#pa-message");
        assertTrue(red != null && red.hasClass("pf-m-danger"), "a refused passkey is an error: " + red);
        assertEquals("alert", red.attr("role"));
        assertEquals("We couldn't sign you in with your passkey. Enter your password instead.", red.text().trim());

        HttpPasskeyFlows.Attempt aborted = flows.passkeyAttempt(username);
        LoginHttpClient.Page page = aborted.browser().submit(aborted.page(),
                Map.of("pa_action", "passkey_error", "pa_error", "AbortError", "pa_duration_ms", "900"));
        Element neutral = expect(page, HttpPasskeyFlows.PASSWORD).document().selectFirst("#pa-message");
        assertTrue(neutral != null && neutral.hasClass("pf-m-info") && !neutral.hasClass("pf-m-danger"), "neutral: " + neutral);
        assertEquals("alert", neutral.attr("role"));
        assertEquals("Passkey sign-in didn't finish. Try again or enter your password.", neutral.text().trim());
    }

    @Test
    @DisplayName("Creation fails in the browser → the offer again, saying the passkey wasn't created and can be tried now;"
            + " the retry creates it")
    void failedCreationCanBeTriedAgainNow(Browser browser) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "carl", PASSWORD);
        LoginPages pages = pages(browser);
        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).waitForPage(LoginPages.APPEND);
        browser.setUserVerified(false);
        pages.waitReady();
        browser.click("pa-create");
        browser.wait(Duration.ofSeconds(30)).until(driver -> !driver.findElements(By.id("pa-message")).isEmpty());
        WebElement message = message(browser);
        assertEquals("Your passkey wasn't created. You can try again now.", message.getText().trim());
        assertFalse(message.getDomAttribute("class").contains("pf-m-danger"), "the user only did not finish: not red");
        assertTrue(pages.showing(LoginPages.APPEND), "the offer stands");

        browser.setUserVerified(true);
        pages.createPasskey().waitForAccountConsole();
        assertEquals(1, admin.credentials(realm, admin.userId(realm, username), "webauthn-passwordless").size());
    }

    @Test
    @DisplayName("After creation: a confirmation with the generic wording (the virtual authenticator's AAGUID names no provider),"
            + " Continue focused; the LOGIN after it still says how the user signed in")
    void confirmationBeforeContinuing(Browser browser) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "cora", PASSWORD);
        String userId = admin.userId(realm, username);
        LoginPages pages = pages(browser);
        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).waitForPage(LoginPages.APPEND);
        pages.waitReady();
        browser.click("pa-create");
        pages.waitForPage(LoginPages.CREATED);
        assertEquals("Passkey saved", browser.driver().findElement(By.id("kc-page-title")).getText().trim());
        pages.waitReady();
        assertEquals("pa-continue", browser.executeScript("return document.activeElement.id;"), "Continue has the focus");
        assertTrue(admin.events(realm, "LOGIN", userId).isEmpty(), "the login goes on only from the confirmation");

        browser.click("pa-continue");
        pages.waitForAccountConsole();
        JsonNode login = admin.events(realm, "LOGIN", userId).get(0);
        assertEquals("password", login.path("details").path("pa_login_method").asText(), login.toString());
        assertEquals("pwd", login.path("details").path("pa_amr").asText(), login.toString());
        assertEquals("created", login.path("details").path("pa_append_outcome").asText(), login.toString());
    }

    @Test
    @DisplayName("A passkey from a known provider (Google Password Manager's AAGUID, over HTTP) → \"Passkey saved to Google"
            + " Password Manager\"; anything but Continue there is refused and changes nothing")
    void confirmationNamesTheProvider() {
        String username = TestRealms.newUser(admin, realm, "gina", PASSWORD);
        String userId = admin.userId(realm, username);
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page passwordPage = expect(flows.identify(browser, username), HttpPasskeyFlows.PASSWORD);
        LoginHttpClient.Page offer = expect(browser.submit(passwordPage, Map.of("pa_action", "password", "password", PASSWORD,
                "pa_capabilities", HttpPasskeyFlows.CAPABLE_BROWSER, "pa_device", "http-test-device-0001")), HttpPasskeyFlows.APPEND);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator().withAaguid(GOOGLE_PASSWORD_MANAGER_AAGUID);
        Map<String, String> fields = new LinkedHashMap<>(authenticator.register(offer.data("data-creation-options"), browser.origin()));
        fields.put("pa_action", "create");
        LoginHttpClient.Page created = expect(browser.submit(offer, fields), HttpPasskeyFlows.CREATED);
        assertEquals("Passkey saved to Google Password Manager", created.document().selectFirst("#kc-page-title").text().trim());

        // a second "create" (or a "skip") after the passkey exists: refused with an error event, the confirmation again
        LoginHttpClient.Page again = expect(browser.submit(created, Map.of("pa_action", "skip")), HttpPasskeyFlows.CREATED);
        assertEquals(400, again.status());
        assertFalse(again.message().isBlank(), "says why");
        assertEquals("malformed_response", admin.events(realm, "CUSTOM_REQUIRED_ACTION_ERROR", userId).get(0)
                .path("details").path("pa_reason").asText());
        assertEquals(1, admin.credentials(realm, userId, "webauthn-passwordless").size(), "nothing changed");
        assertTrue(admin.events(realm, "LOGIN", userId).isEmpty());

        LoginHttpClient.Page done = browser.submit(again, Map.of("pa_action", "continue"));
        assertTrue(done.loggedIn(), "Continue finishes the login: " + done.status() + " " + done.template());
        assertEquals("created", admin.events(realm, "LOGIN", userId).get(0).path("details").path("pa_append_outcome").asText());
    }

    @Test
    @DisplayName("The waiting passkey page: the focus on \"Sign in with password instead\", one sentence on what to do,"
            + " and \"Try again\" instead of the spinner after the configured delay")
    void waitingPageFocusAndTryAgain(Browser browser) {
        String username = userWithPasskey(browser, "wanda");
        // nobody answers the browser's prompt, as for a user who looks away
        WebAuthnScripts.leavePromptsUnanswered(browser);
        LoginPages pages = pages(browser);
        pages.openAccountConsole().identify(username).waitForPage(LoginPages.PASSKEY);
        pages.waitReady();
        long shown = System.nanoTime();
        assertEquals("pa-use-password", browser.executeScript("return document.activeElement.id;"), "the way out has the focus");
        assertEquals("Follow your browser's prompt to sign in with your passkey.",
                browser.driver().findElement(By.id("pa-passkey-prompt")).getText().trim());
        assertTrue(browser.driver().findElement(By.id("pa-passkey-pending")).isDisplayed(), "waiting at first");
        assertFalse(browser.driver().findElement(By.id("pa-retry")).isDisplayed(), "no Try again while just started");

        browser.wait(Duration.ofSeconds(RETRY_AFTER_SECONDS + 10)).until(driver -> driver.findElement(By.id("pa-retry")).isDisplayed());
        long waitedMs = (System.nanoTime() - shown) / 1_000_000;
        assertTrue(waitedMs >= (RETRY_AFTER_SECONDS * 1000L) - 500, "offered after the delay, not at once: " + waitedMs + " ms");
        assertFalse(browser.driver().findElement(By.id("pa-passkey-pending")).isDisplayed(), "the spinner gives way");
        assertTrue(pages.showing(LoginPages.PASSKEY), "still on the passkey page: the prompt was not reported as failed");
        assertEquals("pa-use-password", browser.executeScript("return document.activeElement.id;"), "the focus stays");
    }

    @Test
    @DisplayName("Support console: a signed-in user without a support role is told so at once, with nothing to retry")
    void consoleWithoutSupportRole(Browser browser) {
        String username = TestRealms.newUser(admin, realm, "norole", PASSWORD);
        browser.open(keycloak.realmUrl(realm) + "/passkey-autopilot/console/");
        pages(browser).identify(username).enterPassword(PASSWORD).notNowIfOffered();
        browser.wait(Duration.ofSeconds(30)).until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        WebElement error = browser.driver().findElement(By.id("state-error"));
        assertTrue(error.isDisplayed(), "told at once, before any search");
        assertTrue(browser.driver().findElement(By.id("state-error-text")).getText().contains("no support role"),
                browser.driver().findElement(By.id("state-error-text")).getText());
        assertFalse(browser.driver().findElement(By.id("state-error-retry")).isDisplayed(), "no Try again: only an administrator can help");
        assertFalse(browser.driver().findElement(By.id("search-input")).isEnabled(), "no search to run");
        assertTrue(List.of().equals(browser.driver().findElements(By.cssSelector("[data-testid=user-result]"))));
    }
}
