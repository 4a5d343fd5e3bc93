package dev.passkeyautopilot.it;

import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Axe;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.Browsers;
import dev.passkeyautopilot.it.harness.HarnessProperties;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of ours passes axe-core (WCAG 2.1 A/AA and best practices) in English and German, on a desktop
 * (1280 px) and a phone (390 px), where no page scrolls sideways: identifier, passkey (waiting), password with the
 * fallback message, append offer, the confirmation after creation, and the support console (search and user view).
 * A keyboard-only user signs in, creates the offered passkey and signs in with it. Screenshots of each page at
 * each width are kept in {@code target/test-artifacts/PageAccessibilityIT/}.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAccessibilityIT {

    private static final String PASSWORD = "a11y-password-1";
    private static final int DESKTOP = 1280;
    private static final int PHONE = 390;

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;

    @BeforeAll
    void realm(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = TestRealms.create(admin, "a11y", false);
    }

    /** What axe and the phone width find on the current page; nothing when it is fine. */
    private static List<String> check(Browser browser, String page) {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {DESKTOP, PHONE}) {
            browser.viewportWidth(width);
            String name = page + " at " + width + " px";
            browser.screenshot(HarnessProperties.artifactsDir().resolve("PageAccessibilityIT")
                    .resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".png"));
            Axe.violations(browser).forEach(violation -> problems.add(name + ": " + violation));
            if (width == PHONE && browser.scrollsSideways()) {
                problems.add(name + ": scrolls sideways (" + browser.executeScript("return document.documentElement.scrollWidth;") + " px wide)");
            }
        }
        browser.viewportWidth(DESKTOP);
        return problems;
    }

    @Test
    @DisplayName("Login pages in English: identifier, password, append offer, confirmation, passkey (waiting), password with the"
            + " fallback message: no axe violation at 1280 and 390 px, no sideways scrolling on the phone")
    void loginPagesInEnglish(Browser browser) {
        loginPages("en", browser);
    }

    @Test
    @DisplayName("Login pages in German (the layout's language menu): the same pages, the same checks")
    void loginPagesInGerman(Browser browser) {
        loginPages("de", browser);
    }

    private void loginPages(String language, Browser browser) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "ally-" + language, PASSWORD);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        List<String> problems = new ArrayList<>();

        pages.openAccountConsole().waitForPage(LoginPages.IDENTIFIER);
        if ("de".equals(language)) {
            pages.german();
        }
        pages.waitReady();
        problems.addAll(check(browser, language + " identifier"));
        pages.identify(username).waitForPage(LoginPages.PASSWORD);
        pages.waitReady();
        problems.addAll(check(browser, language + " password"));
        pages.enterPassword(PASSWORD).waitForPage(LoginPages.APPEND);
        pages.waitReady();
        problems.addAll(check(browser, language + " append offer"));
        browser.click("pa-create");
        pages.waitForPage(LoginPages.CREATED);
        pages.waitReady();
        problems.addAll(check(browser, language + " confirmation"));
        pages.continueAfterCreation().waitForAccountConsole();
        pages.signOut();

        // nobody answers the automatic prompt: the page waits, until the realm's prompt timeout, then the password
        // step says why the user is there
        WebAuthnScripts.leavePromptsUnanswered(browser);
        pages.openAccountConsole().waitForPage(LoginPages.IDENTIFIER);
        if ("de".equals(language)) {
            pages.german();
        }
        pages.identify(username).waitForPage(LoginPages.PASSKEY);
        pages.waitReady();
        problems.addAll(check(browser, language + " passkey (waiting)"));
        browser.wait(Duration.ofSeconds(TestRealms.PROMPT_TIMEOUT_SECONDS + 20)).until(driver -> pages.showing(LoginPages.PASSWORD));
        pages.waitReady();
        assertTrue(browser.isPresent(By.id("pa-message")), "the fallback message is shown");
        problems.addAll(check(browser, language + " password with the fallback message"));

        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    @Test
    @DisplayName("Support console in English: search and user view (with a long German passkey name): no axe violation at 1280"
            + " and 390 px, no sideways scrolling on the phone, the revoke action in view")
    void supportConsoleInEnglish(Browsers browsers) {
        supportConsole("en", browsers);
    }

    @Test
    @DisplayName("Support console in German (?lang=de): the same views, the same checks")
    void supportConsoleInGerman(Browsers browsers) {
        supportConsole("de", browsers);
    }

    private void supportConsole(String language, Browsers browsers) {
        String username = TestRealms.newUser(admin, realm, "subject-" + language, PASSWORD);
        String userId = admin.userId(realm, username);
        Browser userBrowser = browsers.open();
        userBrowser.addPlatformAuthenticator();
        new LoginPages(userBrowser, keycloak, realm).openAccountConsole().identify(username).enterPassword(PASSWORD).createPasskey()
                .waitForAccountConsole();
        String credentialId = TestRealms.onlyPasskey(admin, realm, userId).path("id").asText();
        relabel(userId, credentialId, "Passwortverwaltungsanwendungsschlüsselbund (Chrome unter Linux)");

        Browser browser = browsers.open();
        String agent = new SupportStaff(keycloak, admin, realm).create("agent", List.of("support-agent"), List.of("view-users", "manage-users"));
        browser.open(keycloak.realmUrl(realm) + "/passkey-autopilot/console/?lang=" + language);
        new LoginPages(browser, keycloak, realm).identify(agent).enterPassword(SupportStaff.PASSWORD).notNowIfOffered();
        browser.wait(Duration.ofSeconds(30)).until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertEquals(language, browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
        List<String> problems = new ArrayList<>(check(browser, language + " console search"));

        browser.type("search-input", username);
        browser.click("search-button");
        browser.waitFor(By.cssSelector("[data-testid=user-result]")).click();
        browser.waitForId("user-view");
        browser.waitFor(By.cssSelector("[data-testid=passkey-row]"));
        browser.wait(Duration.ofSeconds(20)).until(driver -> driver.findElement(By.tagName("body")).getDomAttribute("data-busy") == null);
        problems.addAll(check(browser, language + " console user view"));

        // the revoke action stays in view beside a long name at the desktop width, and the name is not broken letter by letter
        WebElement revoke = browser.driver().findElement(By.cssSelector("[data-testid=revoke-passkey]"));
        Boolean revokeInView = (Boolean) browser.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.right <= window.innerWidth && r.left >= 0;", revoke);
        if (!revokeInView) {
            problems.add(language + " console user view: the revoke action is out of view");
        }
        Long labelWidth = (Long) browser.executeScript(
                "return Math.round(document.querySelector('[data-testid=passkey-row] .passkey-label').getBoundingClientRect().width);");
        if (labelWidth < 80) {
            problems.add(language + " console user view: the passkey name is squeezed to " + labelWidth + " px");
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    /** Keycloak's own label endpoint (text/plain), as the account console uses it. */
    private void relabel(String userId, String credentialId, String label) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl()
                            + "/admin/realms/" + realm + "/users/" + userId + "/credentials/" + credentialId + "/userLabel"))
                    .header("Authorization", "Bearer " + admin.accessToken()).header("Content-Type", "text/plain; charset=utf-8")
                    .PUT(HttpRequest.BodyPublishers.ofString(label)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- keyboard only ---------------------------------------------------------------------------------------------

    /** Types into whatever has the focus, as a keyboard does. */
    private static void typeIntoFocused(Browser browser, CharSequence... keys) {
        browser.driver().switchTo().activeElement().sendKeys(keys);
    }

    private static String focusedId(Browser browser) {
        return (String) browser.executeScript("return document.activeElement ? document.activeElement.id : '';");
    }

    /** Presses Tab until the element with this id has the focus (at most 20 times). */
    private static void tabTo(Browser browser, String id) {
        for (int i = 0; i < 20 && !id.equals(focusedId(browser)); i++) {
            typeIntoFocused(browser, Keys.TAB);
        }
        assertEquals(id, focusedId(browser), "reached with the Tab key");
    }

    @Test
    @DisplayName("Keyboard only (Tab, Enter, typing into the focused element; no clicks): password sign-in, create the offered"
            + " passkey, continue, sign out, sign in with the passkey")
    void keyboardOnlyJourney(Browser browser) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "keys", PASSWORD);
        String userId = admin.userId(realm, username);
        LoginPages pages = new LoginPages(browser, keycloak, realm);

        pages.openAccountConsole().waitForPage(LoginPages.IDENTIFIER);
        pages.waitReady();
        assertEquals("username", focusedId(browser), "the username field has the focus");
        typeIntoFocused(browser, username, Keys.ENTER);

        pages.waitForPage(LoginPages.PASSWORD);
        pages.waitReady();
        assertEquals("password", focusedId(browser), "the password field has the focus");
        typeIntoFocused(browser, PASSWORD, Keys.ENTER);

        pages.waitForPage(LoginPages.APPEND);
        pages.waitReady();
        tabTo(browser, "pa-create");
        typeIntoFocused(browser, Keys.ENTER);

        pages.waitForPage(LoginPages.CREATED);
        pages.waitReady();
        assertEquals("pa-continue", focusedId(browser), "Continue has the focus");
        typeIntoFocused(browser, Keys.ENTER);
        pages.waitForAccountConsole();
        assertEquals(1, admin.credentials(realm, userId, "webauthn-passwordless").size());

        browser.open(keycloak.realmUrl(realm) + "/protocol/openid-connect/logout");
        browser.waitForId("kc-logout");
        tabTo(browser, "kc-logout");
        typeIntoFocused(browser, Keys.ENTER);
        browser.wait(Duration.ofSeconds(20)).until(driver -> driver.getPageSource().contains("You are logged out"));

        pages.openAccountConsole().waitForPage(LoginPages.IDENTIFIER);
        pages.waitReady();
        typeIntoFocused(browser, username, Keys.ENTER);
        // the passkey page starts the prompt by itself; the virtual authenticator answers as a touch would
        pages.waitForAccountConsole();
        assertEquals("passkey_automatic", admin.events(realm, "LOGIN", userId).get(0).path("details").path("pa_login_method").asText());
    }
}
