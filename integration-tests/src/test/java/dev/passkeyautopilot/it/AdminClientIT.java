package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.harness.AdminApiException;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin client's calls against a real Keycloak, in a realm of its own (shares the PostgreSQL server). */
@WithKeycloak
class AdminClientIT {

    private static final String REALM = "admin-client-it";

    @BeforeAll
    static void createRealm(AdminClient admin) {
        admin.createRealm(REALM);
        admin.enableEvents(REALM);
    }

    @AfterAll
    static void deleteRealm(AdminClient admin) {
        admin.deleteRealm(REALM);
    }

    @Test
    void usersAndCredentials(AdminClient admin) {
        String id = admin.createUser(REALM, "alice", "alice-password");
        assertEquals(id, admin.userId(REALM, "alice"));
        List<JsonNode> passwords = admin.credentials(REALM, id, "password");
        assertEquals(1, passwords.size());

        admin.deleteCredential(REALM, id, passwords.get(0).path("id").asText());
        assertTrue(admin.credentials(REALM, id).isEmpty());

        admin.deleteUser(REALM, id);
        assertTrue(admin.findUserByUsername(REALM, "alice").isEmpty());
    }

    @Test
    void eventsCanBeQueriedAndCleared(KeycloakTarget keycloak, AdminClient admin) throws Exception {
        String id = admin.createUser(REALM, "bob", "bob-password");
        HttpResponse<String> failed = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(keycloak.realmUrl(REALM) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=bob&password=wrong"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(failed.statusCode() == 400 || failed.statusCode() == 401, failed.body());

        List<JsonNode> errors = admin.events(REALM, "LOGIN_ERROR", id);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("invalid_user_credentials", errors.get(0).path("error").asText());

        admin.clearEvents(REALM);
        assertTrue(admin.events(REALM).isEmpty());
    }

    @Test
    void requiredActionsAndTheirConfig(AdminClient admin) {
        JsonNode totp = admin.requiredAction(REALM, "CONFIGURE_TOTP");
        assertTrue(totp.path("enabled").asBoolean());
        admin.enableRequiredAction(REALM, "CONFIGURE_TOTP", false);
        assertFalse(admin.requiredAction(REALM, "CONFIGURE_TOTP").path("enabled").asBoolean());
        admin.enableRequiredAction(REALM, "CONFIGURE_TOTP", true);

        admin.updateRequiredActionConfig(REALM, "CONFIGURE_TOTP", Map.of("max_auth_age", "123"));
        assertEquals("123", admin.requiredActionConfig(REALM, "CONFIGURE_TOTP").path("config").path("max_auth_age").asText());
    }

    @Test
    void clientsAndRealmUpdates(AdminClient admin) {
        String id = admin.createClient(REALM, admin.json().createObjectNode()
                .put("clientId", "harness-app").put("publicClient", true));
        assertEquals(id, admin.findClientByClientId(REALM, "harness-app").orElseThrow().path("id").asText());

        admin.updateRealm(REALM, admin.json().createObjectNode().put("displayName", "Harness realm"));
        assertEquals("Harness realm", admin.realm(REALM).path("displayName").asText());
    }

    @Test
    void errorsCarryStatusAndBody(AdminClient admin) {
        AdminApiException missing = assertThrows(AdminApiException.class, () -> admin.realm("no-such-realm"));
        assertEquals(404, missing.status());
        assertFalse(admin.realmExists("no-such-realm"));
    }
}
