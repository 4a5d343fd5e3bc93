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
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A receiver slower than the relay's lease, with two nodes on one database: the node that sends keeps its lease
 * alive, so the other node never takes the same rows meanwhile. The lease is set to 2 s here (30 s by default)
 * so that a 5 s answer outlasts it.
 */
@WithKeycloak(options = {"--spi-events-listener--passkey-autopilot-siem--lease-seconds=2", SinkOptions.LOOPBACK_RECEIVERS})
class SiemSlowPeerIT {

    private static final int EVENTS = 20;

    @Test
    @DisplayName("A send that outlasts the lease is not taken over by the other node: each event arrives once")
    void aSlowSendKeepsItsLease(KeycloakTarget keycloak, AdminClient adminA) throws Exception {
        String realm = TestRealms.create(adminA, "siem-slow");
        String secret = WebhookReceiver.newSecret();
        KeycloakServer nodeB = DistributionKeycloak.of(keycloak).startNode("b");
        try (WebhookReceiver receiver = new WebhookReceiver(0, secret)) {
            AdminClient adminB = AdminClient.bootstrapAdmin(nodeB.baseUrl());
            for (AdminClient node : List.of(adminA, adminB)) {
                JsonNode relay = node.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status").path("relay");
                assertEquals(2000, relay.path("leaseMillis").asLong(), "the short lease applies on each node: " + relay);
            }
            receiver.delay(Duration.ofSeconds(5));
            ObjectNode config = adminA.json().createObjectNode();
            config.putArray("sinks").addObject().put("name", "hook").put("type", "webhook").put("format", "json")
                    .put("url", receiver.url()).put("secret", secret).put("batchSize", 500).put("requestTimeoutMs", 15_000);
            adminA.put("/admin/realms/" + realm + "/passkey-autopilot/siem", config);
            adminA.post("/realms/" + realm + "/pa-testing/audit-events", Map.of("count", EVENTS));

            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (receiver.loadTestEvents() < EVENTS || pending(adminA, realm) > 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("not delivered: " + receiver.loadTestEvents() + " received, status "
                            + adminA.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status"));
                }
                Thread.sleep(250);
            }
            // the other node polls every 500 ms: had the lease lapsed, it would have sent these again by now
            Thread.sleep(3_000);
            assertEquals(EVENTS, receiver.loadTestEvents());
            assertEquals(List.of(), receiver.duplicates(), "no row was sent by two nodes");
            assertTrue(receiver.badSignatures().isEmpty());
        } finally {
            nodeB.stop();
            nodeB.deleteWorkDir();
        }
    }

    private static long pending(AdminClient admin, String realm) {
        return admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status").path("realm").path("pending").asLong();
    }
}
