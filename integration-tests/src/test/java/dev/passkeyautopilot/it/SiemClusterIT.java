package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.DistributionKeycloak;
import dev.passkeyautopilot.it.harness.KeycloakServer;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Keycloak nodes on one PostgreSQL database, each running its relay: the outbox's claim must hand every row
 * to one node at a time, so a backlog that both race for arrives complete and without a row sent twice.
 */
@WithKeycloak(options = SinkOptions.LOOPBACK_RECEIVERS)
class SiemClusterIT {

    private static final int EVENTS_PER_NODE = 10_000;

    @Test
    @DisplayName("Two nodes race for a backlog of 20,000 events: each arrives exactly once, and both nodes send")
    void twoNodesShareTheBacklogWithoutSendingARowTwice(KeycloakTarget keycloak, AdminClient adminA) throws Exception {
        String realm = TestRealms.create(adminA, "siem-cluster");
        String secret = WebhookReceiver.newSecret();
        KeycloakServer nodeB = DistributionKeycloak.of(keycloak).startNode("b");
        try (WebhookReceiver receiver = new WebhookReceiver(0, secret)) {
            AdminClient adminB = AdminClient.bootstrapAdmin(nodeB.baseUrl());
            ObjectNode config = adminA.json().createObjectNode();
            config.putArray("sinks").addObject().put("name", "hook").put("type", "webhook").put("format", "json")
                    .put("url", receiver.url()).put("secret", secret).put("batchSize", 500);
            adminA.put("/admin/realms/" + realm + "/passkey-autopilot/siem", config);

            // The backlog: the receiver refuses (400, not retried), so every row waits as a dead letter, written
            // by requests to either node. A replay then makes all of them due at the same moment. The sink's own
            // configuration change is an audited admin event too: one more row.
            receiver.answer(400);
            produce(adminA, realm);
            produce(adminB, realm);
            long backlog = 2L * EVENTS_PER_NODE + 1;
            Await.until("every row dead-lettered", Duration.ofMinutes(2), () -> status(adminA, realm).path("realm").path("dead").asLong() == backlog,
                    () -> "A: " + status(adminA, realm) + " B: " + status(adminB, realm));
            long triedByA = status(adminA, realm).path("relay").path("failedAttempts").asLong();
            long triedByB = status(adminB, realm).path("relay").path("failedAttempts").asLong();
            assertEquals(backlog, triedByA + triedByB, "each refused row was tried by one node, once");

            receiver.answer(204);
            long deliveredByA = relayDelivered(adminA, realm);
            long deliveredByB = relayDelivered(adminB, realm);
            JsonNode replayed = adminA.json().readTree(adminA.post("/admin/realms/" + realm
                    + "/passkey-autopilot/siem/dead-letters/replay", Map.of("all", true)).body());
            assertEquals(backlog, replayed.path("replayed").asLong());

            // the replay is an audited admin action as well: one more row, sent like the others
            Await.until("every event at the receiver", Duration.ofMinutes(3), () -> receiver.events().size() >= backlog + 1);
            Await.until("the outbox to record every delivery", Duration.ofSeconds(30), () ->
                    status(adminA, realm).path("realm").path("delivered").asLong() == backlog + 1, () -> status(adminA, realm).toString());
            assertEquals(backlog + 1, receiver.events().size());
            assertEquals(2L * EVENTS_PER_NODE, receiver.loadTestEvents());
            assertEquals(0, receiver.duplicates().size(), "ids sent twice: " + receiver.duplicates().stream().limit(5).toList());
            assertTrue(receiver.badSignatures().isEmpty());

            long byA = relayDelivered(adminA, realm) - deliveredByA;
            long byB = relayDelivered(adminB, realm) - deliveredByB;
            System.out.printf("SiemClusterIT: refused rows tried by node A %,d, node B %,d; delivered by node A %,d, node B %,d; of %,d%n",
                    triedByA, triedByB, byA, byB, backlog);
            assertTrue(byA > 0 && byB > 0, "both nodes' relays took part: A " + byA + ", B " + byB);
            // other realms of the shared server may have had rows of their own in flight meanwhile
            assertTrue(byA + byB >= backlog + 1, "the two relays delivered the backlog between them: A " + byA + ", B " + byB);
            assertTrue(!status(adminA, realm).path("relay").path("node").asText()
                    .equals(status(adminB, realm).path("relay").path("node").asText()), "each node reports its own relay");
        } finally {
            nodeB.stop();
            nodeB.deleteWorkDir();
        }
    }

    private static void produce(AdminClient admin, String realm) {
        for (int sent = 0; sent < EVENTS_PER_NODE; sent += 500) {
            admin.post("/realms/" + realm + "/pa-testing/audit-events", Map.of("count", 500));
        }
    }

    private static JsonNode status(AdminClient admin, String realm) {
        return admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status");
    }

    /** What the answering node's relay delivered since its start, all realms together. */
    private static long relayDelivered(AdminClient admin, String realm) {
        return status(admin, realm).path("relay").path("delivered").asLong();
    }

}
