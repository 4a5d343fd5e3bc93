package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WebAuthn Signal API in real Chromium: each call our pages make, with its ids, recorded by a spy installed
 * before the pages' own scripts ({@link PageSpies}); and the same flows in a browser without the API.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalApiIT {

    private static final String PASSWORD = "signals-password-1";

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;
    private String autofillRealm;
    private SupportStaff staff;
    private String agentToken;

    @BeforeAll
    void realm(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = TestRealms.create(admin, "signals", false);
        this.autofillRealm = TestRealms.create(admin, "signals-autofill", true);
        this.staff = new SupportStaff(keycloak, admin, realm);
        this.agentToken = staff.token(staff.create("agent", List.of("support-agent"), List.of("view-users", "manage-users")));
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String userHandle(String userId) {
        return base64url(userId.getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> calls(JsonNode signals, String name) {
        List<JsonNode> found = new ArrayList<>();
        signals.forEach(call -> {
            if (name.equals(call.path("name").asText())) {
                found.add(call.path("options"));
            }
        });
        return found;
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(node -> list.add(node.asText()));
        return list;
    }

    /** A user who created a passkey in this browser through the offer after the password; returns the user id. */
    private String userWithPasskey(Browser browser, String realmName, String prefix) {
        String username = TestRealms.newUser(admin, realmName, prefix, PASSWORD);
        new LoginPages(browser, keycloak, realmName).openAccountConsole().identify(username).enterPassword(PASSWORD).createPasskey()
                .waitForAccountConsole();
        return admin.userId(realmName, username);
    }

    private boolean unknownCredentialRejected(String credentialId) {
        return admin.events(autofillRealm, "LOGIN_ERROR", null).stream().anyMatch(event ->
                "unknown_credential".equals(event.path("details").path("pa_reason").asText())
                        && credentialId.equals(event.path("details").path("public_key_credential_id").asText()));
    }

    private String rpId(Browser browser) {
        return (String) browser.executeScript("return location.hostname;");
    }

    @Test
    @DisplayName("A passkey sign-in signals all accepted passkeys: the user handle and every passkey id of the user")
    void allAcceptedAfterPasskeySignIn(Browser browser) {
        browser.addPlatformAuthenticator();
        String userId = userWithPasskey(browser, realm, "accepted");
        JsonNode passkey = TestRealms.onlyPasskey(admin, realm, userId);
        String credentialId = base64url(browser.credentials().get(0).getId());
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        pages.signOut();
        PageSpies.onEveryPage(browser, PageSpies.SIGNAL_SPY);
        PageSpies.clearSignals(browser);

        pages.openAccountConsole().identify(admin.get("/admin/realms/" + realm + "/users/" + userId).path("username").asText())
                .waitForAccountConsole();

        List<JsonNode> accepted = calls(PageSpies.signals(browser), "signalAllAcceptedCredentials");
        assertEquals(1, accepted.size(), "one call, on the passkey page: " + PageSpies.signals(browser));
        assertEquals(rpId(browser), accepted.get(0).path("rpId").asText());
        assertEquals(userHandle(userId), accepted.get(0).path("userId").asText());
        assertEquals(List.of(credentialId), texts(accepted.get(0).path("allAcceptedCredentialIds")), passkey.toString());
        assertTrue(calls(PageSpies.signals(browser), "signalUnknownCredential").isEmpty());
    }

    @Test
    @DisplayName("A deleted passkey presented at sign-in is signalled unknown with its id, then the password step works")
    void unknownCredentialAfterDeletion(Browser browser) {
        unknownCredentialFlow(browser, true);
    }

    @Test
    @DisplayName("Without the Signal API the same deleted passkey falls back the same way, and nothing is called")
    void unknownCredentialWithoutSignalApi(Browser browser) {
        unknownCredentialFlow(browser, false);
    }

    private void unknownCredentialFlow(Browser browser, boolean signalApi) {
        browser.addPlatformAuthenticator();
        String userId = userWithPasskey(browser, autofillRealm, signalApi ? "unknown" : "unknown-nosignal");
        String username = admin.get("/admin/realms/" + autofillRealm + "/users/" + userId).path("username").asText();
        String credentialId = base64url(browser.credentials().get(0).getId());
        admin.deleteCredential(autofillRealm, userId, TestRealms.onlyPasskey(admin, autofillRealm, userId).path("id").asText());
        LoginPages pages = new LoginPages(browser, keycloak, autofillRealm);
        pages.signOut();
        PageSpies.onEveryPage(browser, signalApi ? PageSpies.SIGNAL_SPY : PageSpies.SIGNAL_SPY + PageSpies.SIGNAL_API_REMOVED);
        PageSpies.clearSignals(browser);

        // the virtual authenticator answers passkey autofill at once, with the passkey the server no longer has; the
        // rejection names nobody (only a verified signature would), so it is found by its reason and credential id
        admin.clearEvents(autofillRealm);
        pages.openAccountConsole();
        browser.wait(Duration.ofSeconds(30)).until(driver -> unknownCredentialRejected(credentialId));
        if (signalApi) {
            browser.wait(Duration.ofSeconds(20)).until(driver -> !calls(PageSpies.signals(browser), "signalUnknownCredential").isEmpty());
            JsonNode unknown = calls(PageSpies.signals(browser), "signalUnknownCredential").get(0);
            assertEquals(rpId(browser), unknown.path("rpId").asText());
            assertEquals(credentialId, unknown.path("credentialId").asText());
        }
        // the provider forgets it (as Chrome's password manager does on the signal): the fallback goes on as before
        browser.removeAllCredentials();
        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).notNowIfOffered().waitForAccountConsole();
        if (!signalApi) {
            assertEquals(0, PageSpies.signals(browser).size(), "no Signal API, no call: " + PageSpies.signals(browser));
        }
    }

    @Test
    @DisplayName("After a support revocation the next sign-in signals the remaining passkeys (none), once")
    void acceptedAfterSupportRevocation(Browser browser) {
        browser.addPlatformAuthenticator();
        String userId = userWithPasskey(browser, realm, "revoked");
        String username = admin.get("/admin/realms/" + realm + "/users/" + userId).path("username").asText();
        SupportStaff.Answer revoked = staff.post(agentToken, "/users/" + userId + "/passkeys/revoke-all", "{\"reason\":\"lost phone\"}");
        assertEquals(200, revoked.status(), revoked.raw());
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        pages.signOut();
        browser.removeAllCredentials();
        PageSpies.onEveryPage(browser, PageSpies.SIGNAL_SPY);
        PageSpies.clearSignals(browser);

        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).notNowIfOffered().waitForAccountConsole();
        List<JsonNode> accepted = calls(PageSpies.signals(browser), "signalAllAcceptedCredentials");
        assertEquals(1, accepted.size(), PageSpies.signals(browser).toString());
        assertEquals(userHandle(userId), accepted.get(0).path("userId").asText());
        assertEquals(List.of(), texts(accepted.get(0).path("allAcceptedCredentialIds")));

        // signalled: the next sign-in has nothing to tell
        PageSpies.clearSignals(browser);
        pages.signOut();
        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).notNowIfOffered().waitForAccountConsole();
        assertTrue(calls(PageSpies.signals(browser), "signalAllAcceptedCredentials").isEmpty(), PageSpies.signals(browser).toString());
    }

    @Test
    @DisplayName("A changed name is signalled as the current user details at the next sign-in, once")
    void userDetailsAfterNameChanged(Browser browser) {
        browser.addPlatformAuthenticator();
        String userId = userWithPasskey(browser, realm, "renamed");
        String username = admin.get("/admin/realms/" + realm + "/users/" + userId).path("username").asText();
        ObjectNode user = (ObjectNode) admin.get("/admin/realms/" + realm + "/users/" + userId);
        user.put("firstName", "Renate");
        user.put("lastName", "Neuname");
        user.put("email", "renate.neuname@example.org");
        admin.put("/admin/realms/" + realm + "/users/" + userId, user);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        pages.signOut();
        PageSpies.onEveryPage(browser, PageSpies.SIGNAL_SPY);
        PageSpies.clearSignals(browser);

        pages.openAccountConsole().identify(username).waitForAccountConsole();
        List<JsonNode> details = calls(PageSpies.signals(browser), "signalCurrentUserDetails");
        assertEquals(1, details.size(), PageSpies.signals(browser).toString());
        assertEquals(rpId(browser), details.get(0).path("rpId").asText());
        assertEquals(userHandle(userId), details.get(0).path("userId").asText());
        assertEquals(username, details.get(0).path("name").asText());
        assertEquals("Renate Neuname", details.get(0).path("displayName").asText());

        PageSpies.clearSignals(browser);
        pages.signOut();
        pages.openAccountConsole().identify(username).waitForAccountConsole();
        assertTrue(calls(PageSpies.signals(browser), "signalCurrentUserDetails").isEmpty(), PageSpies.signals(browser).toString());
    }

    @Test
    @DisplayName("Without the Signal API a passkey sign-in and a pending change work the same, and nothing is called")
    void passkeySignInWithoutSignalApi(Browser browser) {
        browser.addPlatformAuthenticator();
        String userId = userWithPasskey(browser, realm, "nosignal");
        String username = admin.get("/admin/realms/" + realm + "/users/" + userId).path("username").asText();
        ObjectNode user = (ObjectNode) admin.get("/admin/realms/" + realm + "/users/" + userId);
        user.put("lastName", "Changed");
        admin.put("/admin/realms/" + realm + "/users/" + userId, user);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        pages.signOut();
        PageSpies.onEveryPage(browser, PageSpies.SIGNAL_SPY + PageSpies.SIGNAL_API_REMOVED);
        PageSpies.clearSignals(browser);

        pages.openAccountConsole().identify(username).waitForAccountConsole();
        assertEquals("passkey_automatic", admin.events(realm, "LOGIN", userId).get(0).path("details").path("pa_login_method").asText());
        assertEquals(0, PageSpies.signals(browser).size(), PageSpies.signals(browser).toString());
    }
}
