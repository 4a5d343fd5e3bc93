package dev.passkeyautopilot.siem;

import dev.passkeyautopilot.sink.config.SinkConfigException;
import dev.passkeyautopilot.sink.config.SinkConfigs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileSinkPolicyTest {

    private static SinkConfigs file(String path) throws SinkConfigException {
        return SinkConfigs.parse("{\"sinks\":[{\"name\":\"f\",\"type\":\"file\",\"output\":\"file\",\"path\":\"" + path + "\"}]}");
    }

    @Test
    @DisplayName("File sinks write only below the server's directory; '..' cannot climb out; stdout is always allowed")
    void fileSinksStayInTheirDirectory() throws SinkConfigException {
        FileSinkPolicy policy = FileSinkPolicy.of("/srv/keycloak/audit");
        assertDoesNotThrow(() -> policy.check(file("/srv/keycloak/audit/events.jsonl")));
        assertDoesNotThrow(() -> policy.check(file("/srv/keycloak/audit/node-1/events.jsonl")));
        SinkConfigException outside = assertThrows(SinkConfigException.class, () -> policy.check(file("/etc/keycloak/keycloak.conf")));
        assertEquals("sinks[0].path", outside.field());
        assertThrows(SinkConfigException.class, () -> policy.check(file("/srv/keycloak/audit/../conf/keycloak.conf")));
        assertThrows(SinkConfigException.class, () -> policy.check(file("/srv/keycloak/audit-other/events.jsonl")));
        assertDoesNotThrow(() -> policy.check(SinkConfigs.parse("{\"sinks\":[{\"name\":\"f\",\"type\":\"file\",\"output\":\"stdout\"}]}")));
    }
}
