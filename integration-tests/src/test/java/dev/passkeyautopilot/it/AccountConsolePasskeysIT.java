package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.SecondFactorRealms.Model;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.HarnessProperties;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak 26.7.3's own account console lists the passkeys our flow creates ("Signing in → Passkey") and deletes
 * them there, in Chromium with a virtual platform authenticator. Keycloak lists a credential type only if a step
 * of the realm's flows names it as its (optional) reference category, so each realm here keeps no step but ours
 * that names {@code webauthn-passwordless}. Screenshots of each stage are kept in
 * {@code target/test-artifacts/AccountConsolePasskeysIT/}.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountConsolePasskeysIT {

    private static final String PASSWORD = "account-console-password-1";
    private static final String PASSKEY_TYPE = "webauthn-passwordless";

    // Selectors of the account console's "Signing in" page (keycloak-account-ui 26.7.3, SigningIn.tsx), read
    // from its DOM: each credential type's list carries data-testid "<type>/credential-list" (and
    // "<type>/not-set-up" when the user holds none), each row the id "cred-<credential id>", its label cell
    // data-testrole "label" and its Delete button data-testrole "remove". Keycloak's own UI tests use these
    // attributes, so they outlive changes of layout and wording.
    private static final By PASSKEY_LIST = By.cssSelector("[data-testid='" + PASSKEY_TYPE + "/credential-list']");
    private static final By NO_PASSKEY = By.cssSelector("[data-testid='" + PASSKEY_TYPE + "/not-set-up']");
    private static final By PASSKEY_TITLE = By.cssSelector("[data-testid='" + PASSKEY_TYPE + "/title']");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakTarget keycloak;
    private AdminClient admin;

    @BeforeAll
    void setUp(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
    }

    @Test
    @DisplayName("Identifier-first: a passkey created in our flow is listed by the account REST and under \"Signing in\","
            + " deleted there, gone from both, and the next sign-in falls back to the password")
    void identifierFirstPasskeyListedAndDeletedInAccountConsole(Browser browser) {
        ObjectNode definition = TestRealms.definition(admin.json(), "account-" + UUID.randomUUID().toString().substring(0, 8));
        // Keycloak's own passkey login would make the console list passkeys whatever our step reports
        TestRealms.removeFlows(definition, TestRealms.BUILTIN_PASSKEY_FLOW);
        // The device keeps the passkey deleted on the server, and Chrome's virtual authenticator answers an autofill
        // request at once: with autofill on, the next identifier page would try that passkey before anyone types.
        TestRealms.passkeyAutofill(definition, false);
        SecondFactorRealms.addTokensClient(definition);
        admin.importRealm(definition);
        String realm = definition.path("realm").asText();
        assertPasskeysOfKeycloakOff(realm);

        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "olga", PASSWORD);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).createPasskey().waitForAccountConsole();

        deleteInAccountConsole(browser, realm, username, "identifier-first");

        pages.signOut();
        pages.openAccountConsole().identify(username).waitForPage(LoginPages.PASSWORD);
        assertFalse(pages.showing(LoginPages.PASSKEY));
        pages.enterPassword(PASSWORD).notNowIfOffered().waitForAccountConsole();
        assertTrue(admin.events(realm, "LOGIN_ERROR", admin.userId(realm, username)).isEmpty(),
                "no passkey prompt was attempted for the deleted passkey");
    }

    @Test
    @DisplayName("Second factor: behind Keycloak's password form, our passkey is listed, deleted in the account console,"
            + " and the next sign-in asks for the password only")
    void secondFactorPasskeyListedAndDeletedInAccountConsole(Browser browser) {
        ObjectNode definition = SecondFactorRealms.definition(admin.json(), "account2fa-" + UUID.randomUUID().toString().substring(0, 8),
                Model.PASSWORD_THEN_SECOND_FACTOR, false);
        // the demo realm's identifier-first flow would list passkeys on its own: only our second factor may
        TestRealms.removeFlows(definition, TestRealms.BUILTIN_PASSKEY_FLOW, "passkey-autopilot-browser", "passkey-autopilot-forms");
        admin.importRealm(definition);
        String realm = definition.path("realm").asText();
        assertPasskeysOfKeycloakOff(realm);

        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "otto", PASSWORD);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        pages.openAccountConsole().keycloakUsernamePassword(username, PASSWORD).createPasskey().waitForAccountConsole();

        deleteInAccountConsole(browser, realm, username, "second-factor");

        pages.signOut();
        pages.openAccountConsole().keycloakUsernamePassword(username, PASSWORD).notNowIfOffered().waitForAccountConsole();
        String userId = admin.userId(realm, username);
        assertNotEquals("passkey_second_factor", admin.events(realm, "LOGIN", userId).get(0).path("details").path("pa_login_method").asText(),
                "signed in with the password alone: no second factor for a user without a passkey");
        assertTrue(admin.events(realm, "LOGIN_ERROR", userId).isEmpty(), "no passkey prompt was attempted for the deleted passkey");
    }

    /**
     * Keycloak's username forms name {@code webauthn-passwordless} when the realm turns on Keycloak's own passkeys
     * (26.4+): with that off, only our steps can make the console list ours.
     */
    private void assertPasskeysOfKeycloakOff(String realm) {
        assertFalse(admin.realm(realm).path("webAuthnPolicyPasswordlessPasskeysEnabled").asBoolean(false),
                "Keycloak's own passkeys are off in " + realm);
    }

    /**
     * The user holds one passkey and is signed in: the account REST and the "Signing in" page list it, the page's
     * Delete button and Keycloak's confirmation delete it, and neither lists it afterwards.
     */
    private void deleteInAccountConsole(Browser browser, String realm, String username, String stage) {
        String userId = admin.userId(realm, username);
        JsonNode passkey = TestRealms.onlyPasskey(admin, realm, userId);
        String credentialId = passkey.path("id").asText();
        String label = passkey.path("userLabel").asText();
        assertFalse(label.isBlank(), "our append step labels the passkey: " + passkey);
        assertEquals(List.of(credentialId), accountRestPasskeyIds(browser, realm), "the account REST lists the passkey");

        browser.open(keycloak.accountConsoleUrl(realm) + "/account-security/signing-in");
        WebElement list = browser.waitFor(PASSKEY_LIST);
        assertEquals("Passkey", browser.driver().findElement(PASSKEY_TITLE).getText(), "the section's title");
        By row = By.cssSelector("[id='cred-" + credentialId + "']");
        browser.waitFor(row);
        assertEquals(1, list.findElements(By.cssSelector("[id^='cred-']")).size(), "one passkey listed");
        WebElement passkeyRow = list.findElement(row);
        assertTrue(passkeyRow.findElement(By.cssSelector("[data-testrole='label']")).getText().contains(label),
                "the row shows the passkey's label " + label + ": " + passkeyRow.getText());
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", list);
        keep(browser, stage + "-1-listed");

        // Delete starts Keycloak's application-initiated action delete_credential: its confirmation page names the passkey
        passkeyRow.findElement(By.cssSelector("button[data-testrole='remove']")).click();
        browser.waitForId("kc-accept");
        assertTrue(browser.driver().findElement(By.id("kc-delete-text")).getText().contains(label),
                "the confirmation names the passkey: " + browser.driver().findElement(By.id("kc-delete-text")).getText());
        keep(browser, stage + "-2-confirmation");
        browser.click("kc-accept");

        browser.waitForUrlContaining("/account");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(NO_PASSKEY));
        assertTrue(browser.driver().findElements(row).isEmpty(), "the deleted passkey is no longer listed");
        keep(browser, stage + "-3-deleted");

        assertTrue(admin.credentials(realm, userId, PASSKEY_TYPE).isEmpty(), "the credential is gone");
        assertEquals(credentialId, admin.events(realm, "REMOVE_CREDENTIAL", userId).get(0).path("details").path("credential_id").asText());
        assertEquals(List.of(), accountRestPasskeyIds(browser, realm), "the account REST lists no passkey");
    }

    /**
     * The ids of the passkeys {@code GET /realms/{realm}/account/credentials} lists, with a token of the browser's
     * session; fails if the type itself is not listed (then the console would show no passkey section at all).
     */
    private List<String> accountRestPasskeyIds(Browser browser, String realm) {
        String token = new TokenLogin(browser, keycloak, realm).start(null).accessToken();
        JsonNode types;
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.realmUrl(realm) + "/account/credentials"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            types = admin.json().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (JsonNode type : types) {
            if (PASSKEY_TYPE.equals(type.path("type").asText())) {
                assertTrue(type.path("removeable").asBoolean(), "passkeys are deletable: " + type);
                List<String> ids = new ArrayList<>();
                type.path("userCredentialMetadatas").forEach(metadata -> ids.add(metadata.path("credential").path("id").asText()));
                return ids;
            }
        }
        throw new AssertionError(PASSKEY_TYPE + " not listed by the account REST: " + types);
    }

    /** A screenshot and the DOM of a stage, kept whether the test passes or not. */
    private static void keep(Browser browser, String name) {
        var directory = HarnessProperties.artifactsDir().resolve(AccountConsolePasskeysIT.class.getSimpleName());
        browser.screenshot(directory.resolve(name + ".png"));
        browser.savePageSource(directory.resolve(name + ".html"));
    }
}
