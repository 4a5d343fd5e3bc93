package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Support staff of a test realm: users with support roles and Keycloak user permissions, and their API calls. */
final class SupportStaff {

    static final String PASSWORD = "support-staff-password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final KeycloakTarget keycloak;
    private final AdminClient admin;
    private final String realm;

    SupportStaff(KeycloakTarget keycloak, AdminClient admin, String realm) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = realm;
    }

    /**
     * A staff member with the given support roles (of the passkey-autopilot-support client) and
     * realm-management roles; returns the username.
     */
    String create(String prefix, java.util.List<String> supportRoles, java.util.List<String> realmManagementRoles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = admin.createUser(realm, username, PASSWORD);
        grant(userId, "passkey-autopilot-support", supportRoles);
        grant(userId, "realm-management", realmManagementRoles);
        return username;
    }

    private void grant(String userId, String clientId, java.util.List<String> roles) {
        if (roles.isEmpty()) {
            return;
        }
        String clientUuid = admin.findClientByClientId(realm, clientId).orElseThrow().path("id").asText();
        ArrayNode representations = JSON.createArrayNode();
        for (String role : roles) {
            representations.add(admin.get("/admin/realms/" + realm + "/clients/" + clientUuid + "/roles/" + role));
        }
        admin.post("/admin/realms/" + realm + "/users/" + userId + "/role-mappings/clients/" + clientUuid, representations);
    }

    /** An access token of the staff member (password grant of the realm's admin-cli client). */
    String token(String username) {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak.realmUrl(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new AssertionError("token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return read(response.body()).path("access_token").asText();
    }

    record Answer(int status, JsonNode body, String raw) {
    }

    Answer get(String token, String path) {
        return answer(send(HttpRequest.newBuilder(URI.create(api(path))).header("Authorization", "Bearer " + token).GET()));
    }

    Answer post(String token, String path, String body) {
        return answer(send(HttpRequest.newBuilder(URI.create(api(path))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** A path under the realm's {@code /passkey-autopilot} admin resource, e.g. {@code /siem/status}. */
    Answer getPasskeyAutopilot(String token, String path) {
        return answer(send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/" + realm + "/passkey-autopilot" + path))
                .header("Authorization", "Bearer " + token).GET()));
    }

    /** PUT to a path under the realm's {@code /passkey-autopilot} admin resource, e.g. {@code /siem}. */
    Answer putPasskeyAutopilot(String token, String path, String body) {
        return answer(send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/" + realm + "/passkey-autopilot" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))));
    }

    private String api(String path) {
        return keycloak.baseUrl() + "/admin/realms/" + realm + "/passkey-autopilot/support" + path;
    }

    private static Answer answer(HttpResponse<String> response) {
        JsonNode body = response.body() == null || response.body().isBlank() ? JSON.nullNode() : tryRead(response.body());
        return new Answer(response.statusCode(), body, response.body());
    }

    private static JsonNode tryRead(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.nullNode();
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
