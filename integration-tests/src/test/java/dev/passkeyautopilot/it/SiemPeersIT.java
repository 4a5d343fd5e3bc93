package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.testing.Certificates;
import dev.passkeyautopilot.testing.KafkaBroker;
import dev.passkeyautopilot.testing.Rfc5424;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit stream from the packaged provider jar (Kafka client shaded and relocated) to real peers: a KRaft
 * broker in this JVM, a syslog receiver that parses RFC 5424 frames strictly, and webhooks that hang or present a
 * certificate that does not verify while users sign in.
 */
@WithKeycloak(options = SinkOptions.LOOPBACK_RECEIVERS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiemPeersIT {

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private Path kafkaDir;
    private KafkaBroker broker;

    @BeforeAll
    void setUp(KeycloakTarget keycloak, AdminClient admin) throws Exception {
        this.keycloak = keycloak;
        this.admin = admin;
        kafkaDir = Files.createTempDirectory("pa-kafka");
        broker = KafkaBroker.start(kafkaDir);
    }

    @AfterAll
    void tearDown() {
        if (broker != null) {
            broker.close();
        }
    }

    private void configure(String realm, ObjectNode sink) {
        ObjectNode config = admin.json().createObjectNode();
        config.putArray("sinks").add(sink);
        admin.put("/admin/realms/" + realm + "/passkey-autopilot/siem", config);
    }

    private void produce(String realm, int count) {
        admin.post("/realms/" + realm + "/pa-testing/audit-events", Map.of("count", count, "rollback", false));
    }

    @Test
    @DisplayName("Kafka: every event arrives with the event id as record key and header (idempotent producer, shaded client)")
    void kafka() {
        String realm = TestRealms.create(admin, "siem-kafka");
        ObjectNode sink = admin.json().createObjectNode().put("name", "kafka").put("type", "kafka").put("format", "ocsf")
                .put("topic", "passkey-audit").put("batchSize", 100).put("securityProtocol", "PLAINTEXT");
        sink.putArray("bootstrapServers").add(broker.plaintext());
        configure(realm, sink);
        produce(realm, 300);

        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.plaintext());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "siem-kafka-it");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, String> byKey = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("passkey-audit"));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (byKey.size() < 301 && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header header = record.headers().lastHeader("event-id");
                    assertEquals(record.key(), new String(header.value(), StandardCharsets.UTF_8));
                    byKey.put(record.key(), record.value());
                }
            }
        }
        assertTrue(byKey.size() >= 300, "every event by key: " + byKey.size());
        long logins = byKey.values().stream().map(this::read).filter(e -> e.path("class_uid").asInt() == 3002).count();
        assertEquals(300, logins, "the 300 logins as OCSF Authentication events (besides the sink's own configuration change)");
    }

    @Test
    @DisplayName("Syslog over TCP: RFC 5424 frames with octet counting, CEF messages, the event id in structured data")
    void syslogTcp() throws Exception {
        String realm = TestRealms.create(admin, "siem-syslog");
        Map<String, Rfc5424.Message> received = new ConcurrentHashMap<>();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread reader = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept(); InputStream in = socket.getInputStream()) {
                        byte[] frame;
                        while ((frame = Rfc5424.readFrame(in)) != null) {
                            Rfc5424.Message message = Rfc5424.parse(frame);
                            String id = message.structuredData().values().stream().map(sd -> sd.get("eventId"))
                                    .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
                            received.put(id, message);
                        }
                    } catch (Exception e) {
                        // the next connection, or the end of the test
                    }
                }
            });
            reader.setDaemon(true);
            reader.start();
            ObjectNode sink = admin.json().createObjectNode().put("name", "syslog").put("type", "syslog").put("transport", "tcp")
                    .put("host", "127.0.0.1").put("port", server.getLocalPort());
            configure(realm, sink);
            produce(realm, 50);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (logins(received) < 50 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
        }
        assertEquals(50, logins(received), "the 50 logins (and the sink's own configuration change, an admin event)");
        Rfc5424.Message message = received.values().stream().filter(m -> "LOGIN".equals(m.msgId())).findFirst().orElseThrow();
        assertTrue(message.msg().startsWith("CEF:0|"), message.msg());
    }

    @Test
    @DisplayName("Several sinks of one realm at once, each with its own format and privacy: an ECS file with user ids hashed"
            + " and addresses dropped, and Splunk HEC with the token and the event id as an indexed field")
    void severalSinksEachWithItsOwnFormatAndPrivacy() throws Exception {
        String realm = TestRealms.create(admin, "siem-multi");
        Path file = Path.of(admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status").path("fileDirectory").asText())
                .resolve("multi-" + System.nanoTime() + ".jsonl");
        List<String> hecAuthorizations = new CopyOnWriteArrayList<>();
        List<JsonNode> hecEvents = new CopyOnWriteArrayList<>();
        HttpServer hec = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        hec.createContext("/services/collector/event", exchange -> {
            hecAuthorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            // HEC bodies are event objects one after another, not an array
            try (var values = admin.json().readerFor(JsonNode.class).<JsonNode>readValues(exchange.getRequestBody())) {
                values.forEachRemaining(hecEvents::add);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        hec.start();
        try {
            ObjectNode config = admin.json().createObjectNode();
            ObjectNode fileSink = config.putArray("sinks").addObject().put("name", "audit-file").put("type", "file")
                    .put("format", "ecs").put("output", "file").put("path", file.toString());
            fileSink.putObject("privacy").put("hashUserIds", true).put("dropIpAddresses", true);
            ((ArrayNode) config.path("sinks")).addObject().put("name", "splunk")
                    .put("type", "webhook").put("mode", "splunk-hec").put("format", "json")
                    .put("url", "http://127.0.0.1:" + hec.getAddress().getPort() + "/services/collector/event")
                    .put("splunkToken", "it-hec-token");
            admin.put("/admin/realms/" + realm + "/passkey-autopilot/siem", config);

            String username = TestRealms.newUser(admin, realm, "multi", "multi-password");
            String userId = admin.userId(realm, username);
            new HttpPasskeyFlows(keycloak.baseUrl(), realm).registerPasskey(username, "multi-password", new SoftwareAuthenticator());
            Await.until("the LOGIN in both sinks", Duration.ofSeconds(30), () -> hecEvents.stream()
                    .anyMatch(e -> "LOGIN".equals(e.path("event").path("type").asText())) && fileLines(file).stream()
                    .anyMatch(line -> "LOGIN".equals(read(line).path("event").path("code").asText())));

            JsonNode hecLogin = hecEvents.stream().filter(e -> "LOGIN".equals(e.path("event").path("type").asText())).findFirst().orElseThrow();
            assertEquals(userId, hecLogin.path("event").path("userId").asText(), "this sink keeps user ids: " + hecLogin);
            assertEquals(hecLogin.path("event").path("id").asText(), hecLogin.path("fields").path("event_id").asText(), hecLogin.toString());
            assertTrue(hecAuthorizations.stream().allMatch("Splunk it-hec-token"::equals), hecAuthorizations.toString());

            String fileLogin = fileLines(file).stream().filter(line -> "LOGIN".equals(read(line).path("event").path("code").asText()))
                    .findFirst().orElseThrow();
            JsonNode ecs = read(fileLogin);
            assertEquals(hecLogin.path("event").path("id").asText(), ecs.path("event").path("id").asText(), "the same event in both");
            assertTrue(ecs.path("user").path("id").asText().matches("[0-9a-f]{64}"), "user id hashed: " + fileLogin);
            assertFalse(fileLogin.contains(userId) || fileLogin.contains(username), "no user id or name in clear: " + fileLogin);
            assertTrue(ecs.path("source").isMissingNode() && !fileLogin.contains("127.0.0.1"), "no address: " + fileLogin);

            // a support reason is free text that may name the person: the sink that hashes user ids does not get it
            String reason = "Called from Alice Example's desk phone, lost her laptop";
            String passkey = TestRealms.onlyPasskey(admin, realm, userId).path("id").asText();
            admin.post("/admin/realms/" + realm + "/passkey-autopilot/support/users/" + userId + "/passkeys/" + passkey + "/revoke",
                    Map.of("reason", reason));
            Await.until("the revocation in both sinks", Duration.ofSeconds(30), () -> hecEvents.stream()
                    .anyMatch(e -> e.toString().contains(reason)) && fileLines(file).stream().anyMatch(line -> line.contains("[removed: free text]")));
            assertTrue(fileLines(file).stream().noneMatch(line -> line.contains("Alice Example")), "no free text in the hashed sink");
        } finally {
            hec.stop(0);
        }
    }

    private static List<String> fileLines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("A webhook that hangs never blocks a login; its events wait, and arrive once a receiver answers")
    void hangingPeerNeverBlocksLogin() throws Exception {
        String realm = TestRealms.create(admin, "siem-hang");
        String secret = WebhookReceiver.newSecret();
        int port;
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // accepts connections (the backlog does) and never answers
            port = silent.getLocalPort();
            configure(realm, webhook("http://127.0.0.1:" + port + "/hook", secret).put("requestTimeoutMs", 2000));
            signIn(realm, "hang", 3);
            JsonNode status = siemStatus(realm);
            assertTrue(status.path("pending").asLong() > 0, "the events wait in the outbox: " + status);
            assertEquals(0, status.path("delivered").asLong());
        }
        try (WebhookReceiver receiver = new WebhookReceiver(port, secret)) {
            awaitEveryRowDelivered(realm);
            assertEverySignInArrived(realm, receiver);
        }
    }

    @Test
    @DisplayName("A webhook whose TLS certificate does not verify gets nothing and blocks no login; trusted, it receives every event")
    void untrustedCertificateIsRetriedUntilTrusted() throws Exception {
        String realm = TestRealms.create(admin, "siem-tls");
        String secret = WebhookReceiver.newSecret();
        List<Certificates.Identity> identities = Certificates.generate(Files.createTempDirectory("pa-tls"),
                "ip:127.0.0.1", "ip:127.0.0.1");
        Certificates.Identity server = identities.get(0);
        Certificates.Identity stranger = identities.get(1);
        try (WebhookReceiver receiver = new WebhookReceiver(0, secret, server.serverContext())) {
            configure(realm, webhook(receiver.url(), secret).put("caCertificate", stranger.certificatePem()));
            signIn(realm, "tls", 3);
            Thread.sleep(3_000);
            assertEquals(0, receiver.requests(), "no request gets past the failed handshake");
            JsonNode status = siemStatus(realm);
            assertTrue(status.path("pending").asLong() > 0, "the events wait in the outbox: " + status);
            assertEquals(0, status.path("dead").asLong(), "a certificate that does not verify is retried, not dead-lettered");

            configure(realm, webhook(receiver.url(), secret).put("caCertificate", server.certificatePem()));
            awaitEveryRowDelivered(realm);
            assertEverySignInArrived(realm, receiver);
            assertTrue(receiver.badSignatures().isEmpty());
        }
    }

    /**
     * The three sign-ins stop at the passkey offer (Keycloak's LOGIN event waits for it), so their decisions stand
     * for them; and whatever the realm's outbox delivered, the receiver has.
     */
    private void assertEverySignInArrived(String realm, WebhookReceiver receiver) {
        assertEquals(3, receiver.events().values().stream().filter(e -> "PASSKEY_LOGIN_DECIDED".equals(e.path("type").asText())).count(),
                "decisions received: " + receiver.events().values().stream().map(e -> e.path("type").asText()).toList());
        assertEquals(siemStatus(realm).path("delivered").asLong(), receiver.events().size());
    }

    private ObjectNode webhook(String url, String secret) {
        return admin.json().createObjectNode().put("name", "hook").put("type", "webhook").put("format", "json")
                .put("url", url).put("secret", secret);
    }

    /** Users sign in with their password while the sink misbehaves: every login must go through. */
    private void signIn(String realm, String prefix, int users) {
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        for (int i = 0; i < users; i++) {
            String username = TestRealms.newUser(admin, realm, prefix, prefix + "-password");
            LoginHttpClient browser = flows.newBrowser();
            LoginHttpClient.Page password = HttpPasskeyFlows.expect(flows.identify(browser, username), HttpPasskeyFlows.PASSWORD);
            LoginHttpClient.Page done = browser.submit(password, Map.of("pa_action", "password", "password", prefix + "-password"));
            assertTrue(done.loggedIn() || HttpPasskeyFlows.APPEND.equals(done.template()), "login went on: " + done.status());
        }
    }

    private JsonNode siemStatus(String realm) {
        return admin.get("/admin/realms/" + realm + "/passkey-autopilot/siem/status").path("realm");
    }

    /** Waits out the backoff (at most a minute per attempt) until nothing of the realm waits. */
    private void awaitEveryRowDelivered(String realm) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonNode status = siemStatus(realm);
        while (status.path("pending").asLong() > 0 || status.path("delivered").asLong() == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("rows still waiting: " + status);
            }
            Thread.sleep(250);
            status = siemStatus(realm);
        }
        assertEquals(0, status.path("dead").asLong(), status.toString());
    }

    private static long logins(Map<String, Rfc5424.Message> received) {
        return received.values().stream().filter(m -> "LOGIN".equals(m.msgId())).count();
    }

    private JsonNode read(String json) {
        try {
            return admin.json().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}
