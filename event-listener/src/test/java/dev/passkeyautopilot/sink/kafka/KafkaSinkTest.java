package dev.passkeyautopilot.sink.kafka;

import dev.passkeyautopilot.testing.TestDestinations;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.format.EventFormats;
import dev.passkeyautopilot.sink.Delivery;
import dev.passkeyautopilot.sink.SinkException;
import dev.passkeyautopilot.sink.config.KafkaSettings;
import dev.passkeyautopilot.sink.config.Secret;
import dev.passkeyautopilot.testing.KafkaBroker;
import dev.passkeyautopilot.testing.TestEvents;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaSinkTest {

    @TempDir
    static Path dir;
    static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(dir);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private static KafkaSettings plaintext(String topic) {
        return new KafkaSettings(List.of(broker.plaintext()), topic, KafkaSettings.SecurityProtocol.PLAINTEXT,
                null, null, null, null, 20_000);
    }

    private static List<Delivery> deliveries(List<AuditEvent> events) {
        return events.stream().map(e -> new Delivery(e, EventFormats.JSON.format(e))).toList();
    }

    private static List<ConsumerRecord<String, String>> consume(String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.plaintext());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : c.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + 15_000;
            while (out.size() < expected && System.currentTimeMillis() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            // Anything beyond the expected count would be a duplicate: look once more.
            c.poll(Duration.ofMillis(300)).forEach(out::add);
        }
        return out;
    }

    @Test
    @DisplayName("200 events sent in batches of 50 arrive exactly once, key = event id, header event-id, value = payload")
    void deliversBatches() throws Exception {
        List<AuditEvent> events = TestEvents.numbered(200);
        List<Delivery> all = deliveries(events);
        try (KafkaSink sink = new KafkaSink(plaintext("audit-batches"), "kafka-test", TestDestinations.LOOPBACK)) {
            for (int i = 0; i < all.size(); i += 50) {
                sink.send(all.subList(i, i + 50));
            }
        }
        List<ConsumerRecord<String, String>> records = consume("audit-batches", 200);
        assertEquals(200, records.size());
        Map<String, String> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            Header h = r.headers().lastHeader("event-id");
            assertNotNull(h);
            assertEquals(r.key(), new String(h.value(), StandardCharsets.UTF_8));
            byKey.put(r.key(), r.value());
        }
        for (Delivery d : all) {
            assertEquals(d.payload(), byKey.get(d.event().id()));
        }
    }

    @Test
    @DisplayName("SASL/PLAIN credentials from the configuration authenticate (quotes and backslashes in the password included)")
    void saslPlain() throws Exception {
        KafkaSettings s = new KafkaSettings(List.of(broker.saslPlaintext()), "audit-sasl",
                KafkaSettings.SecurityProtocol.SASL_PLAINTEXT, KafkaSettings.SaslMechanism.PLAIN, KafkaBroker.SASL_USER,
                Secret.of(KafkaBroker.SASL_PASSWORD), null, 20_000);
        List<Delivery> batch = deliveries(TestEvents.numbered(3));
        try (KafkaSink sink = new KafkaSink(s, "kafka-sasl", TestDestinations.LOOPBACK)) {
            sink.send(batch);
        }
        assertEquals(3, consume("audit-sasl", 3).size());
    }

    @Test
    @DisplayName("A wrong SASL password is a non-retryable failure that names no secret")
    void saslWrongPassword() {
        KafkaSettings s = new KafkaSettings(List.of(broker.saslPlaintext()), "audit-sasl-denied",
                KafkaSettings.SecurityProtocol.SASL_PLAINTEXT, KafkaSettings.SaslMechanism.PLAIN, KafkaBroker.SASL_USER,
                Secret.of("wrong-password"), null, 5_000);
        try (KafkaSink sink = new KafkaSink(s, "kafka-denied", TestDestinations.LOOPBACK)) {
            SinkException e = assertThrows(SinkException.class, () -> sink.send(deliveries(TestEvents.numbered(1))));
            assertFalse(e.retryable(), e.getMessage());
            assertFalse(e.getMessage().contains("wrong-password"));
        }
    }

    @Test
    @DisplayName("An unreachable broker fails with a retryable SinkException within deliveryTimeoutMs instead of hanging")
    void unreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        KafkaSettings s = new KafkaSettings(List.of("127.0.0.1:" + port), "nowhere",
                KafkaSettings.SecurityProtocol.PLAINTEXT, null, null, null, null, 1_500);
        try (KafkaSink sink = new KafkaSink(s, "kafka-down", TestDestinations.LOOPBACK)) {
            long start = System.nanoTime();
            SinkException e = assertThrows(SinkException.class, () -> sink.send(deliveries(TestEvents.numbered(5))));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(e.retryable());
            assertTrue(ms < 4_000, ms + " ms");
            assertTrue(e.getMessage().contains("1500 ms"), e.getMessage());
        }
    }

    @Test
    @DisplayName("The compression codecs (native libraries) are not on the classpath, and the tests above ran without them")
    void noCodecs() {
        for (String codec : new String[] {"com.github.luben.zstd.Zstd", "net.jpountz.lz4.LZ4Factory",
                "org.xerial.snappy.Snappy"}) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(codec), codec);
        }
    }

    @Test
    @DisplayName("The producer is idempotent, waits for all replicas and compresses nothing")
    void producerProperties() {
        Properties p = KafkaSink.producerProperties(plaintext("t"), "id");
        assertEquals("true", p.get("enable.idempotence"));
        assertEquals("all", p.get("acks"));
        assertEquals("none", p.get("compression.type"));
        assertEquals(Integer.toString(512 * 1024), p.get("batch.size"), "a relay batch fits a few produce requests");
        assertEquals("20000", p.get("delivery.timeout.ms"));
        assertEquals("20000", p.get("max.block.ms"));
        assertTrue(Integer.parseInt((String) p.get("request.timeout.ms")) + KafkaSink.LINGER_MS <= 20_000);
        KafkaSettings tls = new KafkaSettings(List.of("k:9093"), "t", KafkaSettings.SecurityProtocol.SASL_SSL,
                KafkaSettings.SaslMechanism.SCRAM_SHA_512, "u", Secret.of("p\"w"), "-----BEGIN CERTIFICATE-----", 30_000);
        Properties q = KafkaSink.producerProperties(tls, "id");
        assertEquals("SASL_SSL", q.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", q.get("sasl.mechanism"));
        assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\\\"w\";",
                q.get("sasl.jaas.config"));
        assertEquals("PEM", q.get("ssl.truststore.type"));
        assertEquals("https", q.get("ssl.endpoint.identification.algorithm"));
    }
}
