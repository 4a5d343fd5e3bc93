package dev.passkeyautopilot.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.testing.KafkaBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * The audit stream's cost on this machine (prints figures, asserts nothing about time):
 * <ul>
 *   <li>added time per event on the request: each event through Keycloak's EventBuilder (store and every
 *   listener, our outbox write among them) with and without a sink, and the request's time per event including
 *   the commit that inserts the outbox rows; target p99 under 0.2 ms. Also whole requests of one event each,
 *   which include the commit's latency spread and, with a sink, the relay working at the same time;</li>
 *   <li>relay throughput to a file and to Kafka: 50,000 waiting rows replayed at once, timed from the
 *   replay's commit until all are delivered; target at least 10,000 events/s.</li>
 * </ul>
 */
@WithKeycloak(options = SinkOptions.LOOPBACK_RECEIVERS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditStreamBenchmark {

    private static final int BATCH = 500;
    private static final int ROWS = 50_000;

    private static String realm(AdminClient admin, String prefix) {
        return realm(admin, prefix, false);
    }

    private static String realm(AdminClient admin, String prefix, boolean storeEvents) {
        String name = prefix + "-" + System.nanoTime();
        admin.importRealm(admin.json().createObjectNode().put("realm", name).put("enabled", true).put("eventsEnabled", storeEvents));
        return name;
    }

    /** Where this server lets file sinks write. */
    private static String fileDirectory(AdminClient admin, String realm) {
        return admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status").path("fileDirectory").asText();
    }

    private static JsonNode produce(AdminClient admin, String realm, int count) {
        try {
            return admin.json().readTree(admin.post("/realms/" + realm + "/pa-testing/audit-events", Map.of("count", count)).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void configure(AdminClient admin, String realm, ObjectNode sink) {
        ObjectNode config = admin.json().createObjectNode();
        config.putArray("sinks").add(sink);
        admin.put("/admin/realms/" + realm + "/passkey-autopilot/siem", config);
    }

    /** p99 of the per-event times inside the request, and the mean request time per event, over many requests. */
    private static double[] eventCost(AdminClient admin, String realm, int requests) {
        for (int i = 0; i < 20; i++) {
            produce(admin, realm, BATCH);
        }
        long[] p99s = new long[requests];
        long totalNanos = 0;
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            JsonNode answer = produce(admin, realm, BATCH);
            totalNanos += System.nanoTime() - started;
            p99s[i] = answer.path("p99Nanos").asLong();
        }
        Arrays.sort(p99s);
        return new double[]{p99s[requests / 2] / 1000.0, totalNanos / 1000.0 / requests / BATCH};
    }

    /** p50 and p99 of whole requests that each send one event, in microseconds. */
    private static double[] oneEventRequests(AdminClient admin, String realm, int requests) {
        for (int i = 0; i < 300; i++) {
            produce(admin, realm, 1);
        }
        long[] micros = new long[requests];
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            produce(admin, realm, 1);
            micros[i] = (System.nanoTime() - started) / 1000;
        }
        Arrays.sort(micros);
        return new double[]{micros[requests / 2], micros[requests * 99 / 100]};
    }

    @Test
    void addedTimePerEvent(KeycloakTarget keycloak, AdminClient admin) {
        String without = realm(admin, "bench-no-sink");
        String with = realm(admin, "bench-file-sink");
        ObjectNode sink = admin.json().createObjectNode().put("name", "file").put("type", "file").put("format", "json")
                .put("output", "file").put("path", fileDirectory(admin, with) + "/bench-" + System.nanoTime() + ".jsonl");
        configure(admin, with, sink);
        double[] base = eventCost(admin, without, 40);
        double[] streamed = eventCost(admin, with, 40);
        // A login request writes to the database anyway (sessions, our operation rows, Keycloak's event store), so
        // its commit is paid with or without a sink; these realms store their events, and the difference is the
        // outbox row. Interleaved, so both see the same machine.
        String storing = realm(admin, "bench-store", true);
        String storingWith = realm(admin, "bench-store-sink", true);
        configure(admin, storingWith, sink.deepCopy().put("path", fileDirectory(admin, storingWith) + "/bench-" + System.nanoTime() + ".jsonl"));
        StringBuilder rounds = new StringBuilder();
        for (int round = 1; round <= 3; round++) {
            double[] a = oneEventRequests(admin, storing, 1000);
            double[] b = oneEventRequests(admin, storingWith, 1000);
            rounds.append(String.format("  round %d: without sink p50 %.0f us, p99 %.0f us; with sink p50 %.0f us, p99 %.0f us%n",
                    round, a[0], a[1], b[0], b[1]));
        }
        System.out.printf("%n=== Audit stream: time per event on the request (%d events per request) ===%n", BATCH);
        System.out.printf("inside the request, p99 of one event (median over requests): without sink %.1f us, with sink %.1f us%n", base[0], streamed[0]);
        System.out.printf("whole request incl. commit, mean per event: without sink %.1f us, with sink %.1f us, added %.1f us%n",
                base[1], streamed[1], streamed[1] - base[1]);
        System.out.printf("whole requests of one event each, event store on, 1,000 per round; with a sink the relay sends each"
                + " event meanwhile on the same two cores (claim, file write with fsync, mark):%n%s%n", rounds);
    }

    @Test
    void relayThroughputToFileAndKafka(KeycloakTarget keycloak, AdminClient admin) throws Exception {
        String file = fileDirectory(admin, realm(admin, "bench-dir")) + "/bench-" + System.nanoTime() + ".jsonl";
        ObjectNode fileSink = admin.json().createObjectNode().put("name", "bench").put("type", "file").put("format", "json")
                .put("output", "file").put("path", file).put("batchSize", 1000);
        double fileRate = throughput(admin, fileSink);
        double kafkaRate;
        Path dir = Files.createTempDirectory("pa-bench-kafka");
        try (KafkaBroker broker = KafkaBroker.start(dir)) {
            ObjectNode kafkaSink = admin.json().createObjectNode().put("name", "bench").put("type", "kafka").put("format", "json")
                    .put("topic", "bench").put("batchSize", 1000).put("securityProtocol", "PLAINTEXT");
            kafkaSink.putArray("bootstrapServers").add(broker.plaintext());
            kafkaRate = throughput(admin, kafkaSink);
        }
        System.out.printf("%n=== Audit relay throughput, %,d waiting rows replayed at once ===%n", ROWS);
        System.out.printf("file (JSON lines, fsync per batch): %,.0f events/s%nkafka (idempotent producer, acks=all): %,.0f events/s%n"
                + "(target: at least 10,000 events/s)%n%n", fileRate, kafkaRate);
    }

    /**
     * Lets {@link #ROWS} rows fail into the dead letters (a sink port nothing listens on... answered by a
     * receiver that refuses: HTTP 400), switches the sink to the one measured, replays them all at once and
     * times until every row is delivered.
     */
    private double throughput(AdminClient admin, ObjectNode measured) throws Exception {
        String realm = realm(admin, "bench-relay");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var refuser = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        try {
            refuser.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(400, -1);
                exchange.close();
            });
            refuser.start();
            configure(admin, realm, admin.json().createObjectNode().put("name", "bench").put("type", "webhook").put("format", "json")
                    .put("url", "http://127.0.0.1:" + port + "/").put("batchSize", 1000)
                    .put("secret", "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32])));
            for (int sent = 0; sent < ROWS; sent += BATCH) {
                produce(admin, realm, BATCH);
            }
            await(admin, realm, "dead", ROWS, Duration.ofMinutes(5));
        } finally {
            refuser.stop(0);
        }
        configure(admin, realm, measured);
        // the clock starts when the replay has committed: from then on every row is due, and what is timed is the
        // relay alone, not the admin request that put them back in line
        admin.post("/admin/realms/" + realm + "/passkey-autopilot/siem/dead-letters/replay", Map.of("all", true));
        long started = System.nanoTime();
        await(admin, realm, "delivered", ROWS, Duration.ofMinutes(5));
        return ROWS / ((System.nanoTime() - started) / 1e9);
    }

    private static void await(AdminClient admin, String realm, String status, int rows, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status").path("realm").path(status).asLong() < rows) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + rows + " rows " + status);
            }
            Thread.sleep(100);
        }
    }
}
