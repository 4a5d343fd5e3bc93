package dev.passkeyautopilot.sink.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.sink.DestinationPolicy;
import dev.passkeyautopilot.sink.syslog.SyslogMessage;
import dev.passkeyautopilot.testing.Rfc5424;
import dev.passkeyautopilot.testing.TestEvents;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Sink configurations come from realm admins through the admin REST API. Parsing, merging with the stored
 * configuration and the save-time destination check declare one failure, a {@link SinkConfigException} naming the
 * field; anything else would be a 500 on save. A configuration that parses must write back to one that parses equal,
 * and a syslog sink it describes must frame messages the strict RFC 5424 parser reads.
 */
class SinkConfigsFuzzTest {

    // No DNS from a fuzz test: every name resolves to one public documentation-free address.
    private static final DestinationPolicy POLICY = DestinationPolicy.publicOnly().withResolver(SinkConfigsFuzzTest::resolve);

    @FuzzTest(maxDuration = "5m")
    void anyConfigurationParsesOrIsRefusedWithAField(byte[] document) {
        try {
            SinkConfigs configs = SinkConfigs.parse(new String(document, StandardCharsets.UTF_8));
            SinkConfigs merged = configs.merge(configs);
            merged.checkDestinations(POLICY);
            SinkConfigs again = SinkConfigs.parse(Json.write(configs.write(false)));
            assertEquals(configs.write(false), again.write(false));
            assertNotNull(configs.toString());
            for (SinkConfig c : configs.sinks()) {
                if (c.settings() instanceof SyslogSettings syslog) {
                    framesParse(syslog);
                }
            }
        } catch (SinkConfigException e) {
            assertNotNull(e.field());
            assertNotNull(e.problem());
        }
    }

    /** Whatever header fields an admin may save, the sink's frames stay RFC 5424. */
    private static void framesParse(SyslogSettings syslog) {
        String hostname = syslog.hostname() != null ? syslog.hostname() : "kc-1.example.com";
        int maxBytes = syslog.transport() == SyslogSettings.Transport.UDP ? syslog.maxDatagramBytes() : 0;
        byte[] frame = SyslogMessage.encode(TestEvents.hostile(false), "CEF:0|x|y|1|LOGIN|Login|3|", syslog.facility(), hostname,
                syslog.appName(), "4711", maxBytes);
        Rfc5424.Message message = Rfc5424.parse(frame);
        assertEquals(syslog.appName(), message.appName());
        assertEquals(hostname, message.hostname());
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14})};
    }
}
