package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Axe;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.HarnessProperties;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Your passkeys" in Chromium with a virtual platform authenticator, reached as an application would send a user
 * there ({@code kc_action=passkey-autopilot-passkeys}): the passkey our flow created is listed with its provider,
 * where it was created and "used on this device"; a label with markup stays text; a sign-in updates "last used",
 * through our flow and through Keycloak's own passkey login; delete needs a recent sign-in and a confirmation
 * naming the passkey; every change tells the browser the remaining passkeys (Signal API). Screenshots and DOM of
 * each stage in {@code target/test-artifacts/PasskeyListJourneyIT/}.
 */
// the same server options as PasskeyListBadInputIT, so both share one Keycloak
@WithKeycloak(options = SinkOptions.LOOPBACK_RECEIVERS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeyListJourneyIT {

    private static final String PASSWORD = "passkey-list-password-1";
    private static final String PASSKEY_TYPE = "webauthn-passwordless";
    private static final String HOSTILE_LABEL = "<img src=x onerror=alert(1)>";

    private KeycloakTarget keycloak;
    private AdminClient admin;

    @BeforeAll
    void setUp(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
    }

    @AfterEach
    void resetClock() {
        if (keycloak.timeOffset().changed()) {
            keycloak.timeOffset().reset();
        }
    }

    /** A realm like the demo's, without passkey autofill: the virtual authenticator would answer it before anyone types. */
    private String newRealm(String prefix) {
        return TestRealms.create(admin, prefix, false);
    }

    /** Password sign-in through our flow and the append offer's "Create a passkey": the user's one passkey. */
    private JsonNode signUpWithPasskey(Browser browser, LoginPages pages, String realm, String username) {
        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).createPasskey();
        backAtTheApplication(browser, realm);
        return TestRealms.onlyPasskey(admin, realm, admin.userId(realm, username));
    }

    /**
     * Waits until Keycloak sent the browser back to the account console and the console has settled (it shows the
     * user's details): leaving it while its scripts still navigate would race the next page this test opens. On a
     * loaded machine the console takes longer than {@link LoginPages#waitForAccountConsole()} waits.
     */
    private static void backAtTheApplication(Browser browser, String realm) {
        browser.wait(Duration.ofSeconds(90)).until(driver -> {
            String url = driver.getCurrentUrl();
            return url.contains("/realms/" + realm + "/account") && !url.contains("/login-actions/") && !url.contains("/protocol/openid-connect/")
                    && !driver.findElements(By.id("lastName")).isEmpty();
        });
    }

    @Test
    @DisplayName("Journey: created in our flow → listed with provider, created on, used here → renamed to markup (text, no alert)"
            + " → sign-in updates last used → delete after re-authentication → the next sign-in falls back to the password;"
            + " each change signals the remaining passkeys")
    void journey(Browser browser) {
        String realm = newRealm("list");
        browser.addPlatformAuthenticator();
        PageSpies.onEveryPage(browser, PageSpies.SIGNAL_SPY);
        String username = TestRealms.newUser(admin, realm, "lena", PASSWORD);
        String userId = admin.userId(realm, username);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        PasskeyListPages list = new PasskeyListPages(browser, keycloak, realm);

        JsonNode passkey = signUpWithPasskey(browser, pages, realm, username);
        String credentialModelId = passkey.path("id").asText();
        String label = passkey.path("userLabel").asText();
        String webAuthnId = Base64.getUrlEncoder().withoutPadding().encodeToString(browser.credentials().get(0).getId());
        String userHandle = Base64.getUrlEncoder().withoutPadding().encodeToString(userId.getBytes(StandardCharsets.UTF_8));

        // listed: provider, created on (the browser and OS our append step named in the label), used on this device
        PageSpies.clearSignals(browser);
        list.open(null).waitForList();
        keep(browser, "1-listed");
        assertEquals(1, list.cards().size(), "one passkey listed");
        WebElement card = list.card(credentialModelId);
        assertEquals(label, PasskeyListPages.text(card, "pa-passkeys__label"));
        String providerPart = label.substring(0, label.indexOf(" ("));
        String createdOn = label.substring(label.indexOf(" (") + 2, label.length() - 1);
        assertEquals("Passkey".equals(providerPart) ? "Passkey provider unknown" : providerPart, PasskeyListPages.text(card, "pa-passkeys__provider"));
        assertEquals(createdOn, PasskeyListPages.text(card, "pa-passkeys__created-on"), "created on: browser on OS");
        assertEquals("Used on this device", PasskeyListPages.text(card, "pa-passkeys__here"));
        assertEquals("Not used to sign in yet", PasskeyListPages.text(card, "pa-passkeys__last-used"));
        assertFalse(PasskeyListPages.text(card, "pa-passkeys__where").isEmpty(), "says where the passkey lives");
        assertTrue(list.acceptedSignals().isEmpty(), "no change yet, no signal");

        // renamed to markup: shown as text, no element made of it, no alert
        list.rename(credentialModelId, HOSTILE_LABEL).waitForList();
        keep(browser, "2-renamed");
        assertEquals("Passkey renamed.", list.message());
        assertEquals(HOSTILE_LABEL, PasskeyListPages.text(list.card(credentialModelId), "pa-passkeys__label"));
        assertTrue(browser.driver().findElements(By.cssSelector("img[src='x']")).isEmpty(), "the label made no element");
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertEquals(HOSTILE_LABEL, admin.credentials(realm, userId, PASSKEY_TYPE).get(0).path("userLabel").asText());
        assertAccepted(list.waitForAcceptedSignal(), userHandle, List.of(webAuthnId), "after the rename the browser is told the user's passkeys");
        JsonNode renamed = admin.events(realm, "UPDATE_CREDENTIAL", userId).get(0).path("details");
        assertEquals("rename", renamed.path("pa_list_action").asText());
        assertEquals(credentialModelId, renamed.path("credential_id").asText());
        assertEquals(HOSTILE_LABEL, renamed.path("public_key_credential_label").asText());
        assertEquals(label, renamed.path("pa_previous_label").asText());
        browser.click("pa-done");
        backAtTheApplication(browser, realm);

        // sign in again with the passkey: last used is updated
        pages.signOut();
        pages.openAccountConsole().identify(username).confirmWithPasskey();
        backAtTheApplication(browser, realm);
        list.open(null).waitForList();
        keep(browser, "3-used");
        WebElement used = list.card(credentialModelId);
        assertTrue(PasskeyListPages.text(used, "pa-passkeys__last-used").startsWith("Last used "), PasskeyListPages.text(used, "pa-passkeys__last-used"));
        assertEquals(createdOn, PasskeyListPages.text(used, "pa-passkeys__last-used-on"), "last used on: browser on OS");
        assertEquals("Used on this device", PasskeyListPages.text(used, "pa-passkeys__here"));

        // ten minutes later the sign-in is too old: Keycloak asks for it again (our flow, with the passkey) first
        int loginsBefore = admin.events(realm, "LOGIN", userId).size();
        keycloak.timeOffset().shift(Duration.ofMinutes(10));
        list.open(null);
        pages.confirmWithPasskeyUntil(PasskeyListPages.LIST);
        list.waitForList();
        PageSpies.clearSignals(browser);
        var heldByTheProvider = browser.exportCredentials();
        list.delete(credentialModelId);
        WebElement confirm = list.waitForConfirmation();
        keep(browser, "4-confirm");
        assertEquals(HOSTILE_LABEL, browser.driver().findElement(By.id("pa-confirm-label")).getText(), "the confirmation names the passkey");
        assertEquals(1, admin.credentials(realm, userId, PASSKEY_TYPE).size(), "nothing deleted before the confirmation");
        confirm.click();
        list.waitForList();
        keep(browser, "5-deleted");
        assertEquals("Passkey deleted.", list.message());
        assertTrue(list.cards().isEmpty());
        assertTrue(browser.isPresent(By.id("pa-list-empty")), "the empty list says so");
        assertTrue(browser.driver().findElement(By.id("pa-create")).isDisplayed(), "one clear call to create the first passkey");
        assertEquals("Create your first passkey", browser.driver().findElement(By.id("pa-create")).getText());
        assertAccepted(list.waitForAcceptedSignal(), userHandle, List.of(), "after the delete the browser is told no passkey is left");
        assertTrue(admin.credentials(realm, userId, PASSKEY_TYPE).isEmpty());
        JsonNode removed = admin.events(realm, "REMOVE_CREDENTIAL", userId).get(0).path("details");
        assertEquals("delete", removed.path("pa_list_action").asText());
        assertEquals(credentialModelId, removed.path("credential_id").asText());
        assertEquals(webAuthnId, removed.path("public_key_credential_id").asText());
        browser.click("pa-done");
        backAtTheApplication(browser, realm);
        // Keycloak sends one LOGIN when the re-authentication and the action are done: it names the passkey the
        // re-authentication used, as any passkey sign-in's LOGIN does (the account console's own silent SSO
        // check after it sends another LOGIN, without a passkey: the newest events are searched)
        List<JsonNode> logins = admin.events(realm, "LOGIN", userId);
        assertTrue(logins.size() > loginsBefore, "the list was reached through a fresh sign-in, not the old session");
        List<JsonNode> since = logins.subList(0, logins.size() - loginsBefore);
        assertTrue(since.stream().anyMatch(login -> webAuthnId.equals(login.path("details").path("public_key_credential_id").asText())),
                "the LOGIN after the re-authentication and the list names its passkey: " + since);

        // the browser still holds the passkey; the server does not: the next sign-in falls back to the password
        pages.signOut();
        pages.openAccountConsole().identify(username).waitForPage(LoginPages.PASSWORD);
        assertFalse(pages.showing(LoginPages.PASSKEY));

        // a provider that kept the deleted passkey (one that ignores signalAllAcceptedCredentials, or a device that
        // was offline) offers it at the next sign-in (autofill answers at once with it): the server does not know
        // it, the browser is told to forget that id, and the sign-in goes on with the password
        browser.removeAllCredentials();
        browser.importCredentials(heldByTheProvider);
        TestRealms.passkeyAutofill(admin, realm, true);
        PageSpies.clearSignals(browser);
        pages.openAccountConsole();
        browser.wait(Duration.ofSeconds(30)).until(driver -> PageSpies.signals(browser).findValues("name").stream()
                .anyMatch(name -> "signalUnknownCredential".equals(name.asText())));
        JsonNode unknown = null;
        for (JsonNode call : PageSpies.signals(browser)) {
            if ("signalUnknownCredential".equals(call.path("name").asText())) {
                unknown = call.path("options");
            }
        }
        assertEquals("localhost", unknown.path("rpId").asText());
        assertEquals(webAuthnId, unknown.path("credentialId").asText(), "the deleted passkey's id is signalled unknown");
        browser.removeAllCredentials();
        pages.openAccountConsole().identify(username).waitForPage(LoginPages.PASSWORD);
    }

    private static void assertAccepted(List<JsonNode> calls, String userHandle, List<String> ids, String message) {
        assertEquals(1, calls.size(), message + ": " + calls);
        JsonNode call = calls.get(0);
        assertEquals("localhost", call.path("rpId").asText(), message);
        assertEquals(userHandle, call.path("userId").asText(), message);
        List<String> accepted = new java.util.ArrayList<>();
        call.path("allAcceptedCredentialIds").forEach(id -> accepted.add(id.asText()));
        assertEquals(ids, accepted, message);
    }

    @Test
    @DisplayName("A passkey used through Keycloak's own passkey login updates last used on our list")
    void keycloakPasskeyLoginUpdatesLastUsed(Browser browser) {
        String realm = newRealm("listkc");
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "kai", PASSWORD);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        PasskeyListPages list = new PasskeyListPages(browser, keycloak, realm);
        String credentialModelId = signUpWithPasskey(browser, pages, realm, username).path("id").asText();
        list.open(null).waitForList();
        assertEquals("Not used to sign in yet", PasskeyListPages.text(list.card(credentialModelId), "pa-passkeys__last-used"));
        browser.click("pa-done");
        backAtTheApplication(browser, realm);
        pages.signOut();

        // Keycloak's username form, then its passwordless WebAuthn step (webauthn-authenticate.ftl)
        browser.open(keycloak.realmUrl(realm) + "/protocol/openid-connect/auth?client_id=" + TestRealms.BUILTIN_PASSKEY_CLIENT
                // a redirect target that loads no application, so the authorization code stays in the URL
                + "&response_type=code&scope=openid&redirect_uri=" + keycloak.baseUrl() + "/builtin-login-done");
        browser.waitForId("username");
        browser.type("username", username);
        browser.click("kc-login");
        browser.waitForId("authenticateWebAuthnButton");
        browser.click("authenticateWebAuthnButton");
        browser.waitForUrl(url -> url.contains("code="));
        JsonNode login = admin.events(realm, "LOGIN", admin.userId(realm, username)).get(0).path("details");
        assertFalse(login.has("pa_login_method"), "signed in by Keycloak's own step: " + login);

        list.open(null).waitForList();
        keep(browser, "keycloak-login-used");
        WebElement card = list.card(credentialModelId);
        assertTrue(PasskeyListPages.text(card, "pa-passkeys__last-used").startsWith("Last used "), PasskeyListPages.text(card, "pa-passkeys__last-used"));
        assertFalse(PasskeyListPages.text(card, "pa-passkeys__last-used-on").isEmpty(), "last used on: browser on OS");
    }

    @Test
    @DisplayName("axe-core finds no violation on the list and its confirmation, in English and German, at 1280 and 390 px, and nothing scrolls sideways")
    void accessible(Browser browser) {
        String realm = newRealm("listaxe");
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "ada", PASSWORD);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        PasskeyListPages list = new PasskeyListPages(browser, keycloak, realm);
        String credentialModelId = signUpWithPasskey(browser, pages, realm, username).path("id").asText();
        // a long German-length label must wrap, not widen the page
        list.open(null).waitForList().rename(credentialModelId, "Passkey-Schlüsselbundverwaltungsanwendungseinstellungen").waitForList();
        for (String locale : List.of("en", "de")) {
            for (int width : List.of(1280, 390)) {
                browser.viewportWidth(width);
                list.open(locale).waitForList();
                Axe.assertNoViolations(browser, "list " + locale + " " + width);
                assertFalse(browser.scrollsSideways(), "list " + locale + " " + width + " scrolls sideways");
                list.delete(credentialModelId).waitForConfirmation();
                Axe.assertNoViolations(browser, "delete confirmation " + locale + " " + width);
                assertFalse(browser.scrollsSideways(), "confirmation " + locale + " " + width + " scrolls sideways");
                keep(browser, "axe-" + locale + "-" + width);
                browser.click("pa-cancel-delete");
                list.waitForList();
            }
        }
        assertEquals(1, admin.credentials(realm, admin.userId(realm, username), PASSKEY_TYPE).size(), "cancelled deletes deleted nothing");
    }

    @Test
    @DisplayName("Keyboard only: Tab to the passkey's Delete, Enter, Enter on the confirmation: deleted")
    void keyboardOnlyDelete(Browser browser) {
        String realm = newRealm("listkeys");
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "kim", PASSWORD);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        PasskeyListPages list = new PasskeyListPages(browser, keycloak, realm);
        signUpWithPasskey(browser, pages, realm, username);
        list.open(null).waitForList();

        Actions keys = new Actions(browser.driver());
        boolean reached = false;
        for (int i = 0; i < 40 && !reached; i++) {
            keys.sendKeys(Keys.TAB).perform();
            reached = Boolean.TRUE.equals(browser.executeScript("return document.activeElement.classList.contains('pa-delete');"));
        }
        assertTrue(reached, "Tab reaches the passkey's Delete button");
        keys.sendKeys(Keys.ENTER).perform();
        list.waitForConfirmation();
        assertEquals("pa-confirm-delete", browser.executeScript("return document.activeElement.id;"), "the confirmation has the focus");
        keys.sendKeys(Keys.ENTER).perform();
        list.waitForList();
        assertEquals("Passkey deleted.", list.message());
        assertTrue(admin.credentials(realm, admin.userId(realm, username), PASSKEY_TYPE).isEmpty());
    }

    private static void keep(Browser browser, String name) {
        var directory = HarnessProperties.artifactsDir().resolve(PasskeyListJourneyIT.class.getSimpleName());
        browser.screenshot(directory.resolve(name + ".png"));
        browser.savePageSource(directory.resolve(name + ".html"));
    }
}
