package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminApiException;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit stream against a real webhook receiver: events arrive signed, exactly the committed ones, none
 * lost while the receiver is down and Keycloak restarts, dead letters can be replayed, secrets never come back.
 */
@WithKeycloak(options = SinkOptions.LOOPBACK_RECEIVERS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiemStreamIT {

    private KeycloakTarget keycloak;
    private AdminClient admin;

    @BeforeAll
    void setUp(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
    }

    private void configureWebhook(String realm, String url, String secret) {
        ObjectNode config = admin.json().createObjectNode();
        ObjectNode sink = config.putArray("sinks").addObject();
        sink.put("name", "hook").put("type", "webhook").put("format", "json").put("url", url).put("secret", secret)
                .put("batchSize", 500).put("requestTimeoutMs", 5000);
        admin.put("/admin/realms/" + realm + "/passkey-autopilot/siem", config);
    }

    private void produce(String realm, int count, boolean rollback) {
        for (int sent = 0; sent < count; sent += 500) {
            admin.post("/realms/" + realm + "/pa-testing/audit-events", Map.of("count", Math.min(500, count - sent), "rollback", rollback));
        }
    }

    /** A port nothing listens on (yet): the receiver opens it later. */
    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Tag("smoke")
    @Test
    @DisplayName("A login reaches the webhook, signed, with Keycloak's event and our passkey decision and outcome")
    void loginEventsAreStreamed() throws Exception {
        String realm = TestRealms.create(admin, "siem-login");
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(0, secret)) {
            configureWebhook(realm, receiver.url(), secret);
            // a copy experiment: every user is in one of its arms, and the operation events must name it
            admin.put("/admin/realms/" + realm + "/passkey-autopilot/rollout", "{\"experiments\":[{\"name\":\"append-copy\","
                    + "\"feature\":\"append\",\"kind\":\"copy\",\"arms\":[{\"name\":\"A\",\"weight\":50},{\"name\":\"B\",\"weight\":50}]}]}");
            HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
            String username = TestRealms.newUser(admin, realm, "sia", "siem-password");
            flows.registerPasskey(username, "siem-password", new SoftwareAuthenticator());
            String userId = admin.userId(realm, username);
            Await.until("the login and the passkey creation", Duration.ofSeconds(30), () -> receiver.events().values().stream()
                    .map(e -> e.path("type").asText()).collect(Collectors.toSet())
                    .containsAll(List.of("LOGIN", "UPDATE_CREDENTIAL", "PASSKEY_APPEND_DECIDED", "PASSKEY_APPEND_ENDED")));
            assertTrue(receiver.badSignatures().isEmpty(), "every request carried a valid signature");
            JsonNode login = receiver.events().values().stream().filter(e -> "LOGIN".equals(e.path("type").asText())).findFirst().orElseThrow();
            assertEquals(userId, login.path("userId").asText());
            assertEquals("AUTHENTICATION", login.path("category").asText());
            assertEquals(username, login.path("username").asText(), login.toString());
            assertEquals("created", login.path("details").path("pa_append_outcome").asText(), login.toString());
            assertEquals("password", login.path("details").path("pa_login_method").asText(), login.toString());
            JsonNode decided = receiver.events().values().stream().filter(e -> "PASSKEY_APPEND_DECIDED".equals(e.path("type").asText()))
                    .findFirst().orElseThrow();
            assertEquals("offer", decided.path("details").path("pa_decision").asText(), decided.toString());
            assertTrue(decided.path("details").path("pa_experiments").asText().matches("append-copy:[AB]"), decided.toString());
            JsonNode created = receiver.events().values().stream().filter(e -> "PASSKEY_APPEND_ENDED".equals(e.path("type").asText()))
                    .findFirst().orElseThrow();
            assertEquals("success", created.path("details").path("pa_outcome").asText(), created.toString());
        }
    }

    @Test
    @DisplayName("Secrets are write-only: masked when read, kept when sent back masked; an invalid document names the field")
    void sinkSecretsAreWriteOnly() {
        String realm = TestRealms.create(admin, "siem-config");
        String secret = WebhookReceiver.newSecret();
        configureWebhook(realm, "http://127.0.0.1:9/hook", secret);
        JsonNode stored = admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem");
        assertFalse(stored.toString().contains(secret.substring(6)), "the secret never comes back: " + stored);
        admin.put("/admin/realms/" + realm + "/passkey-autopilot/siem", stored);
        assertEquals(stored, admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem"), "sending it back masked keeps the secret");
        AdminApiException invalid = assertThrows(AdminApiException.class, () -> admin.put("/admin/realms/" + realm + "/passkey-autopilot/siem",
                "{\"sinks\":[{\"name\":\"x\",\"type\":\"webhook\",\"url\":\"ftp://nowhere\"}]}"));
        assertEquals(400, invalid.status());
        assertTrue(invalid.body().contains("\"field\""), invalid.body());
        assertEquals(stored, admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem"), "nothing changed");
        List<JsonNode> changes = List.of(admin.get("/admin/realms/" + realm + "/admin-events?max=20"));
        assertFalse(changes.toString().contains(secret.substring(6)), "no secret in the admin events");
    }

    @Test
    @DisplayName("A realm's support admin sees that realm's delivery status, not the backlog of all realms or the node's relay; a server administrator sees those too")
    void crossRealmStatusIsForServerAdministrators() {
        String realm = TestRealms.create(admin, "siem-status");
        SupportStaff staff = new SupportStaff(keycloak, admin, realm);
        String supportAdmin = staff.token(staff.create("siem-admin", java.util.List.of("support-admin"), java.util.List.of()));
        SupportStaff.Answer realmView = staff.getPasskeyAutopilot(supportAdmin, "/siem/status");
        assertEquals(200, realmView.status(), realmView.raw());
        assertTrue(realmView.body().path("realm").has("pending"), realmView.raw());
        assertTrue(realmView.body().path("fileDirectory").isTextual(), "where this realm's file sinks may write: " + realmView.raw());
        assertTrue(realmView.body().path("backlog").isMissingNode() && realmView.body().path("relay").isMissingNode(), realmView.raw());

        JsonNode serverView = admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status");
        assertTrue(serverView.path("backlog").isNumber(), serverView.toString());
        assertTrue(serverView.path("relay").path("running").asBoolean(), serverView.toString());
    }

    @Test
    @DisplayName("Receiver down while 10,000 events are produced and Keycloak restarts midway: all 10,000 arrive once it is back")
    void nothingIsLostWhileTheSinkIsDown() throws Exception {
        String realm = TestRealms.create(admin, "siem-loss");
        String secret = WebhookReceiver.newSecret();
        int port = freePort();
        configureWebhook(realm, "http://127.0.0.1:" + port + "/hook", secret);

        produce(realm, 5_000, false);
        keycloak.restart();
        produce(realm, 5_000, false);

        try (WebhookReceiver receiver = new WebhookReceiver(port, secret)) {
            Await.until("10,000 events", Duration.ofMinutes(3), () -> receiver.loadTestEvents() >= 10_000);
            assertEquals(10_000, receiver.loadTestEvents(), "each event id once in the receiver's set");
            assertTrue(receiver.badSignatures().isEmpty());
            Await.until("the outbox to record every delivery", Duration.ofSeconds(30), () ->
                    admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status").path("realm").path("pending").asLong() == 0);
            assertEquals(0, admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status").path("realm").path("dead").asLong());
        }
    }

    @Test
    @DisplayName("Events of a rolled-back transaction are never sent; those of the next committed one are")
    void rolledBackEventsAreNeverSent() throws Exception {
        String realm = TestRealms.create(admin, "siem-rollback");
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(0, secret)) {
            configureWebhook(realm, receiver.url(), secret);
            produce(realm, 300, true);
            produce(realm, 7, false);
            Await.until("the committed events", Duration.ofSeconds(30), () -> receiver.loadTestEvents() >= 7);
            Thread.sleep(2_000);
            assertEquals(7, receiver.loadTestEvents(), "only the committed transaction's events");
        }
    }

    @Test
    @DisplayName("A receiver answering 500 is retried until it recovers; one answering 400 dead-letters, and a replay delivers")
    void failingReceiversAreRetriedOrDeadLettered() throws Exception {
        String realm = TestRealms.create(admin, "siem-bad-peer");
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(0, secret)) {
            configureWebhook(realm, receiver.url(), secret);
            receiver.answer(500);
            produce(realm, 20, false);
            Await.until("retries", Duration.ofSeconds(20), () -> receiver.requests() >= 2);
            assertEquals(0, receiver.loadTestEvents());
            receiver.answer(204);
            Await.until("delivery after recovery", Duration.ofSeconds(90), () -> receiver.loadTestEvents() == 20);

            receiver.answer(400);
            produce(realm, 5, false);
            String deadLetters = "/admin/realms/" + realm + "/passkey-autopilot/siem/dead-letters";
            Await.until("dead letters", Duration.ofSeconds(30), () -> admin.get(deadLetters).path("deadLetters").size() == 5);
            JsonNode dead = admin.get(deadLetters).path("deadLetters").get(0);
            assertEquals("hook", dead.path("sink").asText());
            // the status class only: an exact status would let a realm admin tell what answers at the other end
            assertTrue(dead.path("lastError").asText().endsWith(": HTTP 4xx"), dead.toString());
            receiver.answer(204);
            JsonNode replayed = admin.json().readTree(admin.post(deadLetters + "/replay", Map.of("all", true)).body());
            assertEquals(5, replayed.path("replayed").asInt());
            Await.until("replayed delivery", Duration.ofSeconds(30), () -> receiver.loadTestEvents() == 25);
            assertEquals(0, admin.get(deadLetters).path("deadLetters").size());
        }
    }
}
