package dev.passkeyautopilot.it;

import dev.passkeyautopilot.it.harness.AdminClient;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The support console in Chromium, signed in through Keycloak: an agent revokes a user's passkey and the
 * user's next login falls back to the password; a viewer sees no actions. Screenshots of the main views are
 * kept in {@code target/test-artifacts/SupportConsoleIT/}.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportConsoleIT {

    private static final String USER_PASSWORD = "console-user-password";

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;
    private SupportStaff staff;

    @BeforeAll
    void setUp(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = TestRealms.create(admin, "console", false);
        this.staff = new SupportStaff(keycloak, admin, realm);
    }

    private String consoleUrl() {
        return keycloak.realmUrl(realm) + "/passkey-autopilot/console/";
    }

    /** Opens the console and signs the staff member in through the realm's login pages. */
    private void signIntoConsole(Browser browser, String username) {
        browser.open(consoleUrl());
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        pages.identify(username).enterPassword(SupportStaff.PASSWORD).notNowIfOffered();
        browser.wait(Duration.ofSeconds(30)).until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertEquals(username, browser.driver().findElement(By.id("signed-in-user")).getText());
    }

    private void openUser(Browser browser, String username) {
        browser.type("search-input", username);
        browser.click("search-button");
        browser.waitFor(By.cssSelector("[data-testid=user-result]")).click();
        browser.waitForId("user-view");
        browser.wait(Duration.ofSeconds(20)).until(driver -> driver.findElement(By.tagName("body")).getDomAttribute("data-busy") == null);
    }

    /** Keycloak's own label endpoint (text/plain), as the account console uses it. */
    private void relabel(String userId, String credentialId, String label) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl()
                            + "/admin/realms/" + realm + "/users/" + userId + "/credentials/" + credentialId + "/userLabel"))
                    .header("Authorization", "Bearer " + admin.accessToken()).header("Content-Type", "text/plain")
                    .PUT(HttpRequest.BodyPublishers.ofString(label)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, response.statusCode(), response.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Each timeline row carries the class the server gave its outcome, and only a failure is marked as one: the
     * console no longer decides from the code (it once marked passkey_button_chosen a failure).
     */
    private static void assertTimelineShowsTheServersClassification(Browser browser) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[data-testid=timeline-row]"));
        boolean success = false;
        for (WebElement row : rows) {
            String outcomeClass = row.getDomAttribute("data-outcome-class");
            String outcome = row.getDomAttribute("data-outcome");
            assertTrue(outcomeClass != null && List.of("pending", "success", "failure", "user_choice", "not_offered").contains(outcomeClass),
                    outcome + " has the class " + outcomeClass);
            String rowClass = row.getDomAttribute("class") == null ? "" : row.getDomAttribute("class");
            assertEquals("failure".equals(outcomeClass), rowClass.contains("row-failure"), outcome + " marked as its class " + outcomeClass);
            success |= "success".equals(outcomeClass) && "success".equals(outcome);
        }
        assertTrue(success, "the created passkey's operation is shown as a success");
    }

    private static void screenshot(Browser browser, String name) {
        browser.screenshot(HarnessProperties.artifactsDir().resolve("SupportConsoleIT").resolve(name + ".png"));
    }

    @Test
    @DisplayName("The console is served under a strict Content-Security-Policy; /console redirects to /console/; unknown files are 404")
    void servedSafely() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create(consoleUrl())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().allValues("Content-Security-Policy").stream().anyMatch(csp -> csp.contains("script-src 'self'")),
                index.headers().map().toString());
        assertEquals("nosniff", index.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> bare = http.send(HttpRequest.newBuilder(URI.create(consoleUrl().replaceAll("/$", ""))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(301, bare.statusCode());
        assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/console/"), bare.headers().map().toString());
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(consoleUrl() + "..%2F..%2Fpom.xml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, other.statusCode());
    }

    @Test
    @DisplayName("An agent finds a user, revokes the passkey with a reason; the user's next login falls back to the password")
    void agentRevokesPasskey(Browsers browsers) {
        Browser userBrowser = browsers.open();
        userBrowser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "uma", USER_PASSWORD);
        // a label with markup, as an attacker could give a passkey through the account console
        LoginPages userPages = new LoginPages(userBrowser, keycloak, realm);
        userPages.openAccountConsole().identify(username).enterPassword(USER_PASSWORD).createPasskey().waitForAccountConsole();
        String userId = admin.userId(realm, username);
        var passkey = TestRealms.onlyPasskey(admin, realm, userId);
        relabel(userId, passkey.path("id").asText(), "<img src=x onerror=alert(1)>");
        userPages.signOut();

        Browser agentBrowser = browsers.open();
        String agent = staff.create("agent", List.of("support-agent"), List.of("view-users", "manage-users"));
        signIntoConsole(agentBrowser, agent);
        openUser(agentBrowser, username);
        WebElement row = agentBrowser.waitFor(By.cssSelector("[data-testid=passkey-row]"));
        assertTrue(row.getText().contains("<img src=x onerror=alert(1)>"), "the label is shown as text: " + row.getText());
        assertTrue(agentBrowser.driver().findElements(By.cssSelector("img[src=x]")).isEmpty(), "never rendered as markup");
        assertFalse(agentBrowser.driver().findElements(By.cssSelector("[data-testid=timeline-row]")).isEmpty(), "timeline shown");
        assertTimelineShowsTheServersClassification(agentBrowser);
        screenshot(agentBrowser, "overview-1280");

        row.findElement(By.cssSelector("[data-testid=revoke-passkey]")).click();
        agentBrowser.waitForId("confirm-dialog");
        assertFalse(agentBrowser.driver().findElement(By.id("confirm-submit")).isEnabled(), "no action without a reason");
        agentBrowser.type("confirm-reason", "User reports the laptop stolen, ticket 1234");
        screenshot(agentBrowser, "confirm-dialog");
        agentBrowser.click("confirm-submit");
        agentBrowser.wait(Duration.ofSeconds(20)).until(driver ->
                driver.findElements(By.cssSelector("[data-testid=passkey-row]")).isEmpty()
                        && !driver.findElement(By.id("status-message")).getText().isBlank());
        assertTrue(admin.credentials(realm, userId, "webauthn-passwordless").isEmpty());
        assertEquals("User reports the laptop stolen, ticket 1234", admin.events(realm, "REMOVE_CREDENTIAL", userId).get(0)
                .path("details").path("pa_support_reason").asText());
        screenshot(agentBrowser, "after-revoke");

        agentBrowser.driver().manage().window().setSize(new Dimension(390, 844));
        agentBrowser.waitForId("user-view");
        Long overflow = (Long) agentBrowser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "no horizontal scrolling on a phone-sized screen: " + overflow);
        screenshot(agentBrowser, "overview-phone");

        // the passkey is still on the user's authenticator, but no longer the user's: the password step
        userPages.openAccountConsole().identify(username).waitForPage(LoginPages.PASSWORD);
    }

    @Test
    @DisplayName("A viewer sees the overview and timeline but no action buttons")
    void viewerSeesNoActions(Browsers browsers) {
        String username = TestRealms.newUser(admin, realm, "vera", USER_PASSWORD);
        Browser browser = browsers.open();
        String viewer = staff.create("viewer", List.of("support-viewer"), List.of("view-users"));
        signIntoConsole(browser, viewer);
        openUser(browser, username);
        browser.waitForId("mfa-status");
        for (String action : List.of("revoke-passkey", "revoke-all", "reset-mfa", "send-setup-email")) {
            assertTrue(browser.driver().findElements(By.cssSelector("[data-testid=" + action + "]")).isEmpty(), action + " hidden");
        }
        screenshot(browser, "viewer-overview");
    }

    @Test
    @DisplayName("German: every string of the console comes from the German bundle")
    void germanBundle(Browsers browsers) {
        Browser browser = browsers.open();
        String viewer = staff.create("viewer", List.of("support-viewer"), List.of("view-users"));
        browser.open(consoleUrl() + "?lang=de");
        new LoginPages(browser, keycloak, realm).identify(viewer).enterPassword(SupportStaff.PASSWORD).notNowIfOffered();
        browser.wait(Duration.ofSeconds(30)).until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        String text = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(text.contains("Abmelden") || text.contains("Suchen"), "German text shown: " + text);
        screenshot(browser, "search-de");
    }
}
