package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.SecondFactorRealms.Model;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.CAPABLE_BROWSER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.IDENTIFIER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSKEY;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak's brute-force protection at our login steps, driven over HTTP as an attacker would: wrong passwords
 * and rejected passkeys count like at Keycloak's own forms (temporary and permanent lockout), a locked user is
 * refused even with a valid passkey, a cancelled or timed-out prompt does not count. Also what a failed
 * autofill assertion and the events of an attempt reveal.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BruteForceIT {

    private static final String PASSWORD_VALUE = "brute-force-password";
    private static final int FAILURE_FACTOR = 3;

    private AdminClient admin;
    private KeycloakTarget keycloak;

    @BeforeAll
    void keycloak(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
    }

    /** Lockout after three failures for a minute; no quick-login lockout, so the count is exactly the failures. */
    private void bruteForce(String realm, boolean permanent) {
        admin.updateRealm(realm, admin.json().createObjectNode().put("bruteForceProtected", true).put("failureFactor", FAILURE_FACTOR)
                .put("permanentLockout", permanent).put("maxTemporaryLockouts", 0).put("waitIncrementSeconds", 60)
                .put("maxFailureWaitSeconds", 900).put("quickLoginCheckMilliSeconds", 1).put("minimumQuickLoginWaitSeconds", 60)
                .put("maxDeltaTimeSeconds", 43200));
    }

    private JsonNode status(String realm, String userId) {
        return admin.bruteForceStatus(realm, userId);
    }

    /**
     * Paces a test's failures like a person's: Keycloak records each failure asynchronously, in a transaction of its
     * own, and two failures of one user recorded at the same moment can count once (its own forms too). A test that
     * fires them back to back on a loaded machine would then measure that race, not our steps.
     */
    private void awaitCounted(String realm, String userId, int atLeast) throws InterruptedException {
        Await.until(atLeast + " failures counted", Duration.ofSeconds(20),
                () -> status(realm, userId).path("numFailures").asInt() >= atLeast, () -> status(realm, userId).toString());
    }

    /** Failures are recorded asynchronously by Keycloak: waits until the count is reached, then checks it stays. */
    private void awaitFailures(String realm, String userId, int expected) throws InterruptedException {
        Await.until(expected + " failures", Duration.ofSeconds(20), () -> status(realm, userId).path("numFailures").asInt() >= expected,
                () -> status(realm, userId).toString());
        Thread.sleep(1500);
        assertEquals(expected, status(realm, userId).path("numFailures").asInt(), status(realm, userId).toString());
    }

    private static Map<String, String> tamperedSignature(Map<String, String> assertion) {
        Map<String, String> fields = new LinkedHashMap<>(assertion);
        byte[] signature = Base64.getUrlDecoder().decode(fields.get("pa_signature"));
        signature[signature.length - 2] ^= 0x5a;
        fields.put("pa_signature", Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
        return fields;
    }

    private static Map<String, String> password(String value) {
        return Map.of("pa_action", "password", "password", value, "pa_capabilities", CAPABLE_BROWSER, "pa_device", "http-test-device-0001");
    }

    private JsonNode latestError(String realm, String userId) {
        List<JsonNode> errors = admin.events(realm, "LOGIN_ERROR", userId);
        assertFalse(errors.isEmpty(), "an error event for " + userId);
        return errors.get(0);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("At the identifier-first step")
    class IdentifierFirst {

        private String realm;
        private HttpPasskeyFlows flows;

        @BeforeAll
        void realm() {
            // without TestRealms' flow of Keycloak's own passkey login: only our steps may make the account
            // console list passkeys
            ObjectNode definition = TestRealms.definition(admin.json(), "bruteforce-" + UUID.randomUUID().toString().substring(0, 8));
            ArrayNode flowList = (ArrayNode) definition.get("authenticationFlows");
            for (int i = flowList.size() - 1; i >= 0; i--) {
                if (TestRealms.BUILTIN_PASSKEY_FLOW.equals(flowList.get(i).path("alias").asText())) {
                    flowList.remove(i);
                }
            }
            definition.putArray("clients");
            admin.importRealm(definition);
            realm = definition.path("realm").asText();
            bruteForce(realm, false);
            flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        }

        private LoginHttpClient.Page wrongPasswords(LoginHttpClient browser, LoginHttpClient.Page passwordPage, String userId, int count) throws InterruptedException {
            LoginHttpClient.Page page = passwordPage;
            for (int i = 0; i < count; i++) {
                page = expect(browser.submit(page, password("wrong-" + i)), PASSWORD);
                assertFalse(page.message().isBlank());
                awaitCounted(realm, userId, i + 1);
            }
            return page;
        }

        @Test
        @DisplayName("Wrong passwords lock the user temporarily; the correct password is then refused with Keycloak's lockout message")
        void wrongPasswordsLockTemporarily() throws InterruptedException {
            String username = TestRealms.newUser(admin, realm, "wanda", PASSWORD_VALUE);
            String userId = admin.userId(realm, username);
            LoginHttpClient browser = flows.newBrowser();
            LoginHttpClient.Page page = wrongPasswords(browser, expect(flows.identify(browser, username), PASSWORD), userId, FAILURE_FACTOR);
            awaitFailures(realm, userId, FAILURE_FACTOR);
            assertTrue(status(realm, userId).path("disabled").asBoolean(), status(realm, userId).toString());

            LoginHttpClient.Page refused = browser.submit(page, password(PASSWORD_VALUE));
            assertFalse(refused.loggedIn(), "a locked user does not sign in with the correct password");
            expect(refused, PASSWORD);
            assertEquals("user_temporarily_disabled", latestError(realm, userId).path("error").asText());
            LoginHttpClient fresh = flows.newBrowser();
            LoginHttpClient.Page refusedElsewhere = fresh.submit(expect(flows.identify(fresh, username), PASSWORD), password(PASSWORD_VALUE));
            assertFalse(refusedElsewhere.loggedIn());
            assertEquals(refused.message(), refusedElsewhere.message());
            assertFalse(refused.message().isBlank());
        }

        @Test
        @DisplayName("A locked user is refused with a valid passkey, on the passkey page and by autofill")
        void lockedUserRefusedWithValidPasskey() throws InterruptedException {
            String username = TestRealms.newUser(admin, realm, "victor", PASSWORD_VALUE);
            String userId = admin.userId(realm, username);
            SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
            flows.registerPasskey(username, PASSWORD_VALUE, authenticator);

            HttpPasskeyFlows.Attempt attempt = flows.passkeyAttempt(username);
            LoginHttpClient.Page passwordPage = expect(attempt.browser().submit(attempt.page(), Map.of("pa_action", "use_password")), PASSWORD);
            wrongPasswords(attempt.browser(), passwordPage, userId, FAILURE_FACTOR);
            awaitFailures(realm, userId, FAILURE_FACTOR);

            HttpPasskeyFlows.Attempt locked = flows.passkeyAttempt(username);
            LoginHttpClient.Page refused = locked.submitAssertion(authenticator.assertion(locked.requestOptions(), locked.browser().origin()).fields());
            assertFalse(refused.loggedIn(), "a valid passkey does not sign a locked user in");
            assertTrue(refused.status() < 500, refused.html());
            assertEquals("user_temporarily_disabled", latestError(realm, userId).path("error").asText());

            LoginHttpClient browser = flows.newBrowser();
            LoginHttpClient.Page identifier = expect(browser.start(), IDENTIFIER);
            Map<String, String> autofill = new LinkedHashMap<>(authenticator.assertion(identifier.data("data-conditional-options"), browser.origin()).fields());
            autofill.put("pa_action", "passkey");
            LoginHttpClient.Page refusedAutofill = browser.submit(identifier, autofill);
            assertFalse(refusedAutofill.loggedIn(), "nor by autofill");
            assertTrue(refusedAutofill.status() < 500, refusedAutofill.html());
            assertEquals(refused.message(), refusedAutofill.message(), "the same lockout message on both pages");
            assertEquals("user_temporarily_disabled", latestError(realm, userId).path("error").asText());
        }

        @Test
        @DisplayName("Rejected passkey assertions count; cancelled and timed-out prompts do not")
        void rejectedPasskeysCountCancelsDoNot() throws InterruptedException {
            String username = TestRealms.newUser(admin, realm, "rosa", PASSWORD_VALUE);
            String userId = admin.userId(realm, username);
            SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
            flows.registerPasskey(username, PASSWORD_VALUE, authenticator);

            HttpPasskeyFlows.Attempt attempt = flows.passkeyAttempt(username);
            LoginHttpClient browser = attempt.browser();
            LoginHttpClient.Page page = attempt.page();
            for (String cancel : List.of("AbortError", "TimeoutError", "NotAllowedError")) {
                page = expect(browser.submit(page, Map.of("pa_action", "passkey_error", "pa_error", cancel)), PASSWORD);
                page = expect(browser.submit(page, Map.of("pa_action", "retry_passkey")), PASSKEY);
            }
            for (int i = 0; i < FAILURE_FACTOR; i++) {
                Map<String, String> fields = tamperedSignature(authenticator.assertion(page.data("data-request-options"), browser.origin()).fields());
                fields.put("pa_action", "passkey");
                page = expect(browser.submit(page, fields), PASSWORD);
                assertEquals("bad_signature", latestError(realm, userId).path("details").path("pa_reason").asText());
                awaitCounted(realm, userId, i + 1);
                if (i < FAILURE_FACTOR - 1) {
                    page = expect(browser.submit(page, Map.of("pa_action", "retry_passkey")), PASSKEY);
                }
            }
            awaitFailures(realm, userId, FAILURE_FACTOR);
            assertTrue(status(realm, userId).path("disabled").asBoolean(), status(realm, userId).toString());
        }

        @Test
        @DisplayName("With permanent lockout, wrong passwords disable the user")
        void permanentLockoutDisablesTheUser() throws InterruptedException {
            bruteForce(realm, true);
            try {
                String username = TestRealms.newUser(admin, realm, "petra", PASSWORD_VALUE);
                String userId = admin.userId(realm, username);
                LoginHttpClient browser = flows.newBrowser();
                LoginHttpClient.Page page = wrongPasswords(browser, expect(flows.identify(browser, username), PASSWORD), userId, FAILURE_FACTOR);
                Await.until("the user disabled", Duration.ofSeconds(20),
                        () -> !admin.get("/admin/realms/" + realm + "/users/" + userId).path("enabled").asBoolean());
                LoginHttpClient.Page refused = browser.submit(page, password(PASSWORD_VALUE));
                assertFalse(refused.loggedIn());
                assertTrue(refused.status() < 500, refused.html());
            } finally {
                bruteForce(realm, false);
            }
        }

        @Test
        @DisplayName("A successful password login resets the failures, as at Keycloak's own form")
        void successResetsFailures() throws InterruptedException {
            String username = TestRealms.newUser(admin, realm, "sara", PASSWORD_VALUE);
            String userId = admin.userId(realm, username);
            LoginHttpClient browser = flows.newBrowser();
            LoginHttpClient.Page page = wrongPasswords(browser, expect(flows.identify(browser, username), PASSWORD), userId, FAILURE_FACTOR - 1);
            awaitFailures(realm, userId, FAILURE_FACTOR - 1);
            // Keycloak clears the failures when the login completes: after the passkey offer, here declined
            LoginHttpClient.Page offer = expect(browser.submit(page, password(PASSWORD_VALUE)), HttpPasskeyFlows.APPEND);
            assertTrue(browser.submit(offer, Map.of("pa_action", "skip")).loggedIn());
            Await.until("failures reset", Duration.ofSeconds(20), () -> status(realm, userId).path("numFailures").asInt() == 0,
                    () -> status(realm, userId).toString());
        }

        @Test
        @DisplayName("A failed autofill assertion answers the same page whatever user its handle names; a valid one signs in")
        void userHandleRevealsNobody() {
            String username = TestRealms.newUser(admin, realm, "helga", PASSWORD_VALUE);
            String userId = admin.userId(realm, username);
            SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
            flows.registerPasskey(username, PASSWORD_VALUE, authenticator);
            String disabledName = TestRealms.newUser(admin, realm, "dora", PASSWORD_VALUE);
            String disabledId = admin.userId(realm, disabledName);
            SoftwareAuthenticator disabledAuthenticator = new SoftwareAuthenticator();
            flows.registerPasskey(disabledName, PASSWORD_VALUE, disabledAuthenticator);
            admin.put("/admin/realms/" + realm + "/users/" + disabledId, Map.of("enabled", false));

            record Probe(String name, SoftwareAuthenticator authenticator, String handle) {
            }
            String randomId = UUID.randomUUID().toString();
            List<LoginHttpClient.Page> answers = new java.util.ArrayList<>();
            for (Probe probe : List.of(new Probe(username, authenticator, userId), new Probe(disabledName, disabledAuthenticator, disabledId),
                    new Probe(randomId, new SoftwareAuthenticator(), randomId))) {
                LoginHttpClient browser = flows.newBrowser();
                LoginHttpClient.Page identifier = expect(browser.start(), IDENTIFIER);
                Map<String, String> fields = tamperedSignature(probe.authenticator().assertion(identifier.data("data-conditional-options"), browser.origin())
                        .userHandle(probe.handle().getBytes(StandardCharsets.UTF_8)).fields());
                fields.put("pa_action", "passkey");
                LoginHttpClient.Page answer = browser.submit(identifier, fields);
                assertFalse(answer.loggedIn());
                assertFalse(answer.html().contains(probe.name()), "the answer names nobody: " + probe.name());
                answers.add(answer);
            }
            for (LoginHttpClient.Page answer : answers) {
                assertEquals(answers.get(2).status(), answer.status());
                assertEquals(answers.get(2).template(), answer.template());
                assertEquals(answers.get(2).message(), answer.message());
                assertEquals(IDENTIFIER, answer.template());
            }

            LoginHttpClient browser = flows.newBrowser();
            LoginHttpClient.Page identifier = expect(browser.start(), IDENTIFIER);
            Map<String, String> valid = new LinkedHashMap<>(authenticator.assertion(identifier.data("data-conditional-options"), browser.origin()).fields());
            valid.put("pa_action", "passkey");
            assertTrue(browser.submit(identifier, valid).loggedIn(), "a valid autofill assertion still signs in");
        }

        @Test
        @DisplayName("A failed autofill assertion attributes nothing to the user its unverified handle names: no operation, no user on the event")
        void unverifiedUserHandleAttributesNothing(Sql sql) {
            String username = TestRealms.newUser(admin, realm, "ulla", PASSWORD_VALUE);
            String userId = admin.userId(realm, username);
            SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
            flows.registerPasskey(username, PASSWORD_VALUE, authenticator);
            long operationsBefore = sql.count("select count(*) from pa_passkey_operation where user_id = ?", userId);
            int errorsBefore = admin.events(realm, "LOGIN_ERROR", userId).size();

            LoginHttpClient browser = flows.newBrowser();
            LoginHttpClient.Page identifier = expect(browser.start(), IDENTIFIER);
            Map<String, String> fields = tamperedSignature(authenticator.assertion(identifier.data("data-conditional-options"), browser.origin())
                    .userHandle(userId.getBytes(StandardCharsets.UTF_8)).fields());
            fields.put("pa_action", "passkey");
            expect(browser.submit(identifier, fields), IDENTIFIER);

            assertEquals(operationsBefore, sql.count("select count(*) from pa_passkey_operation where user_id = ?", userId),
                    "no passkey operation for the user an unverified handle names");
            assertEquals(errorsBefore, admin.events(realm, "LOGIN_ERROR", userId).size(), "no error event names that user");
            JsonNode error = admin.events(realm, "LOGIN_ERROR", null).get(0);
            assertEquals("bad_signature", error.path("details").path("pa_reason").asText(), error.toString());
            assertFalse(error.hasNonNull("userId"), "the failure is recorded without a user: " + error);
        }

        @Test
        @DisplayName("Every event of an attempt names the identifier tried, unknown ones included, bounded in length")
        void eventsNameTheIdentifier() {
            String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
            LoginHttpClient browser = flows.newBrowser();
            browser.submit(expect(flows.identify(browser, unknown), PASSWORD), password("wrong"));
            JsonNode notFound = admin.events(realm, "LOGIN_ERROR", null).stream()
                    .filter(e -> unknown.equals(e.path("details").path("username").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no LOGIN_ERROR names " + unknown));
            assertEquals("user_not_found", notFound.path("error").asText());

            String overlong = "x" + UUID.randomUUID().toString().replace("-", "").repeat(10);
            LoginHttpClient other = flows.newBrowser();
            other.submit(expect(other.start(), IDENTIFIER), Map.of("pa_action", "identify", "username", overlong));
            assertTrue(admin.events(realm, "LOGIN_ERROR", null).stream()
                            .map(e -> e.path("details").path("username").asText())
                            .anyMatch(name -> name.length() == 255 && overlong.startsWith(name)),
                    "the overlong identifier is recorded, cut to 255 characters");
        }

        @Test
        @DisplayName("The account REST API lists the passkey created through our flow under webauthn-passwordless")
        void accountListsPasskeys() {
            String username = TestRealms.newUser(admin, realm, "anna", PASSWORD_VALUE);
            SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
            flows.registerPasskey(username, PASSWORD_VALUE, authenticator);
            HttpPasskeyFlows.Attempt attempt = flows.passkeyAttempt(username);
            LoginHttpClient.Page done = attempt.submitAssertion(authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields());
            String token = attempt.browser().accessToken(done);
            LoginHttpClient.Page credentials = attempt.browser().getWithToken(keycloak.baseUrl().replaceAll("/$", "")
                    + "/realms/" + realm + "/account/credentials", token);
            assertEquals(200, credentials.status(), credentials.html());
            JsonNode types;
            try {
                types = admin.json().readTree(credentials.html());
            } catch (Exception e) {
                throw new AssertionError(credentials.html(), e);
            }
            JsonNode passkeys = null;
            for (JsonNode type : types) {
                if ("webauthn-passwordless".equals(type.path("type").asText())) {
                    passkeys = type;
                }
            }
            assertTrue(passkeys != null, "webauthn-passwordless listed: " + types);
            assertEquals(1, passkeys.path("userCredentialMetadatas").size(), passkeys.toString());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("At the second-factor step")
    class SecondFactor {

        private String realm;
        private HttpPasskeyFlows flows;

        @BeforeAll
        void realm() {
            realm = SecondFactorRealms.create(admin, "bruteforce2fa", Model.PASSKEY_LOGIN, false);
            bruteForce(realm, false);
            flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        }

        private record User(String username, String id, SoftwareAuthenticator authenticator) {
        }

        private User userWithPasskey(String prefix) {
            String username = TestRealms.newUser(admin, realm, prefix, PASSWORD_VALUE);
            SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
            flows.registerPasskey(username, PASSWORD_VALUE, authenticator);
            return new User(username, admin.userId(realm, username), authenticator);
        }

        /** Regulated mode asks for the password first, then the passkey as the second factor. */
        private void regulated(boolean on) {
            admin.put("/admin/realms/" + realm + "/passkey-autopilot/settings", Map.of("regulatedMode", on));
        }

        private LoginHttpClient.Page secondStep(LoginHttpClient browser, User user) {
            LoginHttpClient.Page passwordPage = expect(flows.identify(browser, user.username()), PASSWORD);
            return expect(browser.submit(passwordPage, password(PASSWORD_VALUE)), PASSKEY);
        }

        private LoginHttpClient.Page rejectedPasskeys(LoginHttpClient browser, LoginHttpClient.Page page, User user, int count) throws InterruptedException {
            LoginHttpClient.Page current = page;
            for (int i = 0; i < count; i++) {
                Map<String, String> fields = tamperedSignature(user.authenticator().assertion(current.data("data-request-options"), browser.origin()).fields());
                fields.put("pa_action", "passkey");
                current = expect(browser.submit(current, fields), PASSKEY);
                assertFalse(current.message().isBlank());
                awaitCounted(realm, user.id(), i + 1);
            }
            return current;
        }

        @Test
        @DisplayName("Rejected passkeys count and lock; the valid passkey is then refused; cancels do not count")
        void rejectedPasskeysLockCancelsDoNot() throws InterruptedException {
            User user = userWithPasskey("sven");
            regulated(true);
            try {
                LoginHttpClient browser = flows.newBrowser();
                LoginHttpClient.Page page = secondStep(browser, user);
                for (String cancel : List.of("AbortError", "TimeoutError")) {
                    page = expect(browser.submit(page, Map.of("pa_action", "passkey_error", "pa_error", cancel)), PASSKEY);
                }
                page = rejectedPasskeys(browser, page, user, FAILURE_FACTOR);
                awaitFailures(realm, user.id(), FAILURE_FACTOR);
                assertTrue(status(realm, user.id()).path("disabled").asBoolean(), status(realm, user.id()).toString());

                Map<String, String> valid = new LinkedHashMap<>(user.authenticator().assertion(page.data("data-request-options"), browser.origin()).fields());
                valid.put("pa_action", "passkey");
                LoginHttpClient.Page refused = browser.submit(page, valid);
                assertFalse(refused.loggedIn(), "a locked user does not pass the second factor with a valid passkey");
                assertTrue(refused.status() < 500, refused.html());
                assertFalse(refused.message().isBlank());
                assertEquals("user_temporarily_disabled", latestError(realm, user.id()).path("error").asText());
            } finally {
                regulated(false);
            }
        }

        @Test
        @DisplayName("A valid passkey at the second factor clears its failure count, as a correct one-time code does")
        void validPasskeyClearsSecondFactorFailures() throws InterruptedException {
            User user = userWithPasskey("selma");
            regulated(true);
            admin.updateRealm(realm, admin.json().createObjectNode().put("maxSecondaryAuthFailures", 2));
            try {
                // one rejected passkey per login: three of them would exceed the limit of two if never cleared
                for (int login = 0; login < 3; login++) {
                    LoginHttpClient browser = flows.newBrowser();
                    LoginHttpClient.Page page = rejectedPasskeys(browser, secondStep(browser, user), user, 1);
                    awaitFailures(realm, user.id(), 1);
                    Map<String, String> valid = new LinkedHashMap<>(user.authenticator().assertion(page.data("data-request-options"), browser.origin()).fields());
                    valid.put("pa_action", "passkey");
                    assertTrue(browser.submit(page, valid).loggedIn(), "login " + login);
                    Await.until("failures cleared", Duration.ofSeconds(20), () -> status(realm, user.id()).path("numFailures").asInt() == 0,
                            () -> status(realm, user.id()).toString());
                }
                assertTrue(admin.get("/admin/realms/" + realm + "/users/" + user.id()).path("enabled").asBoolean(), "not locked out");
            } finally {
                admin.updateRealm(realm, admin.json().createObjectNode().put("maxSecondaryAuthFailures", 0));
                regulated(false);
            }
        }

        @Test
        @DisplayName("With permanent lockout, rejected passkeys at the second factor disable the user")
        void permanentLockoutDisablesTheUser() throws InterruptedException {
            User user = userWithPasskey("paula");
            regulated(true);
            bruteForce(realm, true);
            try {
                LoginHttpClient browser = flows.newBrowser();
                rejectedPasskeys(browser, secondStep(browser, user), user, FAILURE_FACTOR);
                Await.until("the user disabled", Duration.ofSeconds(20),
                        () -> !admin.get("/admin/realms/" + realm + "/users/" + user.id()).path("enabled").asBoolean());
            } finally {
                bruteForce(realm, false);
                regulated(false);
            }
        }
    }
}
