package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.TimeOffset;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.CAPABLE_BROWSER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSKEY;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anonymous requests (a username is all they need) must not fill our tables nor teach the realm-wide
 * learning: issue 12, point 6.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationAbuseIT {

    private static final String PASSWORD_VALUE = "abuse-password";
    /** The default of {@code operations-per-user-per-hour}. */
    private static final int OPERATIONS_PER_USER_PER_HOUR = 20;

    private KeycloakTarget keycloak;
    private AdminClient admin;

    @BeforeAll
    void setUp(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
    }

    @Test
    @DisplayName("91 anonymous requests in one login session (identify → prompt error → retry, repeated) store a bounded"
            + " number of operations and outbox rows, and the user still signs in")
    void floodLeavesBoundedRows(Sql sql) {
        String realm = TestRealms.create(admin, "flood", false);
        configureCountingSink(realm);
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        String username = TestRealms.newUser(admin, realm, "fiona", PASSWORD_VALUE);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(username, PASSWORD_VALUE, authenticator);
        String userId = admin.userId(realm, username);
        long operationsBefore = operations(sql, userId);
        long outboxBefore = operationOutboxRows(sql, realm);

        LoginHttpClient attacker = flows.newBrowser();
        LoginHttpClient.Page page = expect(flows.identify(attacker, username, "flood-device-0001"), PASSKEY);
        int requests = 1;
        while (requests < 91) {
            page = attacker.submit(page, Map.of("pa_action", "passkey_error", "pa_error", "NotAllowedError"));
            requests++;
            page = requests % 4 == 0
                    ? attacker.submit(page, Map.of("pa_action", "identify", "username", username,
                    "pa_capabilities", CAPABLE_BROWSER, "pa_device", "flood-device-" + requests))
                    : attacker.submit(page, Map.of("pa_action", "retry_passkey"));
            requests++;
            assertTrue(page.status() < 500, "request " + requests + " answered " + page.status());
        }

        long stored = operations(sql, userId) - operationsBefore;
        assertTrue(stored <= OPERATIONS_PER_USER_PER_HOUR, stored + " operations stored by the flood");
        long outbox = operationOutboxRows(sql, realm) - outboxBefore;
        assertTrue(outbox <= 2L * OPERATIONS_PER_USER_PER_HOUR, outbox + " outbox rows of operation events from the flood");

        // further attempts still work, they are only not stored again
        HttpPasskeyFlows.Attempt attempt = flows.passkeyAttempt(username);
        assertTrue(attempt.submitAssertion(authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields())
                .loggedIn(), "the user signs in with the passkey after the flood");
        assertEquals(stored, operations(sql, userId) - operationsBefore, "the cap holds for the rest of the hour");
    }

    @Test
    @DisplayName("An identifier posted after the identifier step is refused: nobody else is identified, no decision is stored")
    void identifyAfterTheIdentifierStepIsRefused(Sql sql) {
        String realm = TestRealms.create(admin, "reidentify", false);
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        String username = TestRealms.newUser(admin, realm, "gina", PASSWORD_VALUE);
        flows.registerPasskey(username, PASSWORD_VALUE, new SoftwareAuthenticator());
        String other = TestRealms.newUser(admin, realm, "hugo", PASSWORD_VALUE);
        flows.registerPasskey(other, PASSWORD_VALUE, new SoftwareAuthenticator());
        String otherId = admin.userId(realm, other);
        long otherOperations = operations(sql, otherId);

        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page prompt = expect(flows.identify(browser, username), PASSKEY);
        LoginHttpClient.Page passwordStep = expect(browser.submit(prompt, Map.of("pa_action", "passkey_error",
                "pa_error", "NotAllowedError")), PASSWORD);
        LoginHttpClient.Page refused = browser.submit(passwordStep, Map.of("pa_action", "identify", "username", other,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", "http-test-device-0001"));
        assertEquals(400, refused.status());
        expect(refused, PASSWORD);
        assertFalse(refused.html().contains(other), "the page does not switch to the other user");
        assertEquals(otherOperations, operations(sql, otherId), "no decision for the other user");
        JsonNode error = admin.events(realm, "LOGIN_ERROR", admin.userId(realm, username)).get(0);
        assertEquals("invalid_request", error.path("error").asText(), error.toString());

        // the login itself goes on where it was: the password signs the first user in, who is then offered a
        // passkey (one failed in this login)
        expect(browser.submit(refused, Map.of("pa_action", "password", "password", PASSWORD_VALUE)), HttpPasskeyFlows.APPEND);
    }

    @Test
    @DisplayName("25 identify + prompt-error pairs with fresh device markers leave the realm's decision for that OS and browser"
            + " unchanged: the next real user still gets the automatic prompt")
    void unverifiedFailuresDoNotPoisonTheRealm(Sql sql) {
        String realm = TestRealms.create(admin, "poison", false);
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        List<String> victims = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String victim = TestRealms.newUser(admin, realm, "victim" + i, PASSWORD_VALUE);
            flows.registerPasskey(victim, PASSWORD_VALUE, new SoftwareAuthenticator());
            victims.add(victim);
        }
        for (int i = 0; i < victims.size(); i++) {
            LoginHttpClient attacker = flows.newBrowser();
            LoginHttpClient.Page prompt = expect(flows.identify(attacker, victims.get(i), "poison-device-" + i), PASSKEY);
            assertEquals("true", prompt.data("data-auto-start"), "the poisoning attempt itself got the automatic prompt");
            expect(attacker.submit(prompt, Map.of("pa_action", "passkey_error", "pa_error", "NotAllowedError")), PASSWORD);
        }

        // past the one-minute memo of the realm's outcomes, so the next decision reads the table
        try (TimeOffset later = keycloak.timeOffset().shift(Duration.ofMinutes(2))) {
            String realUser = TestRealms.newUser(admin, realm, "rosa", PASSWORD_VALUE);
            SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
            flows.registerPasskey(realUser, PASSWORD_VALUE, authenticator);
            LoginHttpClient browser = flows.newBrowser();
            LoginHttpClient.Page prompt = expect(flows.identify(browser, realUser, "rosa-laptop-0001"), PASSKEY);
            Map<String, Object> decision = sql.query("select decision, decision_reasons from pa_passkey_operation where user_id = ?"
                    + " and kind = 'login' and decision is not null order by started_at desc", admin.userId(realm, realUser)).get(0);
            assertEquals("auto_passkey", decision.get("decision"), decision.toString());
            assertFalse(((String) decision.get("decision_reasons")).contains("realm_failures_in_environment"), decision.toString());
            assertEquals("true", prompt.data("data-auto-start"));
        }
    }

    @Test
    @DisplayName("A device marker becomes known with a password sign-in: the next automatic prompt there is identified by it,"
            + " one from a fresh marker only by the username")
    void passwordSignInMakesTheDeviceMarkerKnown(Sql sql) {
        String realm = TestRealms.create(admin, "known", false);
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        String username = TestRealms.newUser(admin, realm, "karl", PASSWORD_VALUE);
        flows.registerPasskey(username, PASSWORD_VALUE, new SoftwareAuthenticator());
        String userId = admin.userId(realm, username);

        LoginHttpClient firstVisit = flows.newBrowser();
        LoginHttpClient.Page prompt = expect(flows.identify(firstVisit, username, "karl-tablet-0001"), PASSKEY);
        assertEquals("username", latestDecision(sql, userId).get("identified_by"), "a marker never signed in with proves nothing");
        LoginHttpClient.Page passwordStep = expect(firstVisit.submit(prompt, Map.of("pa_action", "use_password")), PASSWORD);
        expect(firstVisit.submit(passwordStep, Map.of("pa_action", "password", "password", PASSWORD_VALUE)), HttpPasskeyFlows.APPEND);

        expect(flows.identify(flows.newBrowser(), username, "karl-tablet-0001"), PASSKEY);
        assertEquals("device_marker", latestDecision(sql, userId).get("identified_by"));
        expect(flows.identify(flows.newBrowser(), username, "karl-elsewhere-0001"), PASSKEY);
        assertEquals("username", latestDecision(sql, userId).get("identified_by"));
    }

    @Test
    @DisplayName("Failed automatic prompts of 20 users identified by their known device markers still switch that OS and"
            + " browser to the button (rule 6 keeps working)")
    void verifiedFailuresStillTeachTheRealm(Sql sql) {
        String realm = TestRealms.create(admin, "teach", false);
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        for (int i = 0; i < 20; i++) {
            String user = TestRealms.newUser(admin, realm, "known" + i, PASSWORD_VALUE);
            flows.registerPasskey(user, PASSWORD_VALUE, new SoftwareAuthenticator());
            // the browser the passkey was created in, where it then fails
            LoginHttpClient browser = flows.newBrowser();
            LoginHttpClient.Page prompt = expect(flows.identify(browser, user), PASSKEY);
            expect(browser.submit(prompt, Map.of("pa_action", "passkey_error", "pa_error", "NotAllowedError")), PASSWORD);
            assertEquals("device_marker", latestDecision(sql, admin.userId(realm, user)).get("identified_by"));
        }
        try (TimeOffset later = keycloak.timeOffset().shift(Duration.ofMinutes(2))) {
            String realUser = TestRealms.newUser(admin, realm, "tom", PASSWORD_VALUE);
            flows.registerPasskey(realUser, PASSWORD_VALUE, new SoftwareAuthenticator());
            LoginHttpClient.Page page = expect(flows.identify(flows.newBrowser(), realUser, "tom-laptop-0001"), PASSKEY);
            Map<String, Object> decision = latestDecision(sql, admin.userId(realm, realUser));
            assertEquals("button_only", decision.get("decision"), decision.toString());
            assertTrue(((String) decision.get("decision_reasons")).contains("realm_failures_in_environment"), decision.toString());
            assertEquals("false", page.data("data-auto-start"));
        }
    }

    private static Map<String, Object> latestDecision(Sql sql, String userId) {
        return sql.query("select decision, decision_reasons, identified_by from pa_passkey_operation where user_id = ?"
                + " and kind = 'login' and decision is not null order by started_at desc", userId).get(0);
    }

    /**
     * A file sink: every event of the realm gets an outbox row, where the test counts it (delivered rows are kept
     * for a day). A file needs no network and fails no delivery, so the relay counters of other suites stay theirs.
     */
    private void configureCountingSink(String realm) {
        String directory = admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status").path("fileDirectory").asText();
        ObjectNode config = admin.json().createObjectNode();
        config.putArray("sinks").addObject().put("name", "audit-file").put("type", "file").put("format", "json")
                .put("output", "file").put("path", java.nio.file.Path.of(directory).resolve("flood.jsonl").toString());
        admin.put("/admin/realms/" + realm + "/passkey-autopilot/siem", config);
    }

    private static long operations(Sql sql, String userId) {
        return sql.count("select count(*) from pa_passkey_operation where user_id = ?", userId);
    }

    /** Outbox rows of our passkey operation events (decided / ended); Keycloak's own events are not counted. */
    private static long operationOutboxRows(Sql sql, String realm) {
        return sql.count("select count(*) from pa_event_outbox o join realm r on r.id = o.realm_id where r.name = ?"
                + " and o.payload like '%PASSKEY\\_LOGIN\\_%'", realm);
    }
}
