package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.Database;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo as README's demo command starts it: Keycloak in dev mode on its H2 file database with
 * distribution/src/main/demo/demo-realm.json imported at startup, walked as a first-time visitor would.
 */
@WithKeycloak(database = Database.H2, importDemoRealm = true, options = SinkOptions.LOOPBACK_RECEIVERS)
class H2DemoPathIT {

    private static final String REALM = "demo";
    /** Retries wait out the relay's backoff. */
    private static final Duration H2_WAIT = Duration.ofSeconds(90);

    @Test
    @DisplayName("Demo: demo/demo signs in with the password, creates the offered passkey, then signs in with the passkey alone")
    void demoJourney(KeycloakTarget keycloak, AdminClient admin, Browser browser) {
        assertTrue(admin.realmExists(REALM), "demo realm imported at startup");
        assertEquals("passkey-autopilot-browser", admin.realm(REALM).path("browserFlow").asText());
        browser.addPlatformAuthenticator();
        LoginPages pages = new LoginPages(browser, keycloak, REALM);

        pages.openAccountConsole().identify("demo").enterPassword("demo").createPasskey().waitForAccountConsole();
        pages.signOut();
        // The demo has passkey autofill on; Chrome's virtual authenticator answers it at once, so the
        // passkey signs the user in from the identifier page (a person would pick it from the list).
        String userId = admin.userId(REALM, "demo");
        pages.openAccountConsole().waitForAccountConsole();
        JsonNode login = waitForPasskeyLogin(admin, userId);
        assertEquals("passkey_autofill", login.path("details").path("pa_login_method").asText(), login.toString());
        assertEquals(1, admin.credentials(REALM, userId, "webauthn-passwordless").size());
    }

    @Test
    @DisplayName("Demo: support/support (support-agent) opens the support console at the URL demo.sh prints and finds the demo user")
    void supportUserOpensTheConsole(KeycloakTarget keycloak, Browser browser) {
        browser.open(keycloak.realmUrl(REALM) + "/passkey-autopilot/console/");
        new LoginPages(browser, keycloak, REALM).identify("support").enterPassword("support").notNowIfOffered();
        browser.wait(Duration.ofSeconds(30)).until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertEquals("support", browser.driver().findElement(By.id("signed-in-user")).getText());
        browser.type("search-input", "demo");
        browser.click("search-button");
        browser.waitFor(By.cssSelector("[data-testid=user-result]")).click();
        browser.waitForId("user-view");
        assertTrue(browser.driver().findElement(By.id("user-view")).getText().contains("demo@example.com"),
                browser.driver().findElement(By.id("user-view")).getText());
    }

    /** The LOGIN event of a passkey sign-in, once Keycloak has stored it. */
    private static JsonNode waitForPasskeyLogin(AdminClient admin, String userId) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (JsonNode login : admin.events(REALM, "LOGIN", userId)) {
                if ("webauthn-passwordless".equals(login.path("details").path("credential_type").asText())) {
                    return login;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no passkey LOGIN event for the demo user within 30 s: " + admin.events(REALM, "LOGIN", userId));
    }

    @Test
    @DisplayName("On H2 the audit stream claims, retries, dead-letters and replays too (the portable claim, no SKIP LOCKED)")
    void auditStreamOnH2(AdminClient admin) throws Exception {
        String realm = TestRealms.create(admin, "h2-siem");
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(0, secret)) {
            ObjectNode config = admin.json().createObjectNode();
            config.putArray("sinks").addObject().put("name", "hook").put("type", "webhook").put("format", "json")
                    .put("url", receiver.url()).put("secret", secret).put("batchSize", 500);
            receiver.answer(503);
            admin.put("/admin/realms/" + realm + "/passkey-autopilot/siem", config);
            for (int i = 0; i < 3; i++) {
                admin.post("/realms/" + realm + "/pa-testing/audit-events", Map.of("count", 400));
            }
            Await.until("a refused attempt", H2_WAIT, () -> receiver.requests() >= 1);
            assertEquals(0, status(admin, realm).path("dead").asLong(), "503 is retried, not dead-lettered");

            receiver.answer(204);
            Await.until("the 1,200 events after the receiver recovered", H2_WAIT, () -> receiver.loadTestEvents() == 1_200);
            Await.until("every row delivered", H2_WAIT, () -> status(admin, realm).path("pending").asLong() == 0);

            receiver.answer(400);
            admin.post("/realms/" + realm + "/pa-testing/audit-events", Map.of("count", 10));
            Await.until("10 dead letters", H2_WAIT, () -> status(admin, realm).path("dead").asLong() == 10);
            receiver.answer(204);
            admin.post("/admin/realms/" + realm + "/passkey-autopilot/siem/dead-letters/replay", Map.of("all", true));
            Await.until("the replayed events", H2_WAIT, () -> receiver.loadTestEvents() == 1_210);
            assertEquals(List.of(), receiver.duplicates());
            assertTrue(receiver.badSignatures().isEmpty());
        }
    }

    private static JsonNode status(AdminClient admin, String realm) {
        return admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status").path("realm");
    }

    @Test
    @DisplayName("The demo keeps its data across a restart (dev-file H2)")
    void dataSurvivesARestartOnDevFileH2(KeycloakTarget keycloak) {
        keycloak.admin().createUser("master", "survivor", "survivor-password");
        keycloak.restart();
        assertTrue(keycloak.admin().findUserByUsername("master", "survivor").isPresent());
        keycloak.admin().deleteUser("master", keycloak.admin().userId("master", "survivor"));
    }
}
