package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The append feature's upgrade experiment in real Chromium: arm "automatic" asks the browser for a passkey without
 * a prompt as the password is submitted (conditional create), arm "offer" shows the offer page.
 *
 * <p>Chrome creates a passkey through conditional create only when its password manager just filled the password,
 * which a test cannot arrange, and its virtual authenticator does not take part in conditional create. So the
 * automatic-arm tests patch the page after it loaded (the page reads the capabilities at submit time): a
 * {@code getClientCapabilities()} that reports {@code conditionalCreate}, and a {@code navigator.credentials.create}
 * that records the options it was called with and then lets the virtual authenticator create the passkey without
 * {@code mediation}. What is checked: the page asks with {@code mediation: "conditional"}, and the passkey it gets
 * is stored and recorded as the arm's own outcome; everything after the browser call is the product's own code.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutomaticUpgradeIT {

    private static final String PASSWORD = "upgrade-password-1";
    private static final String CONDITIONAL_CREATE = """
            PublicKeyCredential.getClientCapabilities = async () => ({ conditionalCreate: true, conditionalGet: true });
            const create = navigator.credentials.create.bind(navigator.credentials);
            navigator.credentials.create = (options) => {
              sessionStorage.setItem('__create', JSON.stringify({ mediation: options.mediation || null,
                  hints: options.publicKey.hints || null, user: options.publicKey.user.name }));
              if (arguments[0] === 'reject') {
                return Promise.reject(new DOMException('The browser chose not to', 'NotAllowedError'));
              }
              const { mediation, ...modal } = options;
              return create(modal);
            };
            """;

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;

    @BeforeAll
    void realm(KeycloakTarget keycloak, AdminClient admin) throws IOException {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = TestRealms.create(admin, "upgrade", false);
        HttpResponse<String> response = admin.put("/admin/realms/" + realm + "/passkey-autopilot/rollout", admin.json().readTree(
                "{\"experiments\":[{\"name\":\"append-upgrade\",\"feature\":\"append\",\"kind\":\"upgrade\","
                        + "\"arms\":[{\"name\":\"automatic\",\"weight\":1},{\"name\":\"offer\",\"weight\":1}]}]}"));
        assertEquals(200, response.statusCode(), response.body());
    }

    /** A new user whose arm of the upgrade experiment is the given one. */
    private String userInArm(String arm) throws IOException {
        for (int i = 0; i < 60; i++) {
            String candidate = TestRealms.newUser(admin, realm, arm, PASSWORD);
            HttpResponse<String> answer = admin.post("/admin/realms/" + realm + "/passkey-autopilot/rollout/evaluate",
                    Map.of("username", candidate));
            if (arm.equals(admin.json().readTree(answer.body()).path("experiments").get(0).path("arm").asText())) {
                return candidate;
            }
        }
        throw new AssertionError("no user of 60 landed in arm " + arm);
    }

    private void passwordPage(Browser browser, String username) {
        new LoginPages(browser, keycloak, realm).openAccountConsole().identify(username).waitForPage(LoginPages.PASSWORD);
        browser.wait(Duration.ofSeconds(20)).until(driver ->
                "true".equals(driver.findElement(By.id("pa-form")).getDomAttribute("data-pa-ready")));
    }

    private JsonNode createCall(Browser browser) throws IOException {
        return admin.json().readTree((String) browser.executeScript("return sessionStorage.getItem('__create') || 'null';"));
    }

    @Test
    @DisplayName("Automatic arm: a page reporting conditionalCreate creates the passkey without a prompt; stored, recorded as upgraded, no offer page")
    void automaticArmUpgradesWithoutAPrompt(Browser browser) throws IOException {
        browser.addPlatformAuthenticator();
        String username = userInArm("automatic");
        String userId = admin.userId(realm, username);
        passwordPage(browser, username);
        // what this Chromium says by itself, for the record
        System.out.println("Chromium getClientCapabilities(): " + browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; PublicKeyCredential.getClientCapabilities().then(c => done(JSON.stringify(c)));"));
        assertFalse(browser.driver().findElement(By.id("pa-form")).getDomAttribute("data-upgrade-options").isBlank(),
                "the automatic arm's password page carries creation options");
        browser.executeScript(CONDITIONAL_CREATE, "create");

        new LoginPages(browser, keycloak, realm).enterPassword(PASSWORD).waitForAccountConsole();

        JsonNode call = createCall(browser);
        assertEquals("conditional", call.path("mediation").asText(), call.toString());
        assertEquals("client-device", call.path("hints").get(0).asText(), call.toString());
        assertEquals(1, admin.credentials(realm, userId, "webauthn-passwordless").size(), "the passkey is stored");
        assertEquals(1, browser.credentials().size());
        JsonNode created = admin.events(realm, "UPDATE_CREDENTIAL", userId).get(0);
        assertEquals("upgraded", created.path("details").path("pa_append_outcome").asText(), created.toString());
        JsonNode login = admin.events(realm, "LOGIN", userId).get(0);
        assertEquals("upgraded", login.path("details").path("pa_append_outcome").asText(), login.toString());
        assertEquals("password", login.path("details").path("pa_login_method").asText(), login.toString());

        // the upgraded passkey signs in
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        pages.signOut();
        pages.openAccountConsole().identify(username).waitForAccountConsole();
        assertEquals("passkey_automatic", admin.events(realm, "LOGIN", userId).get(0).path("details").path("pa_login_method").asText());
    }

    @Test
    @DisplayName("Automatic arm: when the browser does not create one, nothing is shown, the sign-in completes, no passkey")
    void automaticArmSilentWhenTheBrowserDeclines(Browser browser) throws IOException {
        browser.addPlatformAuthenticator();
        String username = userInArm("automatic");
        String userId = admin.userId(realm, username);
        passwordPage(browser, username);
        browser.executeScript(CONDITIONAL_CREATE, "reject");

        new LoginPages(browser, keycloak, realm).enterPassword(PASSWORD).waitForAccountConsole();

        assertEquals("conditional", createCall(browser).path("mediation").asText());
        assertTrue(admin.credentials(realm, userId, "webauthn-passwordless").isEmpty());
        assertTrue(admin.events(realm, "UPDATE_CREDENTIAL_ERROR", userId).isEmpty(), "no error for what the browser chose");
        assertEquals("", admin.events(realm, "LOGIN", userId).get(0).path("details").path("pa_append_outcome").asText());
    }

    @Test
    @DisplayName("Offer arm: no conditional create, the offer page follows the password with client-device hints")
    void offerArmSeesTheOffer(Browser browser) throws IOException {
        browser.addPlatformAuthenticator();
        String username = userInArm("offer");
        passwordPage(browser, username);
        assertEquals("", browser.driver().findElement(By.id("pa-form")).getDomAttribute("data-upgrade-options"));
        browser.executeScript(CONDITIONAL_CREATE, "create");

        LoginPages pages = new LoginPages(browser, keycloak, realm).enterPassword(PASSWORD).waitForPage(LoginPages.APPEND);
        assertEquals("null", admin.json().writeValueAsString(createCall(browser)), "no create call on the password page");
        JsonNode options = admin.json().readTree(browser.driver().findElement(By.id("pa-form")).getDomAttribute("data-creation-options"));
        assertEquals("client-device", options.path("hints").get(0).asText(), options.toString());
        pages.notNow().waitForAccountConsole();
    }
}
