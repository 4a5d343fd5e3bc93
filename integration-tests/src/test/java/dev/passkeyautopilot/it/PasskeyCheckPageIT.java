package dev.passkeyautopilot.it;

import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Axe;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The passkey check page ({@code /realms/{realm}/passkey-autopilot/check}) in real Chromium with a virtual authenticator. */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeyCheckPageIT {

    private static final String PASSWORD = "check-password-1";
    private static final List<String> ITEMS = List.of("platform", "autofill", "hybrid", "signal");

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;

    @BeforeAll
    void realm(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = TestRealms.create(admin, "check", false);
    }

    private void openCheck(Browser browser, String locale) {
        browser.open(keycloak.realmUrl(realm) + "/passkey-autopilot/check?kc_locale=" + locale);
        browser.wait(Duration.ofSeconds(20)).until(driver ->
                "true".equals(driver.findElement(By.id("pa-check")).getDomAttribute("data-pa-ready")));
    }

    private String answer(Browser browser, String item) {
        return browser.driver().findElement(By.id("pa-check-" + item)).getDomAttribute("data-answer");
    }

    @Test
    @DisplayName("Says in plain words what this browser supports; signed out, it asks to sign in for the passkey list")
    void capabilitiesSignedOut(Browser browser) {
        browser.addPlatformAuthenticator();
        openCheck(browser, "en");
        assertTrue(browser.pageSource().contains("template: passkey-autopilot-check.ftl"));
        for (String item : ITEMS) {
            WebElement element = browser.driver().findElement(By.id("pa-check-" + item));
            assertFalse(element.getText().contains("Checking"), item + ": " + element.getText());
            assertTrue(List.of("yes", "no").contains(element.getDomAttribute("data-answer")), item);
        }
        assertEquals("yes", answer(browser, "platform"), "the virtual platform authenticator is a passkey-capable device");
        assertEquals("yes", answer(browser, "signal"), "Chromium has the Signal API");
        assertTrue(browser.driver().findElement(By.id("pa-check-platform")).getText().startsWith("Yes"));
        assertTrue(browser.isPresent(By.id("pa-check-signed-out")));
        assertTrue(browser.isPresent(By.id("pa-check-guide")), "the level-0 essentials");
    }

    @Test
    @DisplayName("A browser without an authenticator hears \"no\" for passkeys on this device")
    void noAuthenticator(Browser browser) {
        openCheck(browser, "en");
        assertEquals("no", answer(browser, "platform"));
    }

    @Test
    @DisplayName("Signed in: the user's passkeys, the one created in this browser marked as used here; German wording")
    void signedInListsPasskeysUsedHere(Browser browser) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "checker", PASSWORD);
        new LoginPages(browser, keycloak, realm).openAccountConsole().identify(username).enterPassword(PASSWORD).createPasskey()
                .waitForAccountConsole();

        openCheck(browser, "en");
        browser.wait(Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.cssSelector("#pa-check-passkeys .pa-check-passkey")).isEmpty());
        List<WebElement> passkeys = browser.driver().findElements(By.cssSelector("#pa-check-passkeys .pa-check-passkey"));
        assertEquals(1, passkeys.size());
        assertEquals("true", passkeys.get(0).getDomAttribute("data-used-here"));
        assertTrue(passkeys.get(0).getText().contains("used on this device"), passkeys.get(0).getText());

        openCheck(browser, "de");
        assertTrue(browser.pageSource().contains("Passkey-Check"));
        browser.wait(Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.cssSelector("#pa-check-passkeys .pa-check-passkey")).isEmpty());
        assertTrue(browser.driver().findElement(By.cssSelector("#pa-check-passkeys .pa-check-passkey")).getText()
                .contains("auf diesem Gerät verwendet"));
    }

    @Test
    @DisplayName("axe-core finds nothing at 1280 and 390 px, in English and German; no sideways scrolling on a phone")
    void accessible(Browser browser) {
        browser.addPlatformAuthenticator();
        for (String locale : List.of("en", "de")) {
            for (int width : List.of(1280, 390)) {
                browser.viewportWidth(width);
                openCheck(browser, locale);
                Axe.assertNoViolations(browser, "passkey check " + locale + " " + width + " px");
                if (width == 390) {
                    assertFalse(browser.scrollsSideways(), "check page scrolls sideways at 390 px (" + locale + ")");
                }
            }
        }
    }

    @Test
    @DisplayName("The password step after a failed passkey links to the check page")
    void fallbackLinksToTheCheckPage(Browser browser) {
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "fallback", PASSWORD);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).createPasskey().waitForAccountConsole();
        pages.signOut();
        browser.removeAllCredentials();
        pages.openAccountConsole().identify(username).waitForPage(LoginPages.PASSWORD);
        String href = browser.waitForId("pa-check-link").getDomAttribute("href");
        assertTrue(href.endsWith("/realms/" + realm + "/passkey-autopilot/check"), href);
    }
}
