package dev.passkeyautopilot.testing;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Features;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) inside the test JVM, on 127.0.0.1 with random
 * ports: a PLAINTEXT listener and a SASL_PLAINTEXT listener with the PLAIN user {@code alice}.
 */
public final class KafkaBroker implements AutoCloseable {

    public static final String SASL_USER = "alice";
    public static final String SASL_PASSWORD = "alice-\"secret\"\\";

    private final KafkaRaftServer server;
    private final int plainPort;
    private final int saslPort;

    private KafkaBroker(KafkaRaftServer server, int plainPort, int saslPort) {
        this.server = server;
        this.plainPort = plainPort;
        this.saslPort = saslPort;
    }

    public static KafkaBroker start(Path dir) throws Exception {
        // A fatal broker error must fail the test, not end the JVM that runs all tests.
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("Kafka wanted to exit(" + status + "): " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("Kafka wanted to halt(" + status + "): " + message);
        });
        int plain = freePort();
        int controller = freePort();
        int sasl = freePort();
        String logDir = dir.resolve("kraft").toString();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controller);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + plain + ",CONTROLLER://127.0.0.1:" + controller
                + ",SASL_PLAINTEXT://127.0.0.1:" + sasl);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + plain + ",SASL_PLAINTEXT://127.0.0.1:" + sasl);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT");
        p.put("sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.sasl_plaintext.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required user_" + SASL_USER + "=\""
                        + SASL_PASSWORD.replace("\\", "\\\\").replace("\"", "\\\"") + "\";");
        p.put("log.dirs", logDir);
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.flush.interval.messages", "1000000");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("log.cleaner.enable", "false");
        KafkaConfig config = new KafkaConfig(p, false);

        ByteArrayOutputStream formatterOutput = new ByteArrayOutputStream();
        new Formatter()
                .setPrintStream(new PrintStream(formatterOutput))
                .setSupportedFeatures(Features.PRODUCTION_FEATURES)
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(1)
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(logDir)
                .setDirectories(List.of(logDir))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setUnstableFeatureVersionsEnabled(false)
                .run();

        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new KafkaBroker(server, plain, sasl);
    }

    public String plaintext() {
        return "127.0.0.1:" + plainPort;
    }

    public String saslPlaintext() {
        return "127.0.0.1:" + saslPort;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        Exit.resetExitProcedure();
        Exit.resetHaltProcedure();
    }
}
