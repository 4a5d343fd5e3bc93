package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.harness.AdminApiException;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rollout rules and experiments through the admin REST API, and their effect on the real pages. */
@WithKeycloak
class RolloutIT {

    private static final String PASSWORD = "rollout-password";
    private static final String ROLLOUT = "/passkey-autopilot/rollout";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String rolloutPath(String realm) {
        return "/admin/realms/" + realm + ROLLOUT;
    }

    private static void putRules(AdminClient admin, String realm, String json) {
        HttpResponse<String> response = admin.put(rolloutPath(realm), admin.json().valueToTree(parse(admin, json)));
        assertEquals(200, response.statusCode(), response.body());
    }

    private static JsonNode parse(AdminClient admin, String json) {
        try {
            return admin.json().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("REST: an invalid rule set is refused with the field named and nothing changes; a valid one is stored,"
            + " read back, and audited as an admin event with before and after")
    void ruleSetsAreValidatedStoredAndAudited(AdminClient admin) {
        String realm = TestRealms.create(admin, "rollout-rest", false);
        JsonNode initial = admin.get(rolloutPath(realm));

        AdminApiException invalid = assertThrows(AdminApiException.class, () -> admin.put(rolloutPath(realm), parse(admin,
                "{\"features\":{\"append\":{\"default\":\"deny\",\"rules\":[{\"name\":\"pilot\",\"effect\":\"allow\","
                        + "\"when\":{\"percentage\":150}}]}}}")));
        assertEquals(400, invalid.status());
        JsonNode error = parse(admin, invalid.body());
        assertEquals("invalid_rule_set", error.path("error").asText());
        assertEquals("features.append.rules[0].when.percentage", error.path("field").asText(), invalid.body());
        assertFalse(error.path("message").asText().isBlank());
        assertEquals(initial, admin.get(rolloutPath(realm)), "nothing changed");

        putRules(admin, realm, "{\"features\":{\"append\":{\"default\":\"deny\",\"rules\":[{\"name\":\"pilot\",\"effect\":\"allow\","
                + "\"when\":{\"percentage\":10}}]}}}");
        JsonNode stored = admin.get(rolloutPath(realm));
        assertEquals("pilot", stored.path("features").path("append").path("rules").get(0).path("name").asText());
        assertFalse(stored.path("salt").asText().isBlank(), "a salt is generated and kept");
        String salt = stored.path("salt").asText();
        putRules(admin, realm, "{\"features\":{\"append\":{\"default\":\"deny\",\"rules\":[{\"name\":\"pilot\",\"effect\":\"allow\","
                + "\"when\":{\"percentage\":20}}]}}}");
        assertEquals(salt, admin.get(rolloutPath(realm)).path("salt").asText(), "widening keeps the salt, so users keep their buckets");

        // (Keycloak's admin-events query cannot filter on a custom resource type: filtered here)
        List<JsonNode> events = new java.util.ArrayList<>();
        admin.get("/admin/realms/" + realm + "/admin-events?max=100").forEach(event -> {
            if ("PASSKEY_AUTOPILOT_ROLLOUT".equals(event.path("resourceType").asText())) {
                events.add(event);
            }
        });
        assertEquals(2, events.size(), events.toString());
        JsonNode change = parse(admin, events.get(0).path("representation").asText());
        assertEquals(10.0, change.path("before").path("features").path("append").path("rules").get(0).path("when").path("percentage").asDouble());
        assertEquals(20.0, change.path("after").path("features").path("append").path("rules").get(0).path("when").path("percentage").asDouble());
        assertEquals("UPDATE", events.get(0).path("operationType").asText());
        assertFalse(events.get(0).path("authDetails").path("userId").asText().isBlank(), "who changed it");
    }

    @Test
    @DisplayName("REST: without the realm role the endpoints answer 403; view-realm may read but not change")
    void endpointsCheckRoles(KeycloakTarget keycloak, AdminClient admin) throws Exception {
        String realm = TestRealms.create(admin, "rollout-roles", false);
        String nobody = TestRealms.newUser(admin, realm, "nobody", PASSWORD);
        String viewer = TestRealms.newUser(admin, realm, "viewer", PASSWORD);
        String clientId = admin.findClientByClientId(realm, "realm-management").orElseThrow().path("id").asText();
        JsonNode viewRealm = admin.get("/admin/realms/" + realm + "/clients/" + clientId + "/roles/view-realm");
        assertEquals(204, admin.post("/admin/realms/" + realm + "/users/" + admin.userId(realm, viewer) + "/role-mappings/clients/" + clientId,
                List.of(viewRealm)).statusCode());

        String url = keycloak.baseUrl() + rolloutPath(realm);
        assertEquals(403, call(url, "GET", token(keycloak, realm, nobody), null));
        assertEquals(403, call(url, "PUT", token(keycloak, realm, nobody), "{}"));
        assertEquals(403, call(url + "/evaluate", "POST", token(keycloak, realm, nobody), "{\"username\":\"" + nobody + "\"}"));
        assertEquals(200, call(url, "GET", token(keycloak, realm, viewer), null));
        assertEquals(403, call(url, "PUT", token(keycloak, realm, viewer), "{}"));
    }

    @Test
    @DisplayName("The append offer at 100 % is shown; at 0 % it never is")
    void appendOfferFollowsThePercentage(KeycloakTarget keycloak, AdminClient admin, Browser browser) {
        String realm = TestRealms.create(admin, "rollout-append", false);
        browser.addPlatformAuthenticator();
        LoginPages pages = new LoginPages(browser, keycloak, realm);

        putRules(admin, realm, "{\"features\":{\"append\":{\"default\":\"deny\",\"rules\":[{\"name\":\"everyone\",\"effect\":\"allow\","
                + "\"when\":{\"percentage\":100}}]}}}");
        String first = TestRealms.newUser(admin, realm, "hundred", PASSWORD);
        pages.openAccountConsole().identify(first).enterPassword(PASSWORD).notNow().waitForAccountConsole();
        pages.signOut();

        putRules(admin, realm, "{\"features\":{\"append\":{\"default\":\"deny\",\"rules\":[{\"name\":\"nobody\",\"effect\":\"allow\","
                + "\"when\":{\"percentage\":0}}]}}}");
        String second = TestRealms.newUser(admin, realm, "zero", PASSWORD);
        pages.openAccountConsole().identify(second).enterPassword(PASSWORD).waitForAccountConsole();
        assertTrue(admin.credentials(realm, admin.userId(realm, second), "webauthn-passwordless").isEmpty());
    }

    @Test
    @DisplayName("A rule excluding Chromium on Linux turns the automatic prompt off; the REST evaluation gives the same answer")
    void platformRuleTurnsTheAutomaticPromptOff(KeycloakTarget keycloak, AdminClient admin, Browser browser, Sql sql) {
        String realm = TestRealms.create(admin, "rollout-platform", false);
        browser.addPlatformAuthenticator();
        String username = TestRealms.newUser(admin, realm, "linus", PASSWORD);
        String userId = admin.userId(realm, username);
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        pages.openAccountConsole().identify(username).enterPassword(PASSWORD).createPasskey().waitForAccountConsole();
        pages.signOut();

        putRules(admin, realm, "{\"features\":{\"login\":{\"default\":\"allow\",\"rules\":[{\"name\":\"no-linux-chromium\","
                + "\"effect\":\"deny\",\"when\":{\"os\":[{\"family\":\"Linux\"}],"
                + "\"browser\":[{\"family\":\"Chromium\"},{\"family\":\"Chrome\"},{\"family\":\"HeadlessChrome\"}]}}]}}}");
        pages.openAccountConsole().identify(username).waitForPage(LoginPages.PASSWORD);
        Map<String, Object> operation = sql.query("select decision, decision_reasons from pa_passkey_operation where user_id = ?"
                + " and kind = 'login' and decision is not null order by started_at desc", userId).get(0);
        assertEquals("fallback", operation.get("decision"));
        assertEquals("rollout_excluded", operation.get("decision_reasons"));
        assertTrue(admin.events(realm, "LOGIN_ERROR", userId).isEmpty(), "no prompt, so no failed prompt");

        String userAgent = (String) browser.executeScript("return navigator.userAgent");
        HttpResponse<String> evaluation = admin.post(rolloutPath(realm) + "/evaluate",
                Map.of("userId", userId, "clientId", "account-console", "userAgent", userAgent));
        JsonNode answer = parse(admin, evaluation.body());
        assertFalse(answer.path("features").path("login").path("allowed").asBoolean(), evaluation.body());
        assertEquals("no-linux-chromium", answer.path("features").path("login").path("rule").asText());
        assertTrue(answer.path("features").path("append").path("allowed").asBoolean());
        pages.enterPassword(PASSWORD).waitForAccountConsole();
    }

    @Test
    @DisplayName("A user in arm B of the append copy experiment sees arm B's wording on every visit, and events carry the arm")
    void copyExperimentArmIsStable(KeycloakTarget keycloak, AdminClient admin, Browser browser) {
        String realm = TestRealms.create(admin, "rollout-copy", false);
        admin.updateRequiredActionConfig(realm, "passkey-autopilot-append", Map.of("snooze-days", "0"));
        putRules(admin, realm, "{\"experiments\":[{\"name\":\"append-copy\",\"feature\":\"append\",\"kind\":\"copy\","
                + "\"arms\":[{\"name\":\"A\",\"weight\":1},{\"name\":\"B\",\"weight\":1}]}]}");
        String username = null;
        String userId = null;
        for (int i = 0; i < 40 && username == null; i++) {
            String candidate = TestRealms.newUser(admin, realm, "arm", PASSWORD);
            String candidateId = admin.userId(realm, candidate);
            JsonNode answer = parse(admin, admin.post(rolloutPath(realm) + "/evaluate", Map.of("userId", candidateId)).body());
            if ("B".equals(answer.path("experiments").get(0).path("arm").asText())) {
                username = candidate;
                userId = candidateId;
            }
        }
        assertTrue(username != null, "some user of 40 lands in arm B of a 50/50 split");

        browser.addPlatformAuthenticator();
        LoginPages pages = new LoginPages(browser, keycloak, realm);
        for (int visit = 1; visit <= 2; visit++) {
            pages.openAccountConsole().identify(username).enterPassword(PASSWORD).waitForPage(LoginPages.APPEND);
            assertTrue(browser.pageSource().contains("Protect my account with a passkey"), "arm B's button, visit " + visit);
            pages.notNow().waitForAccountConsole();
            pages.signOut();
        }
        JsonNode skipped = admin.events(realm, "CUSTOM_REQUIRED_ACTION", userId).get(0);
        assertEquals("append-copy:B", skipped.path("details").path("pa_experiments").asText(), skipped.toString());
    }

    @Test
    @DisplayName("Timing experiment: arm \"second\" holds the offer back at the first password login and makes it at the next")
    void timingExperimentSecondArmWaitsForTheNextLogin(KeycloakTarget keycloak, AdminClient admin) {
        String realm = TestRealms.create(admin, "rollout-timing", false);
        putRules(admin, realm, "{\"experiments\":[{\"name\":\"append-timing\",\"feature\":\"append\",\"kind\":\"timing\","
                + "\"arms\":[{\"name\":\"first\",\"weight\":1},{\"name\":\"second\",\"weight\":1}]}]}");
        String first = null;
        String second = null;
        for (int i = 0; i < 60 && (first == null || second == null); i++) {
            String candidate = TestRealms.newUser(admin, realm, "timing", PASSWORD);
            String arm = parse(admin, admin.post(rolloutPath(realm) + "/evaluate", Map.of("username", candidate)).body())
                    .path("experiments").get(0).path("arm").asText();
            if ("first".equals(arm) && first == null) {
                first = candidate;
            } else if ("second".equals(arm) && second == null) {
                second = candidate;
            }
        }
        assertTrue(first != null && second != null, "users in both arms");
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        assertEquals(HttpPasskeyFlows.APPEND, passwordLogin(flows, first).template(), "arm first: offered at once");
        assertTrue(passwordLogin(flows, second).loggedIn(), "arm second: not at the first password login");
        assertEquals(HttpPasskeyFlows.APPEND, passwordLogin(flows, second).template(), "arm second: offered at the next");
    }

    private static LoginHttpClient.Page passwordLogin(HttpPasskeyFlows flows, String username) {
        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page passwordStep = HttpPasskeyFlows.expect(flows.identify(browser, username), HttpPasskeyFlows.PASSWORD);
        return browser.submit(passwordStep, Map.of("pa_action", "password", "password", PASSWORD,
                "pa_capabilities", HttpPasskeyFlows.CAPABLE_BROWSER, "pa_device", "timing-device-" + username));
    }

    private static String token(KeycloakTarget keycloak, String realm, String username) throws Exception {
        String body = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + PASSWORD;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.realmUrl(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    private static int call(String url, String method, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
