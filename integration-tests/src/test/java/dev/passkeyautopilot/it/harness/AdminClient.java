package dev.passkeyautopilot.it.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keycloak admin REST over java.net.http + Jackson, signed in as the master realm's bootstrap admin through
 * {@code admin-cli}. Representations are {@link JsonNode}s: the tests need a few fields, not Keycloak's model.
 * Any unexpected status throws {@link AdminApiException} with status and body.
 *
 * <p>The token is fetched again when it is about to expire and once more on a 401, because a test that moves
 * Keycloak's clock ({@link TimeOffset}) expires tokens that look fresh to this JVM.
 */
public final class AdminClient {

    public static final String BOOTSTRAP_USERNAME = "admin";
    public static final String BOOTSTRAP_PASSWORD = "admin";
    private static final Duration TOKEN_SKEW = Duration.ofSeconds(10);

    private final String baseUrl;
    private final String username;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private String accessToken;
    private Instant tokenExpiry = Instant.EPOCH;

    public AdminClient(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.username = username;
        this.password = password;
    }

    /** The bootstrap admin the harness starts every server with. */
    public static AdminClient bootstrapAdmin(String baseUrl) {
        return new AdminClient(baseUrl, BOOTSTRAP_USERNAME, BOOTSTRAP_PASSWORD);
    }

    public ObjectMapper json() {
        return json;
    }

    // ---- server ---------------------------------------------------------------------------------------------

    /** {@code GET /admin/serverinfo}: providers, themes, features, system info. */
    public JsonNode serverInfo() {
        return get("/admin/serverinfo");
    }

    /** Provider ids of one SPI in {@link #serverInfo()}, e.g. {@code providerIds("realm-restapi-extension")}. */
    public List<String> providerIds(String spi) {
        List<String> ids = new ArrayList<>();
        serverInfo().path("providers").path(spi).path("providers").fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    // ---- realms ---------------------------------------------------------------------------------------------

    /** {@code POST /admin/realms} with a full realm representation (an export). */
    public void importRealm(JsonNode realm) {
        post("/admin/realms", realm);
    }

    public void importRealm(Path realmJson) {
        try {
            importRealm(json.readTree(realmJson.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading realm " + realmJson, e);
        }
    }

    /** A minimal enabled realm with the given name. */
    public void createRealm(String realm) {
        importRealm(json.createObjectNode().put("realm", realm).put("enabled", true));
    }

    public JsonNode realm(String realm) {
        return get("/admin/realms/" + enc(realm));
    }

    public boolean realmExists(String realm) {
        return exists("/admin/realms/" + enc(realm));
    }

    /** {@code PUT /admin/realms/{realm}} with only the fields to change; absent fields stay as they are. */
    public void updateRealm(String realm, JsonNode partial) {
        put("/admin/realms/" + enc(realm), partial);
    }

    public void deleteRealm(String realm) {
        delete("/admin/realms/" + enc(realm));
    }

    /** Store login events (and admin events) so {@link #events} sees them. */
    public void enableEvents(String realm) {
        updateRealm(realm, json.createObjectNode().put("eventsEnabled", true).put("adminEventsEnabled", true)
                .put("adminEventsDetailsEnabled", true));
    }

    // ---- clients --------------------------------------------------------------------------------------------

    /** {@code POST /admin/realms/{realm}/clients}; returns the new client's internal id. */
    public String createClient(String realm, JsonNode client) {
        return idFromLocation(post("/admin/realms/" + enc(realm) + "/clients", client));
    }

    public Optional<JsonNode> findClientByClientId(String realm, String clientId) {
        return first(get("/admin/realms/" + enc(realm) + "/clients?clientId=" + enc(clientId)));
    }

    // ---- users and credentials --------------------------------------------------------------------------------

    /** Creates an enabled user with a non-temporary password; returns the user id. */
    public String createUser(String realm, String username, String password) {
        ObjectNode user = json.createObjectNode().put("username", username).put("enabled", true)
                .put("email", username + "@example.test").put("emailVerified", true)
                .put("firstName", username).put("lastName", "Tester");
        ArrayNode credentials = user.putArray("credentials");
        credentials.addObject().put("type", "password").put("value", password).put("temporary", false);
        return createUser(realm, user);
    }

    /** {@code POST /admin/realms/{realm}/users} with a full representation; returns the user id. */
    public String createUser(String realm, JsonNode user) {
        return idFromLocation(post("/admin/realms/" + enc(realm) + "/users", user));
    }

    public Optional<JsonNode> findUserByUsername(String realm, String username) {
        return first(get("/admin/realms/" + enc(realm) + "/users?exact=true&username=" + enc(username)));
    }

    /** The user id; throws {@link IllegalStateException} naming the user when there is none. */
    public String userId(String realm, String username) {
        return findUserByUsername(realm, username)
                .orElseThrow(() -> new IllegalStateException("no user " + username + " in realm " + realm))
                .path("id").asText();
    }

    public void deleteUser(String realm, String userId) {
        delete("/admin/realms/" + enc(realm) + "/users/" + enc(userId));
    }

    /** {@code GET .../users/{id}/credentials}: id, type, userLabel, createdDate, credentialData (a JSON string). */
    public List<JsonNode> credentials(String realm, String userId) {
        return list(get("/admin/realms/" + enc(realm) + "/users/" + enc(userId) + "/credentials"));
    }

    /** The user's credentials of one type, e.g. {@code "webauthn-passwordless"}. */
    public List<JsonNode> credentials(String realm, String userId, String type) {
        return credentials(realm, userId).stream().filter(c -> type.equals(c.path("type").asText())).toList();
    }

    public void deleteCredential(String realm, String userId, String credentialId) {
        delete("/admin/realms/" + enc(realm) + "/users/" + enc(userId) + "/credentials/" + enc(credentialId));
    }

    // ---- events ---------------------------------------------------------------------------------------------

    /** {@code GET /admin/realms/{realm}/events}, newest first; {@code type} and {@code userId} may be null. */
    public List<JsonNode> events(String realm, String type, String userId) {
        Map<String, String> query = new LinkedHashMap<>();
        if (type != null) {
            query.put("type", type);
        }
        if (userId != null) {
            query.put("user", userId);
        }
        query.put("max", "1000");
        return list(get("/admin/realms/" + enc(realm) + "/events?" + queryString(query)));
    }

    public List<JsonNode> events(String realm) {
        return events(realm, null, null);
    }

    /** {@code DELETE /admin/realms/{realm}/events}. */
    public void clearEvents(String realm) {
        delete("/admin/realms/" + enc(realm) + "/events");
    }

    // ---- brute force ----------------------------------------------------------------------------------------

    /** {@code GET /admin/realms/{realm}/attack-detection/brute-force/users/{id}}: numFailures, disabled, lastFailure, lastIPFailure. */
    public JsonNode bruteForceStatus(String realm, String userId) {
        return get("/admin/realms/" + enc(realm) + "/attack-detection/brute-force/users/" + enc(userId));
    }

    // ---- required actions -----------------------------------------------------------------------------------

    public List<JsonNode> requiredActions(String realm) {
        return list(get(requiredActionsPath(realm)));
    }

    public JsonNode requiredAction(String realm, String alias) {
        return get(requiredActionsPath(realm) + "/" + enc(alias));
    }

    /** {@code POST .../authentication/register-required-action}: makes a provider's required action known to the realm. */
    public void registerRequiredAction(String realm, String providerId, String name) {
        post("/admin/realms/" + enc(realm) + "/authentication/register-required-action",
                json.createObjectNode().put("providerId", providerId).put("name", name));
    }

    /** {@code PUT .../required-actions/{alias}} with a full representation (enabled, defaultAction, priority...). */
    public void updateRequiredAction(String realm, String alias, JsonNode representation) {
        put(requiredActionsPath(realm) + "/" + enc(alias), representation);
    }

    /** Enables (or disables) a registered required action, keeping the rest of its representation. */
    public void enableRequiredAction(String realm, String alias, boolean enabled) {
        ObjectNode representation = (ObjectNode) requiredAction(realm, alias);
        updateRequiredAction(realm, alias, representation.put("enabled", enabled));
    }

    /** {@code GET .../required-actions/{alias}/config}: {@code {"config": {...}}}. */
    public JsonNode requiredActionConfig(String realm, String alias) {
        return get(requiredActionsPath(realm) + "/" + enc(alias) + "/config");
    }

    /** {@code PUT .../required-actions/{alias}/config} (only for configurable required actions). */
    public void updateRequiredActionConfig(String realm, String alias, Map<String, String> config) {
        ObjectNode body = json.createObjectNode();
        body.set("config", json.valueToTree(config));
        put(requiredActionsPath(realm) + "/" + enc(alias) + "/config", body);
    }

    // ---- generic --------------------------------------------------------------------------------------------

    /** GET of a path below the base URL (e.g. {@code /admin/realms/x/...}); 200 expected. */
    public JsonNode get(String path) {
        return parse(send("GET", path, null, 200));
    }

    /** POST a JSON body; 200, 201 or 204 expected; returns the response (for the Location header). */
    public HttpResponse<String> post(String path, Object body) {
        return send("POST", path, body, 200, 201, 204);
    }

    public HttpResponse<String> put(String path, Object body) {
        return send("PUT", path, body, 200, 204);
    }

    public void delete(String path) {
        send("DELETE", path, null, 200, 204);
    }

    public boolean exists(String path) {
        try {
            send("GET", path, null, 200);
            return true;
        } catch (AdminApiException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** The current admin access token (fetched or refreshed as needed), e.g. for calls this class lacks. */
    public synchronized String accessToken() {
        if (accessToken == null || Instant.now().isAfter(tokenExpiry.minus(TOKEN_SKEW))) {
            fetchToken();
        }
        return accessToken;
    }

    private synchronized void invalidateToken() {
        accessToken = null;
    }

    private void fetchToken() {
        String form = queryString(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", username, "password", password));
        URI uri = URI.create(baseUrl + "/realms/master/protocol/openid-connect/token");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 200) {
            throw new AdminApiException("POST", uri.toString(), response.statusCode(), response.body());
        }
        JsonNode token = parse(response);
        accessToken = token.path("access_token").asText();
        tokenExpiry = Instant.now().plusSeconds(token.path("expires_in").asLong(60));
    }

    private HttpResponse<String> send(String method, String path, Object body, int... expected) {
        HttpResponse<String> response = exchange(request(method, path, body));
        if (response.statusCode() == 401) {
            invalidateToken();
            response = exchange(request(method, path, body));
        }
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new AdminApiException(method, baseUrl + path, response.statusCode(), response.body());
    }

    private HttpRequest request(String method, String path, Object body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + accessToken())
                .header("Accept", "application/json");
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        try {
            String text = body instanceof String s ? s : json.writeValueAsString(body);
            return builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize request body for " + path, e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.method() + " " + request.uri(), e);
        }
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return response.body() == null || response.body().isBlank()
                    ? json.nullNode() : json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON from " + response.uri() + ": " + response.body(), e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static Optional<JsonNode> first(JsonNode array) {
        return array.isArray() && !array.isEmpty() ? Optional.of(array.get(0)) : Optional.empty();
    }

    private static String idFromLocation(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("no Location header from " + response.uri()));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String requiredActionsPath(String realm) {
        return "/admin/realms/" + enc(realm) + "/authentication/required-actions";
    }

    private static String queryString(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
