package dev.passkeyautopilot.sink.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.sink.DestinationPolicy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Sink configurations come from realm admins through the admin REST API. Parsing, merging with the stored
 * configuration and the save-time destination check declare one failure, a {@link SinkConfigException} naming the
 * field; anything else would be a 500 on save. A configuration that parses must write back to one that parses equal.
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
        } catch (SinkConfigException e) {
            assertNotNull(e.field());
            assertNotNull(e.problem());
        }
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14})};
    }
}
