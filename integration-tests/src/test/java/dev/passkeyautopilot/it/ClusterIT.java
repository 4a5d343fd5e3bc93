package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.DistributionKeycloak;
import dev.passkeyautopilot.it.harness.KeycloakServer;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows.Attempt;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSKEY;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Keycloak nodes in production mode ({@code kc.sh build} + {@code start --optimized}) on one PostgreSQL database,
 * forming one Infinispan cluster through Keycloak's default JDBC-PING discovery over loopback: what a user starts on
 * one node continues on the other, what an admin changes on one applies on the other at once, what one node learns
 * the other uses, and stopping a node while it relays audit events loses none.
 *
 * <p>Node A is the class's server; node B is started here. Both are stopped when the class ends (node A already by the
 * last test, which stops it on purpose).
 */
@WithKeycloak(production = true, options = {SinkOptions.LOOPBACK_RECEIVERS,
        // small claims, so both nodes' relays work on one backlog and node A holds only part of it when it stops
        "--spi-events-listener--passkey-autopilot-siem--claim-limit=" + ClusterIT.CLAIM_LIMIT,
        // how soon node B takes over the rows node A had claimed: the test waits about this long
        "--spi-events-listener--passkey-autopilot-siem--lease-seconds=10"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final int CLAIM_LIMIT = 200;
    private static final String PASSWORD_VALUE = "cluster-password";
    private static final Pattern CLUSTER_VIEW = Pattern.compile("ISPN000094: Received new cluster view for channel \\S+: \\[[^]]*] \\((\\d+)\\)");

    private DistributionKeycloak nodeA;
    private AdminClient adminA;
    private KeycloakServer nodeB;
    private AdminClient adminB;

    @BeforeAll
    void startNodeB(KeycloakTarget keycloak, AdminClient admin) throws InterruptedException {
        this.nodeA = DistributionKeycloak.of(keycloak);
        this.adminA = admin;
        assertTrue(nodeA.server().isProduction(), "node A runs in production mode");
        this.nodeB = nodeA.startNode("b");
        this.adminB = AdminClient.bootstrapAdmin(nodeB.baseUrl());
        assertNotEquals(nodeA.server().clusterPort(), nodeB.clusterPort());
        Await.until("node B to see a cluster of two", Duration.ofMinutes(2), () -> clusterSize(nodeB) == 2,
                () -> "node B's last view: " + clusterSize(nodeB) + " members (log " + nodeB.logFile() + ")");
        System.out.printf("ClusterIT: node A %s (JGroups 127.0.0.1:%d, started in %.1f s), node B %s (JGroups 127.0.0.1:%d,"
                        + " started in %.1f s)%n", nodeA.baseUrl(), nodeA.server().clusterPort(),
                nodeA.server().lastStartupTime().toMillis() / 1000.0, nodeB.baseUrl(), nodeB.clusterPort(),
                nodeB.lastStartupTime().toMillis() / 1000.0);
    }

    @AfterAll
    void stopBothNodes() {
        try {
            if (nodeB != null) {
                nodeB.stop();
                nodeB.deleteWorkDir();
            }
        } finally {
            // the registry deletes node A's work directory and database when the next spec starts or the run ends
            nodeA.server().stop();
        }
    }

    @Test
    @Order(1)
    @DisplayName("Username posted to node A, passkey assertion to node B: signed in; the same assertion replayed on A is"
            + " refused, and in a new login it is a spent challenge")
    void signInStartedOnOneNodeFinishesOnTheOther() {
        String realm = TestRealms.create(adminA, "cluster-login", false);
        String username = TestRealms.newUser(adminA, realm, "ada", PASSWORD_VALUE);
        String userId = adminA.userId(realm, username);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        HttpPasskeyFlows onA = new HttpPasskeyFlows(nodeA.baseUrl(), realm);
        onA.registerPasskey(username, PASSWORD_VALUE, authenticator);
        logout(adminA, realm, userId);

        Attempt attempt = onA.passkeyAttempt(username);
        LoginHttpClient browserOnB = attempt.browser().at(nodeB.baseUrl());
        Map<String, String> assertion = passkeyFields(authenticator.assertion(attempt.requestOptions(), browserOnB.origin()).fields());
        LoginHttpClient.Page signedIn = browserOnB.submit(attempt.page(), assertion);
        assertTrue(signedIn.loggedIn(), "the passkey posted to node B completes the login node A started: " + signedIn.status()
                + " " + signedIn.template() + " " + (signedIn.isRedirect() ? signedIn.location() : signedIn.message()));
        assertEquals(1, sessions(adminB, realm, userId).size());
        JsonNode login = adminB.events(realm, "LOGIN", userId).get(0);
        assertEquals("passkey_automatic", login.path("details").path("pa_login_method").asText(), login.toString());
        assertFalse(browserOnB.accessToken(signedIn).isBlank(), "node B redeems the code of a login node A started");

        logout(adminA, realm, userId);
        LoginHttpClient browserOnA = attempt.browser();
        LoginHttpClient.Page replayed = browserOnA.submit(attempt.page(), assertion);
        String replayText = replayed.document().text();
        System.out.printf("ClusterIT: replay on node A answered %d: %s%n", replayed.status(),
                replayText.substring(0, Math.min(200, replayText.length())));
        assertTrue(replayed.status() < 500, "a replay is bad input, not a server error: " + replayed.status());
        assertFalse(replayed.loggedIn(), "the spent login on node A must not sign in again");
        assertFalse(replayText.isBlank(), "the refusal is a page that says so");
        assertTrue(sessions(adminA, realm, userId).isEmpty(), "no session from the replay");

        // the same bytes in a fresh login (started on B, posted to B where the assertion's origin fits): a challenge
        // issued once, accepted once, is refused everywhere after
        Attempt fresh = new HttpPasskeyFlows(nodeB.baseUrl(), realm).passkeyAttempt(username);
        LoginHttpClient.Page refused = fresh.submitAssertion(assertion);
        assertFalse(refused.loggedIn());
        expect(refused, PASSWORD);
        assertFalse(refused.message().isBlank(), "the password page says what happened");
        JsonNode error = adminA.events(realm, "LOGIN_ERROR", userId).get(0);
        assertEquals("bad_challenge", error.path("details").path("pa_reason").asText(), error.toString());
        assertTrue(sessions(adminA, realm, userId).isEmpty());
    }

    @Test
    @Order(2)
    @DisplayName("A challenge spent on node B by a failed assertion is gone on node A too: the valid assertion for it is"
            + " refused there (challenge_missing)")
    void challengeSpentOnOneNodeIsGoneOnTheOther() {
        String realm = TestRealms.create(adminA, "cluster-challenge", false);
        String username = TestRealms.newUser(adminA, realm, "alan", PASSWORD_VALUE);
        String userId = adminA.userId(realm, username);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        new HttpPasskeyFlows(nodeA.baseUrl(), realm).registerPasskey(username, PASSWORD_VALUE, authenticator);
        logout(adminA, realm, userId);

        Attempt attempt = new HttpPasskeyFlows(nodeA.baseUrl(), realm).passkeyAttempt(username);
        LoginHttpClient browserOnB = attempt.browser().at(nodeB.baseUrl());
        Map<String, String> tampered = passkeyFields(authenticator.assertion(attempt.requestOptions(), browserOnB.origin()).fields());
        byte[] signature = Base64.getUrlDecoder().decode(tampered.get("pa_signature"));
        signature[signature.length - 2] ^= 0x5a;
        tampered.put("pa_signature", Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
        LoginHttpClient.Page afterFailure = expect(browserOnB.submit(attempt.page(), tampered), PASSWORD);
        assertEquals("bad_signature", adminB.events(realm, "LOGIN_ERROR", userId).get(0).path("details").path("pa_reason").asText());

        // the untampered assertion over the same challenge, posted to node A in the same login
        Map<String, String> valid = passkeyFields(authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields());
        LoginHttpClient.Page refused = attempt.browser().submit(afterFailure, valid);
        assertTrue(refused.status() < 500, "refused as bad input: " + refused.status());
        assertFalse(refused.loggedIn(), "node A must not accept a challenge node B consumed");
        expect(refused, PASSWORD);
        JsonNode error = adminA.events(realm, "LOGIN_ERROR", userId).get(0);
        assertEquals("challenge_missing", error.path("details").path("pa_reason").asText(), error.toString());
        assertTrue(sessions(adminA, realm, userId).isEmpty());
    }

    @Test
    @Order(3)
    @DisplayName("A passkey appended on node A is listed on node B and signs in there; node A sees its last use at once")
    void passkeyAppendedOnOneNodeIsListedAndUsedOnTheOther() {
        String realm = TestRealms.create(adminA, "cluster-append", false);
        String username = TestRealms.newUser(adminA, realm, "grace", PASSWORD_VALUE);
        String userId = adminA.userId(realm, username);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        new HttpPasskeyFlows(nodeA.baseUrl(), realm).registerPasskey(username, PASSWORD_VALUE, authenticator);
        logout(adminA, realm, userId);

        JsonNode listedOnB = supportView(adminB, realm, userId);
        assertEquals(1, listedOnB.path("passkeys").size(), listedOnB.toString());
        JsonNode passkey = listedOnB.path("passkeys").get(0);
        assertEquals(TestRealms.onlyPasskey(adminA, realm, userId).path("id").asText(), passkey.path("id").asText());
        assertEquals(0, passkey.path("useCount").asInt(), passkey.toString());

        Attempt onB = new HttpPasskeyFlows(nodeB.baseUrl(), realm).passkeyAttempt(username);
        LoginHttpClient.Page signedIn = onB.submitAssertion(authenticator.assertion(onB.requestOptions(), onB.browser().origin()).fields());
        assertTrue(signedIn.loggedIn(), "the passkey created on node A signs in on node B: " + signedIn.status() + " " + signedIn.template());

        JsonNode seenOnA = supportView(adminA, realm, userId).path("passkeys").get(0);
        assertEquals(1, seenOnA.path("useCount").asInt(), seenOnA.toString());
        assertTrue(seenOnA.path("lastUsed").asLong() > 0, seenOnA.toString());
    }

    @Test
    @Order(4)
    @DisplayName("A rollout change made through node A's admin REST applies on node B's next login page, and back")
    void rolloutChangeOnOneNodeAppliesOnTheOtherAtOnce(Sql sql) {
        String realm = TestRealms.create(adminA, "cluster-rollout", false);
        String username = TestRealms.newUser(adminA, realm, "linus", PASSWORD_VALUE);
        String userId = adminA.userId(realm, username);
        new HttpPasskeyFlows(nodeA.baseUrl(), realm).registerPasskey(username, PASSWORD_VALUE, new SoftwareAuthenticator());
        HttpPasskeyFlows onB = new HttpPasskeyFlows(nodeB.baseUrl(), realm);
        // node B reads (and caches) the realm with the rule set as it is before the change
        expect(onB.identify(onB.newBrowser(), username), PASSKEY);

        putRollout(adminA, realm, "{\"features\":{\"login\":{\"enabled\":false}}}");
        assertFalse(adminB.get(rolloutPath(realm)).path("features").path("login").path("enabled").asBoolean(true),
                "node B's REST answers the rule set node A stored: " + adminB.get(rolloutPath(realm)));
        expect(onB.identify(onB.newBrowser(), username), PASSWORD);
        Map<String, Object> decision = latestLoginDecision(sql, userId);
        assertEquals("fallback", decision.get("decision"), decision.toString());
        assertEquals("rollout_excluded", decision.get("decision_reasons"), decision.toString());

        putRollout(adminA, realm, "{\"features\":{\"login\":{\"enabled\":true}}}");
        expect(onB.identify(onB.newBrowser(), username), PASSKEY);
        assertEquals("auto_passkey", latestLoginDecision(sql, userId).get("decision"));
    }

    @Test
    @Order(5)
    @DisplayName("Learning: one failed automatic prompt on node A and one on node B → the next login, on either node,"
            + " offers the button")
    void learningCountsFailedPromptsOfBothNodes(Sql sql) {
        String realm = TestRealms.create(adminA, "cluster-learning", false);
        String username = TestRealms.newUser(adminA, realm, "judy", PASSWORD_VALUE);
        String userId = adminA.userId(realm, username);
        HttpPasskeyFlows onA = new HttpPasskeyFlows(nodeA.baseUrl(), realm);
        HttpPasskeyFlows onB = new HttpPasskeyFlows(nodeB.baseUrl(), realm);
        onA.registerPasskey(username, PASSWORD_VALUE, new SoftwareAuthenticator());

        // the default intelligence.failures-before-button is 2: one node alone has seen one failure
        failAutomaticPrompt(onA, username);
        failAutomaticPrompt(onB, username);
        assertEquals(2, sql.count("select count(*) from pa_passkey_operation where user_id = ? and kind = 'login'"
                + " and decision = 'auto_passkey' and outcome = 'not_allowed'", userId));

        for (HttpPasskeyFlows node : List.of(onA, onB)) {
            LoginHttpClient.Page page = expect(node.identify(node.newBrowser(), username), PASSKEY);
            assertEquals("false", page.data("data-auto-start"), "no automatic prompt after failures on both nodes");
            Map<String, Object> decision = latestLoginDecision(sql, userId);
            assertEquals("button_only", decision.get("decision"), decision.toString());
            assertTrue(((String) decision.get("decision_reasons")).contains("recent_failures_in_environment"), decision.toString());
        }
    }

    @Test
    @Order(99)
    @DisplayName("Node A stops in the middle of a relay round: node B delivers the rest, no event is lost, and only rows"
            + " node A had claimed may arrive twice (counted); the sign-ins it served just before are all written")
    void stoppingANodeMidRelayLosesNoEvent(Sql sql) throws Exception {
        String realm = TestRealms.create(adminA, "cluster-relay");
        String realmId = adminA.realm(realm).path("id").asText();
        String secret = WebhookReceiver.newSecret();
        int events = 3_000;
        try (WebhookReceiver receiver = new WebhookReceiver(0, secret)) {
            ObjectNode config = adminA.json().createObjectNode();
            config.putArray("sinks").addObject().put("name", "hook").put("type", "webhook").put("format", "json")
                    .put("url", receiver.url()).put("secret", secret).put("batchSize", 50);
            adminA.put("/admin/realms/" + realm + "/passkey-autopilot/siem", config);

            // a backlog that is due all at once: refused (dead letters) first, then replayed
            receiver.answer(400);
            for (int sent = 0; sent < events; sent += 500) {
                adminA.post("/realms/" + realm + "/pa-testing/audit-events", Map.of("count", 500));
            }
            long backlog = events + 1; // and the sink's configuration change, an audited admin event
            Await.until("every row dead-lettered", Duration.ofMinutes(2),
                    () -> relayStatus(adminA, realm).path("realm").path("dead").asLong() == backlog,
                    () -> relayStatus(adminA, realm).toString());
            receiver.answer(204);
            // slow enough that a round takes seconds, so the stop lands inside one
            receiver.delay(Duration.ofMillis(400));
            long deliveredByABefore = relayDelivered(adminA, realm);
            long deliveredByBBefore = relayDelivered(adminB, realm);
            adminA.post("/admin/realms/" + realm + "/passkey-autopilot/siem/dead-letters/replay", Map.of("all", true));
            long total = backlog + 1; // the replay is audited too

            Await.until("node A's relay to be sending", Duration.ofMinutes(1),
                    () -> relayDelivered(adminA, realm) - deliveredByABefore >= 100);
            long deliveredByA = relayDelivered(adminA, realm) - deliveredByABefore;
            int receivedBeforeStop = receiver.events().size();
            // sign-ins node A served a moment before it stops: their rows are written after the logins commit, by the
            // node's sign-in writer, which must write what it holds before Keycloak stops
            String signInRealm = TestRealms.create(adminA, "cluster-sign-ins");
            String signInRealmId = adminA.realm(signInRealm).path("id").asText();
            String signedIn = adminA.createUser(signInRealm, "signed-in", PASSWORD_VALUE);
            adminA.post("/realms/" + signInRealm + "/pa-testing/audit-events", Map.of("count", 300, "userId", signedIn));
            long stopStarted = System.nanoTime();
            nodeA.server().stop();
            assertEquals(300, sql.count("select count(*) from pa_sign_in where realm_id = ? and user_id = ?", signInRealmId, signedIn),
                    "every sign-in node A served before it stopped is in the database");
            double stopSeconds = (System.nanoTime() - stopStarted) / 1e9;
            long pendingAfterStop = sql.count("select count(*) from pa_event_outbox where realm_id = ? and status = 'PENDING'", realmId);
            long leasedAfterStop = sql.count("select count(*) from pa_event_outbox where realm_id = ? and status = 'PENDING'"
                    + " and lease_owner is not null", realmId);
            assertTrue(pendingAfterStop > 0, "node A stopped before the backlog was sent (else nothing was in the middle)");
            receiver.delay(Duration.ZERO); // the rest only has to arrive

            long takeoverStarted = System.nanoTime();
            Await.until("every event at the receiver", Duration.ofMinutes(3), () -> receiver.events().size() >= total,
                    () -> receiver.events().size() + " of " + total + "; " + relayStatus(adminB, realm));
            double takeoverSeconds = (System.nanoTime() - takeoverStarted) / 1e9;
            Await.until("the outbox to record every delivery", Duration.ofSeconds(60),
                    () -> sql.count("select count(*) from pa_event_outbox where realm_id = ? and status <> 'DELIVERED'", realmId) == 0,
                    () -> sql.query("select status, count(*) from pa_event_outbox where realm_id = ? group by status", realmId).toString());

            List<String> duplicates = receiver.duplicates();
            long deliveredByB = relayDelivered(adminB, realm) - deliveredByBBefore;
            System.out.printf("ClusterIT relay: %,d events; node A delivered %,d before it stopped (stop took %.1f s),"
                            + " %,d at the receiver then; %,d rows pending after the stop (%,d under a lease);"
                            + " node B delivered %,d and finished %.1f s later; duplicates (at least once) %d of %,d%n",
                    total, deliveredByA, stopSeconds, receivedBeforeStop, pendingAfterStop, leasedAfterStop, deliveredByB,
                    takeoverSeconds, duplicates.size(), total);
            assertEquals(total, receiver.events().size(), "every event arrived, none lost");
            assertEquals(events, receiver.loadTestEvents());
            assertTrue(receiver.badSignatures().isEmpty());
            assertTrue(deliveredByB > 0, "node B's relay took part");
            // at least once: only what node A had claimed and sent but could not mark before Keycloak closed its
            // database may come again, so at most one claim of node A (a graceful stop releases the unsent rows and
            // marks the sent ones, so this is 0 unless the mark came too late)
            assertTrue(duplicates.size() <= CLAIM_LIMIT, "duplicates beyond node A's last claim: " + duplicates.size());
            assertTrue(duplicates.size() <= pendingAfterStop, "a duplicate was still pending when node A stopped");
        }
    }

    private void failAutomaticPrompt(HttpPasskeyFlows node, String username) {
        LoginHttpClient browser = node.newBrowser();
        LoginHttpClient.Page prompt = expect(node.identify(browser, username), PASSKEY);
        assertEquals("true", prompt.data("data-auto-start"), "the prompt starts by itself before the learning turns it off");
        expect(browser.submit(prompt, Map.of("pa_action", "passkey_error", "pa_error", "NotAllowedError")), PASSWORD);
    }

    private static Map<String, String> passkeyFields(Map<String, String> assertion) {
        Map<String, String> fields = new LinkedHashMap<>(assertion);
        fields.put("pa_action", "passkey");
        return fields;
    }

    private static Map<String, Object> latestLoginDecision(Sql sql, String userId) {
        return sql.query("select decision, decision_reasons from pa_passkey_operation where user_id = ?"
                + " and kind = 'login' and decision is not null order by started_at desc", userId).get(0);
    }

    private static String rolloutPath(String realm) {
        return "/admin/realms/" + realm + "/passkey-autopilot/rollout";
    }

    private static void putRollout(AdminClient admin, String realm, String json) {
        try {
            HttpResponse<String> response = admin.put(rolloutPath(realm), admin.json().readTree(json));
            assertEquals(200, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode supportView(AdminClient admin, String realm, String userId) {
        return admin.get("/admin/realms/" + realm + "/passkey-autopilot/support/users/" + userId);
    }

    private static List<JsonNode> sessions(AdminClient admin, String realm, String userId) {
        List<JsonNode> sessions = new java.util.ArrayList<>();
        admin.get("/admin/realms/" + realm + "/users/" + userId + "/sessions").forEach(sessions::add);
        return sessions;
    }

    private static void logout(AdminClient admin, String realm, String userId) {
        admin.post("/admin/realms/" + realm + "/users/" + userId + "/logout", null);
    }

    private static JsonNode relayStatus(AdminClient admin, String realm) {
        return admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status");
    }

    /** What the answering node's relay delivered since its start, all realms together. */
    private static long relayDelivered(AdminClient admin, String realm) {
        return relayStatus(admin, realm).path("relay").path("delivered").asLong();
    }

    /** Members of the newest cluster view in the node's log (Infinispan's ISPN000094), 0 before the first. */
    private static int clusterSize(KeycloakServer node) {
        try {
            Matcher view = CLUSTER_VIEW.matcher(Files.readString(node.logFile()));
            int members = 0;
            while (view.find()) {
                members = Integer.parseInt(view.group(1));
            }
            return members;
        } catch (IOException e) {
            return 0;
        }
    }
}
