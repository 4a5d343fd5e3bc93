package dev.passkeyautopilot.it;

import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What we store next to a passkey goes when the passkey, its user or its realm goes: no orphan rows,
 * whichever way Keycloak deletes them.
 */
@WithKeycloak
class PasskeyDataRemovalIT {

    private static final String PASSWORD = "removal-password";

    @Test
    @DisplayName("A created passkey gets its details row: synced flag, attachment, transports, environment, device marker")
    void detailsAreStoredNextToThePasskey(KeycloakTarget keycloak, AdminClient admin, Sql sql) {
        String realm = TestRealms.create(admin, "removal");
        String username = TestRealms.newUser(admin, realm, "ivy", PASSWORD);
        String userId = admin.userId(realm, username);
        new HttpPasskeyFlows(keycloak.baseUrl(), realm).registerPasskey(username, PASSWORD,
                new SoftwareAuthenticator().withFlags(SoftwareAuthenticator.FLAG_UP | SoftwareAuthenticator.FLAG_UV
                        | SoftwareAuthenticator.FLAG_BE | SoftwareAuthenticator.FLAG_BS));
        String credentialId = TestRealms.onlyPasskey(admin, realm, userId).path("id").asText();

        Map<String, Object> row = sql.query("select * from pa_passkey_details where credential_id = ?", credentialId).get(0);
        assertEquals(userId, row.get("user_id"));
        assertEquals(true, row.get("backup_eligible"));
        assertEquals(true, row.get("backup_state"));
        assertEquals("platform", row.get("attachment"));
        assertEquals("hybrid,internal", row.get("transports"), "transports, sorted");
        assertEquals("http-test-device-0001", row.get("created_device_marker"));
        assertEquals(0, ((Number) row.get("use_count")).intValue());
        admin.deleteRealm(realm);
    }

    @Test
    @DisplayName("Deleting the passkey, the user or the realm deletes our rows")
    void noOrphanRows(KeycloakTarget keycloak, AdminClient admin, Sql sql) {
        String realm = TestRealms.create(admin, "removal");
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        String realmId = admin.realm(realm).path("id").asText();

        // 1. the passkey, deleted by an admin
        String first = TestRealms.newUser(admin, realm, "jack", PASSWORD);
        String firstId = admin.userId(realm, first);
        flows.registerPasskey(first, PASSWORD, new SoftwareAuthenticator());
        String credentialId = TestRealms.onlyPasskey(admin, realm, firstId).path("id").asText();
        assertEquals(1, rows(sql, "credential_id", credentialId));
        admin.deleteCredential(realm, firstId, credentialId);
        assertEquals(0, rows(sql, "credential_id", credentialId));

        // 2. the user, with the passkey operations recorded for it
        String second = TestRealms.newUser(admin, realm, "kate", PASSWORD);
        String secondId = admin.userId(realm, second);
        flows.registerPasskey(second, PASSWORD, new SoftwareAuthenticator());
        assertEquals(1, rows(sql, "user_id", secondId));
        assertTrue(operations(sql, "user_id", secondId) >= 2, "a login decision and an append offer were recorded");
        admin.deleteUser(realm, secondId);
        assertEquals(0, rows(sql, "user_id", secondId));
        assertEquals(0, operations(sql, "user_id", secondId));

        // 3. the realm, with users and passkeys in it
        String third = TestRealms.newUser(admin, realm, "liam", PASSWORD);
        flows.registerPasskey(third, PASSWORD, new SoftwareAuthenticator());
        assertTrue(rows(sql, "realm_id", realmId) >= 1);
        assertTrue(operations(sql, "realm_id", realmId) >= 1);
        admin.deleteRealm(realm);
        assertEquals(0, rows(sql, "realm_id", realmId));
        assertEquals(0, operations(sql, "realm_id", realmId));
    }

    @Test
    @DisplayName("Passkey operations older than the retention period are purged (at start and every 6 hours)")
    void operationRetention(KeycloakTarget keycloak, AdminClient admin, Sql sql) {
        String realm = TestRealms.create(admin, "retention");
        String username = TestRealms.newUser(admin, realm, "mona", PASSWORD);
        String userId = admin.userId(realm, username);
        new HttpPasskeyFlows(keycloak.baseUrl(), realm).registerPasskey(username, PASSWORD, new SoftwareAuthenticator());
        long recent = operations(sql, "user_id", userId);
        assertTrue(recent >= 2);
        String realmId = admin.realm(realm).path("id").asText();
        sql.update("insert into pa_passkey_operation (id, realm_id, user_id, kind, started_at, outcome, automatic, environment_key)"
                + " values ('old-operation-1', ?, ?, 'login', ?, 'success', true, 'Linux|Chrome')",
                realmId, userId, System.currentTimeMillis() - java.time.Duration.ofDays(91).toMillis());
        keycloak.restart();
        assertEquals(0, sql.count("select count(*) from pa_passkey_operation where id = 'old-operation-1'"));
        assertEquals(recent, operations(sql, "user_id", userId), "recent operations are kept");
        keycloak.admin().deleteRealm(realm);
    }

    private static long operations(Sql sql, String column, String value) {
        return sql.count("select count(*) from pa_passkey_operation where " + column + " = ?", value);
    }

    private static long rows(Sql sql, String column, String value) {
        return sql.count("select count(*) from pa_passkey_details where " + column + " = ?", value);
    }
}
