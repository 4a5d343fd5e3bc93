package dev.passkeyautopilot.sink;

import dev.passkeyautopilot.testing.TestDestinations;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.AuditEventJson;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.sink.config.SinkConfig;
import dev.passkeyautopilot.sink.file.FileSink;
import dev.passkeyautopilot.sink.kafka.KafkaSink;
import dev.passkeyautopilot.sink.syslog.SyslogSink;
import dev.passkeyautopilot.sink.webhook.WebhookSink;
import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SinkPipelineTest {

    private static SinkConfig config(String json) throws Exception {
        return SinkConfig.parse(Json.parse(json.replace('\'', '"'))).merge(null);
    }

    @Test
    @DisplayName("The factory builds the sink each type names, without connecting anywhere")
    void factory() throws Exception {
        String whsec = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
        assertInstanceOf(FileSink.class, SinkFactory.create(config("{'name':'a','type':'file','output':'stdout'}"), TestDestinations.LOOPBACK, Path.of("/")));
        assertInstanceOf(SyslogSink.class, SinkFactory.create(config(
                "{'name':'b','type':'syslog','transport':'tls','host':'siem.invalid','port':6514}"), TestDestinations.LOOPBACK, Path.of("/")));
        assertInstanceOf(WebhookSink.class, SinkFactory.create(config(
                "{'name':'c','type':'webhook','url':'https://siem.invalid/x','secret':'" + whsec + "'}"), TestDestinations.LOOPBACK, Path.of("/")));
        try (Sink k = SinkFactory.create(config("{'name':'d','type':'kafka','bootstrapServers':['kafka.invalid:9092'],"
                + "'topic':'t','securityProtocol':'PLAINTEXT'}"), TestDestinations.LOOPBACK, Path.of("/"))) {
            assertInstanceOf(KafkaSink.class, k);
        }
    }

    @Test
    @DisplayName("The pipeline applies the sink's privacy rules before formatting, so the payload never sees the originals")
    void privacyBeforeFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        SinkConfig c = config("{'name':'f','type':'file','path':'" + file + "','privacy':{'hashUserIds':true,'dropIpAddresses':true}}");
        try (SinkPipeline p = SinkPipeline.open(c, TestDestinations.LOOPBACK, dir)) {
            p.send(List.of(TestEvents.passkeyLogin(), TestEvents.adminUpdate()));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        AuditEvent written = AuditEventJson.read(lines.get(0));
        assertEquals(c.privacyPolicy().hash(TestEvents.USER_ID), written.userId());
        assertNull(written.ipAddress());
        assertFalse(String.join("\n", lines).contains(TestEvents.USER_ID));
        assertTrue(lines.get(1).contains("users/" + c.privacyPolicy().hash(TestEvents.USER_ID)));
    }
}
