package dev.passkeyautopilot.siem;

import dev.passkeyautopilot.sink.config.SinkConfigException;
import dev.passkeyautopilot.sink.config.SinkConfigs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSinkPolicyTest {

    private static SinkConfigs file(String path) throws SinkConfigException {
        return SinkConfigs.parse("{\"sinks\":[{\"name\":\"f\",\"type\":\"file\",\"output\":\"file\",\"path\":\"" + path + "\"}]}");
    }

    @Test
    @DisplayName("File sinks write only below the realm's directory in the server's; '..' cannot climb out; stdout is always allowed")
    void fileSinksStayInTheirDirectory() throws SinkConfigException {
        FileSinkPolicy policy = FileSinkPolicy.of("/srv/keycloak/audit");
        assertDoesNotThrow(() -> policy.check(file("/srv/keycloak/audit/realm-a/events.jsonl"), "realm-a"));
        assertDoesNotThrow(() -> policy.check(file("/srv/keycloak/audit/realm-a/node-1/events.jsonl"), "realm-a"));
        SinkConfigException outside = assertThrows(SinkConfigException.class, () -> policy.check(file("/etc/keycloak/keycloak.conf"), "realm-a"));
        assertEquals("sinks[0].path", outside.field());
        assertThrows(SinkConfigException.class, () -> policy.check(file("/srv/keycloak/audit/realm-a/../conf/keycloak.conf"), "realm-a"));
        assertThrows(SinkConfigException.class, () -> policy.check(file("/srv/keycloak/audit-other/events.jsonl"), "realm-a"));
        assertDoesNotThrow(() -> policy.check(SinkConfigs.parse("{\"sinks\":[{\"name\":\"f\",\"type\":\"file\",\"output\":\"stdout\"}]}"), "realm-a"));
    }

    @Test
    @DisplayName("Each realm has its own directory: another realm's, and the shared top directory, are refused")
    void realmsKeepApart() {
        FileSinkPolicy policy = FileSinkPolicy.of("/srv/keycloak/audit");
        assertEquals(java.nio.file.Path.of("/srv/keycloak/audit/realm-a"), policy.realmDirectory("realm-a"));
        SinkConfigException other = assertThrows(SinkConfigException.class,
                () -> policy.check(file("/srv/keycloak/audit/realm-b/events.jsonl"), "realm-a"));
        assertEquals("sinks[0].path", other.field());
        assertThrows(SinkConfigException.class, () -> policy.check(file("/srv/keycloak/audit/events.jsonl"), "realm-a"));
        assertThrows(SinkConfigException.class, () -> policy.check(file("/srv/keycloak/audit/realm-a-2/events.jsonl"), "realm-a"));
    }

    @Test
    @DisplayName("A realm id that could not be a directory name (an import may bring any) becomes a digest, never a path")
    void oddRealmIds() {
        FileSinkPolicy policy = FileSinkPolicy.of("/srv/keycloak/audit");
        for (String id : new String[] {"..", ".", "a/../../etc", "a b", ""}) {
            java.nio.file.Path dir = policy.realmDirectory(id);
            assertEquals(java.nio.file.Path.of("/srv/keycloak/audit"), dir.getParent(), id);
            assertTrue(dir.getFileName().toString().matches("realm-[0-9a-f]{32}"), id);
        }
    }
}
