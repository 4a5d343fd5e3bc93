package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.DistributionKeycloak;
import dev.passkeyautopilot.it.harness.KeycloakServer;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.APPEND;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.CAPABLE_BROWSER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scripted day in a realm of its own, driven over HTTP: every number of the KPI API is compared with the value
 * worked out by hand from the script. Then a second node on the same database answers the same numbers.
 */
@WithKeycloak
class KpiScriptedDayIT {

    private static final String PASSWORD_VALUE = "kpi-password-1";
    private static final String EXPERIMENT = "append-copy-kpi";

    @Test
    @DisplayName("A scripted day: every KPI, funnel and experiment number equals the hand-computed value, on a second node too")
    void scriptedDay(KeycloakTarget keycloak, AdminClient admin) throws Exception {
        String realm = TestRealms.create(admin, "kpi-day");
        String base = "/admin/realms/" + realm + "/passkey-autopilot";
        ObjectNode rules = (ObjectNode) admin.get(base + "/rollout");
        rules.putArray("experiments").addObject().put("name", EXPERIMENT).put("feature", "append").put("kind", "copy")
                .putArray("arms").add(admin.json().createObjectNode().put("name", "A").put("weight", 50))
                .add(admin.json().createObjectNode().put("name", "B").put("weight", 50));
        assertEquals(200, admin.put(base + "/rollout", rules).statusCode());
        assertEquals(200, admin.put(base + "/settings", Map.of("costPerCode", 0.05)).statusCode());
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);

        String alice = TestRealms.newUser(admin, realm, "alice", PASSWORD_VALUE);
        String bob = TestRealms.newUser(admin, realm, "bob", PASSWORD_VALUE);
        String carol = TestRealms.newUser(admin, realm, "carol", PASSWORD_VALUE);
        TestRealms.newUser(admin, realm, "dave", PASSWORD_VALUE);

        // 1. alice: password sign-in, offer shown, passkey created      -> sign-in (password, offered), append success
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(alice, PASSWORD_VALUE, authenticator);
        // 2. bob: password sign-in, offer shown, "Not now"                -> sign-in (password, offered), append skipped
        LoginHttpClient bobBrowser = flows.newBrowser();
        LoginHttpClient.Page bobOffer = passwordToOffer(flows, bobBrowser, bob);
        assertTrue(bobBrowser.submit(bobOffer, Map.of("pa_action", "skip")).loggedIn());
        // 3. carol: password sign-in, offer shown, creation fails in the browser, then "Not now"
        //                                                                  -> sign-in (password, offered), append failed (the first outcome counts)
        LoginHttpClient carolBrowser = flows.newBrowser();
        LoginHttpClient.Page carolOffer = passwordToOffer(flows, carolBrowser, carol);
        LoginHttpClient.Page again = expect(carolBrowser.submit(carolOffer, Map.of("pa_action", "create_error", "pa_client_error",
                "NotAllowedError")), APPEND);
        assertTrue(carolBrowser.submit(again, Map.of("pa_action", "skip")).loggedIn());
        // 4. alice: automatic passkey prompt, succeeds in 420 ms          -> login success (passkey_automatic), sign-in (passkey)
        HttpPasskeyFlows.Attempt ok = flows.passkeyAttempt(alice);
        Map<String, String> assertion = new LinkedHashMap<>(authenticator.assertion(ok.requestOptions(), ok.browser().origin()).fields());
        assertion.put("pa_duration_ms", "420");
        assertTrue(ok.submitAssertion(assertion).loggedIn());
        // 5. alice: automatic prompt cancelled, then abandoned             -> login failure "cancelled", no sign-in
        HttpPasskeyFlows.Attempt cancelled = flows.passkeyAttempt(alice);
        expect(cancelled.browser().submit(cancelled.page(), Map.of("pa_action", "passkey_error", "pa_error", "AbortError",
                "pa_duration_ms", "900")), PASSWORD);

        // 6. alice: passkey picked from autofill on the identifier page   -> login success (passkey_autofill), sign-in (passkey)
        LoginHttpClient autofillBrowser = flows.newBrowser();
        LoginHttpClient.Page identifier = expect(autofillBrowser.start(), HttpPasskeyFlows.IDENTIFIER);
        Map<String, String> picked = new LinkedHashMap<>(authenticator.assertion(identifier.data("data-conditional-options"),
                autofillBrowser.origin()).fields());
        picked.put("pa_action", "passkey");
        assertTrue(autofillBrowser.submit(identifier, picked).loggedIn());

        // Hand-computed:
        // enrollment: offered 3 (alice, bob, carol), created 1, skipped 1, failed 1, deferred 0, rate 1/3
        // login: started 3 (steps 4, 5, 6), succeeded 2, failed 1, success rate 2/3, fallbacks {cancelled: 1}
        //        sign-ins 5 (three passwords, two passkeys), with passkey 2, usage rate 0.4
        //        durations: one success reported 420 ms (autofill posted none) -> bucket 500: p50 = p90 = 500
        // coverage: active users 3 (alice, bob, carol), alice held a passkey -> 1, rate 1/3
        // second factor: 0, 0, 0; money saved 0 * 0.05
        // posture: one passkey (alice's), users without passkey 3 (bob, carol, dave), with one 1
        JsonNode report = admin.get(base + "/kpi");
        JsonNode append = admin.get(base + "/kpi/funnels/append");
        JsonNode loginFunnel = admin.get(base + "/kpi/funnels/login");
        JsonNode experiment = admin.get(base + "/kpi/experiments/" + EXPERIMENT);
        System.out.println("KpiScriptedDayIT report: " + report + "\nappend funnel: " + append + "\nlogin funnel: " + loginFunnel
                + "\nexperiment: " + experiment);
        assertEquals(realm, report.path("realm").asText());
        assertEquals("UTC", report.path("timeZone").asText());
        assertCounts(report.path("enrollment"), Map.of("offered", 3L, "created", 1L, "skipped", 1L, "failed", 1L, "deferred", 0L));
        assertEquals(1.0 / 3, report.path("enrollment").path("rate").asDouble(), 1e-9);
        JsonNode login = report.path("login");
        assertCounts(login, Map.of("passkeyStarted", 3L, "passkeySucceeded", 2L, "passkeyFailed", 1L, "signIns", 5L, "signInsWithPasskey", 2L));
        assertEquals(2.0 / 3, login.path("successRate").asDouble(), 1e-9);
        assertEquals(0.4, login.path("usageRate").asDouble(), 1e-9);
        assertEquals(Map.of("cancelled", 1L), longs(login.path("fallbacks")));
        assertEquals(Map.of("password", 3L, "passkey", 2L), longs(login.path("signInsByMethod")));
        assertEquals(Map.of("passkey_automatic", 2L, "passkey_autofill", 1L), longs(login.path("passkeyStartedByMethod")));
        assertEquals(500, login.path("durationMs").path("p50").asLong());
        assertEquals(500, login.path("durationMs").path("p90").asLong());
        assertCounts(report.path("coverage"), Map.of("activeUsers", 3L, "activeUsersWithPasskey", 1L));
        assertEquals(1.0 / 3, report.path("coverage").path("rate").asDouble(), 1e-9);
        assertCounts(report.path("secondFactor"), Map.of("passkeySucceeded", 0L, "fallbacks", 0L, "codesSaved", 0L));
        assertEquals(0.0, report.path("secondFactor").path("moneySaved").asDouble(), 1e-9);
        JsonNode posture = report.path("posture");
        assertEquals(1, posture.path("synced").asLong() + posture.path("deviceBound").asLong());
        assertEquals(1, longs(posture.path("byProvider")).values().stream().mapToLong(Long::longValue).sum());
        assertCounts(posture, Map.of("usersWithoutPasskey", 3L, "usersWithOnePasskey", 1L));
        assertTrue(report.path("groups").isArray() && report.path("groups").isEmpty());

        // groupBy=client: all of it happened in the one client the login client uses
        JsonNode byClient = admin.get(base + "/kpi?groupBy=client");
        assertEquals(1, byClient.path("groups").size(), byClient.toString());
        assertEquals(3, byClient.path("groups").get(0).path("enrollment").path("offered").asLong());

        // daily: the one day holds everything
        JsonNode daily = admin.get(base + "/kpi/daily?from=" + report.path("to").asText() + "&to=" + report.path("to").asText());
        assertEquals(1, daily.path("days").size());
        assertEquals(3, daily.path("days").get(0).path("enrollment").path("offered").asLong());
        assertEquals(5, daily.path("days").get(0).path("login").path("signIns").asLong());
        assertEquals(3, daily.path("days").get(0).path("coverage").path("activeUsers").asLong());

        // append funnel: password sign-ins 3 -> rollout 3 -> intelligence 3 -> shown 3 -> create started 2 -> created 1
        assertEquals(List.of(3L, 3L, 3L, 3L, 2L, 1L), steps(append));
        assertEquals(0.5, append.path("steps").get(5).path("conversion").asDouble(), 1e-9);
        // login funnel: passkey offered or picked 3 -> prompted 3 -> succeeded 2; fell back: cancelled 1
        assertEquals(List.of(3L, 3L, 2L), steps(loginFunnel));
        assertEquals(Map.of("cancelled", 1L), longs(loginFunnel.path("fallbacks")));

        // experiment: the arms the rule set gives each user (the same gate the pages ask), offers one per user, alice converted
        Map<String, Long> assigned = new HashMap<>();
        Map<String, Long> converted = new HashMap<>();
        for (String user : List.of(alice, bob, carol)) {
            String arm = armOf(admin, base, user);
            assigned.merge(arm, 1L, Long::sum);
            converted.merge(arm, user.equals(alice) ? 1L : 0L, Long::sum);
        }
        assertEquals(2, experiment.path("arms").size());
        for (JsonNode arm : experiment.path("arms")) {
            String name = arm.path("arm").asText();
            long users = assigned.getOrDefault(name, 0L);
            assertEquals(users, arm.path("usersAssigned").asLong(), name);
            assertEquals(users, arm.path("offers").asLong(), name);
            assertEquals(converted.getOrDefault(name, 0L), arm.path("conversions").asLong(), name);
            assertEquals(converted.getOrDefault(name, 0L), arm.path("usersConverted").asLong(), name);
        }
        assertEquals("A", experiment.path("control").asText());
        assertTrue(experiment.path("sampleRatioMismatch").path("checked").asBoolean());
        assertTrue(!experiment.path("sampleRatioMismatch").path("flagged").asBoolean(), "3 users cannot flag a 50/50 split");

        // bad parameters: 400 naming the parameter, never a 500
        assertRefused(keycloak, admin, base + "/kpi?from=2026-02-01&to=2026-01-01", "from");
        assertRefused(keycloak, admin, base + "/kpi?from=2024-01-01&to=2026-01-01", "to");
        assertRefused(keycloak, admin, base + "/kpi?groupBy=planet", "groupBy");
        assertRefused(keycloak, admin, base + "/kpi?from=yesterday", "from");
        assertRefused(keycloak, admin, base + "/kpi/experiments/no-such-experiment", "name");

        // a second node on the same database answers the same numbers (the rollups live in the database)
        KeycloakServer nodeB = DistributionKeycloak.of(keycloak).startNode("kpi-b");
        try {
            AdminClient adminB = AdminClient.bootstrapAdmin(nodeB.baseUrl());
            JsonNode reportB = adminB.get(base + "/kpi");
            assertEquals(withoutPosture(report), withoutPosture(reportB));
            assertEquals(append, adminB.get(base + "/kpi/funnels/append"));
            assertEquals(loginFunnel, adminB.get(base + "/kpi/funnels/login"));
            // restarted: the rollups and facts are in the database, nothing is lost or counted again
            nodeB.restart();
            assertEquals(withoutPosture(report), withoutPosture(AdminClient.bootstrapAdmin(nodeB.baseUrl()).get(base + "/kpi")));
        } finally {
            nodeB.stop();
            nodeB.deleteWorkDir();
        }
        // and asked again on the first node after the second one recomputed the day: still the same, nothing counted twice
        assertEquals(withoutPosture(report), withoutPosture(admin.get(base + "/kpi")));
    }

    private static LoginHttpClient.Page passwordToOffer(HttpPasskeyFlows flows, LoginHttpClient browser, String username) {
        LoginHttpClient.Page passwordPage = expect(flows.identify(browser, username), PASSWORD);
        return expect(browser.submit(passwordPage, Map.of("pa_action", "password", "password", PASSWORD_VALUE,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", "http-test-device-0001")), APPEND);
    }

    private static String armOf(AdminClient admin, String base, String username) throws Exception {
        JsonNode evaluation = admin.json().readTree(admin.post(base + "/rollout/evaluate", Map.of("username", username)).body());
        for (JsonNode arm : evaluation.path("experiments")) {
            if (EXPERIMENT.equals(arm.path("experiment").asText())) {
                return arm.path("arm").asText();
            }
        }
        throw new AssertionError("no arm for " + username + ": " + evaluation);
    }

    private static void assertCounts(JsonNode node, Map<String, Long> expected) {
        expected.forEach((field, value) -> {
            assertTrue(node.has(field), field + " missing in " + node);
            assertEquals(value.longValue(), node.path(field).asLong(), field + " in " + node);
        });
    }

    private static Map<String, Long> longs(JsonNode object) {
        Map<String, Long> values = new HashMap<>();
        object.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asLong()));
        return values;
    }

    private static List<Long> steps(JsonNode funnel) {
        return java.util.stream.StreamSupport.stream(funnel.path("steps").spliterator(), false).map(s -> s.path("count").asLong()).toList();
    }

    private static JsonNode withoutPosture(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("posture");
        return copy;
    }

    private static void assertRefused(KeycloakTarget keycloak, AdminClient admin, String path, String parameter) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + path))
                .header("Authorization", "Bearer " + admin.accessToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), path + " -> " + response.body());
        assertEquals(parameter, admin.json().readTree(response.body()).path("field").asText(), response.body());
    }
}
