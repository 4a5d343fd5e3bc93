package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.DistributionKeycloak;
import dev.passkeyautopilot.it.harness.KeycloakServer;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.APPEND;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.CAPABLE_BROWSER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSKEY;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scripted day in a realm of its own, driven over HTTP and in Chromium, on two Keycloak nodes sharing one
 * database, with the second node restarted in the middle of the day: every number of the KPI API is compared
 * with the value worked out by hand from the script, on both nodes.
 */
@WithKeycloak
class KpiScriptedDayIT {

    private static final String PASSWORD_VALUE = "kpi-password-1";
    private static final String EXPERIMENT = "append-copy-kpi";
    private static final String ARM_A = EXPERIMENT + ":A";
    private static final String ARM_B = EXPERIMENT + ":B";

    @Test
    @DisplayName("A scripted day over HTTP and in Chromium, across a node restart: every KPI, funnel and experiment number equals"
            + " the hand-computed value, on both nodes")
    void scriptedDay(KeycloakTarget keycloak, AdminClient admin, Browser browser) throws Exception {
        // the demo realm's flow with model 1's second factor (docs/second-factor.md): a password sign-in of a user
        // who holds a passkey is asked for the passkey next
        ObjectNode definition = TestRealms.definition(admin.json(), "kpi-day-" + UUID.randomUUID().toString().substring(0, 8));
        SecondFactorRealms.addSecondFactorToDemoFlow(definition);
        admin.importRealm(definition);
        String realm = definition.path("realm").asText();
        String base = "/admin/realms/" + realm + "/passkey-autopilot";
        ObjectNode rules = (ObjectNode) admin.get(base + "/rollout");
        rules.putArray("experiments").addObject().put("name", EXPERIMENT).put("feature", "append").put("kind", "copy")
                .putArray("arms").add(admin.json().createObjectNode().put("name", "A").put("weight", 50))
                .add(admin.json().createObjectNode().put("name", "B").put("weight", 50));
        assertEquals(200, admin.put(base + "/rollout", rules).statusCode());
        assertEquals(200, admin.put(base + "/settings", Map.of("costPerCode", 0.05)).statusCode());
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);

        // Arms go by a hash of the user id, which Keycloak picks: users are made until each arm has its two, so the
        // numbers per arm below are literals. alice and bob are in arm A, carol and erin in B; dave never signs in.
        String alice = userInArm(admin, realm, base, "alice", "A");
        String bob = userInArm(admin, realm, base, "bob", "A");
        String carol = userInArm(admin, realm, base, "carol", "B");
        String erin = userInArm(admin, realm, base, "erin", "B");
        TestRealms.newUser(admin, realm, "dave", PASSWORD_VALUE);

        // The second node shares the database and nothing else (local caches): it starts once the realm is set up
        KeycloakServer nodeB = DistributionKeycloak.of(keycloak).startNode("kpi-b");
        JsonNode report;
        try {
            HttpPasskeyFlows flowsB = new HttpPasskeyFlows(nodeB.baseUrl(), realm);

            // ---- morning, before node B restarts

            // 1. [A] alice: password sign-in, offer shown, passkey created    -> sign-in (password, offered), append success
            SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
            flows.registerPasskey(alice, PASSWORD_VALUE, authenticator);
            // 2. [B] bob: password sign-in, offer shown, "Not now"              -> sign-in (password, offered), append skipped
            LoginHttpClient bobBrowser = flowsB.newBrowser();
            LoginHttpClient.Page bobOffer = passwordToOffer(flowsB, bobBrowser, bob);
            assertTrue(bobBrowser.submit(bobOffer, Map.of("pa_action", "skip")).loggedIn());
            // 3. [A] carol: password sign-in, offer shown, creation fails in the browser, then "Not now"
            //                                                                  -> sign-in (password, offered), append failed (the first outcome counts)
            LoginHttpClient carolBrowser = flows.newBrowser();
            LoginHttpClient.Page carolOffer = passwordToOffer(flows, carolBrowser, carol);
            LoginHttpClient.Page again = expect(carolBrowser.submit(carolOffer, Map.of("pa_action", "create_error", "pa_client_error",
                    "NotAllowedError")), APPEND);
            assertTrue(carolBrowser.submit(again, Map.of("pa_action", "skip")).loggedIn());
            // 4. [A] alice: automatic passkey prompt, succeeds in 12,000 ms    -> login success (passkey_automatic), sign-in (passkey)
            //    (slow on purpose, see the durations below)
            HttpPasskeyFlows.Attempt ok = flows.passkeyAttempt(alice);
            Map<String, String> assertion = new LinkedHashMap<>(authenticator.assertion(ok.requestOptions(), ok.browser().origin()).fields());
            assertion.put("pa_duration_ms", "12000");
            assertTrue(ok.submitAssertion(assertion).loggedIn());
            // 5. [A] alice: automatic prompt cancelled, then abandoned         -> login failure "cancelled", no sign-in
            HttpPasskeyFlows.Attempt cancelled = flows.passkeyAttempt(alice);
            expect(cancelled.browser().submit(cancelled.page(), Map.of("pa_action", "passkey_error", "pa_error", "AbortError",
                    "pa_duration_ms", "900")), PASSWORD);

            // 6. [A, Chromium] erin: password sign-in, offer shown, passkey created on the virtual platform authenticator
            //                                                                  -> sign-in (password, offered), append success
            browser.addPlatformAuthenticator();
            LoginPages pages = new LoginPages(browser, keycloak, realm);
            pages.openAccountConsole().identify(erin).enterPassword(PASSWORD_VALUE).createPasskey().waitForAccountConsole();
            assertEquals(1, browser.credentials().size(), "erin's passkey lives on the authenticator");
            // 7. [A, Chromium] erin: signed out, the identifier page's autofill request is answered by the authenticator
            //    (as a user picking the passkey from the list)                 -> login success (passkey_autofill), sign-in (passkey)
            pages.signOut();
            pages.openAccountConsole().waitForAccountConsole();
            assertEquals("passkey_autofill", admin.events(realm, "LOGIN", admin.userId(realm, erin)).get(0)
                    .path("details").path("pa_login_method").asText());

            // ---- node B restarts in the middle of the day
            nodeB.restart();

            // 8. [B, restarted] alice: passkey picked from autofill on the identifier page, 14,000 ms
            //                                                                  -> login success (passkey_autofill), sign-in (passkey)
            LoginHttpClient autofillBrowser = flowsB.newBrowser();
            LoginHttpClient.Page identifier = expect(autofillBrowser.start(), HttpPasskeyFlows.IDENTIFIER);
            Map<String, String> picked = new LinkedHashMap<>(authenticator.assertion(identifier.data("data-conditional-options"),
                    autofillBrowser.origin()).fields());
            picked.put("pa_action", "passkey");
            picked.put("pa_duration_ms", "14000");
            assertTrue(autofillBrowser.submit(identifier, picked).loggedIn());
            // 9. [B, restarted] alice: the automatic prompt opens, she chooses the password instead, then the second
            //    factor asks for her passkey, which she gives in 700 ms
            //    -> login operation "password_chosen" (a choice, not a started sign-in), second-factor success,
            //       sign-in (password: the passkey did not replace it), no offer (she holds a passkey here)
            LoginHttpClient secondFactorBrowser = flowsB.newBrowser();
            LoginHttpClient.Page prompt = expect(flowsB.identify(secondFactorBrowser, alice), PASSKEY);
            LoginHttpClient.Page passwordPage = expect(secondFactorBrowser.submit(prompt, Map.of("pa_action", "use_password")), PASSWORD);
            LoginHttpClient.Page secondFactor = expect(secondFactorBrowser.submit(passwordPage, Map.of("pa_action", "password",
                    "password", PASSWORD_VALUE, "pa_capabilities", CAPABLE_BROWSER, "pa_device", "http-test-device-0001")), PASSKEY);
            Map<String, String> second = new LinkedHashMap<>(authenticator.assertion(secondFactor.data("data-request-options"),
                    secondFactorBrowser.origin()).fields());
            second.put("pa_action", "passkey");
            second.put("pa_duration_ms", "700");
            assertTrue(secondFactorBrowser.submit(secondFactor, second).loggedIn(), "second factor completes the sign-in");
            JsonNode secondFactorLogin = admin.events(realm, "LOGIN", admin.userId(realm, alice)).get(0);
            assertEquals("passkey_second_factor", secondFactorLogin.path("details").path("pa_login_method").asText(),
                    secondFactorLogin.toString());

            // 10. [A, Chromium] erin: the automatic prompt fails (the authenticator's user verification fails:
            //     NotAllowedError), then abandoned                              -> login failure "not_allowed", no sign-in
            //     The authenticator comes back only once the identifier page has loaded: it would answer the page's
            //     autofill request by itself, and erin would be signed in before typing her name.
            List<Credential> erinsPasskey = browser.exportCredentials();
            browser.removeAuthenticator();
            pages.signOut();
            pages.openAccountConsole().waitForPage(LoginPages.IDENTIFIER).waitReady();
            browser.addAuthenticator(new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                    .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL).setHasResidentKey(true)
                    .setHasUserVerification(true).setIsUserVerified(false).setIsUserConsenting(true));
            erinsPasskey.forEach(browser.authenticator()::addCredential);
            pages.identify(erin).waitForPage(LoginPages.PASSWORD);
            assertEquals("not_allowed", admin.events(realm, "LOGIN_ERROR", admin.userId(realm, erin)).get(0)
                    .path("details").path("pa_reason").asText());

            // Hand-computed:
            // enrollment: offered 4 (alice 1, bob 2, carol 3, erin 6), created 2 (1, 6), skipped 1 (2), failed 1 (3),
            //             deferred 0, rate 2/4 = 0.5
            // login: started 5 (4, 5, 7, 8, 10; 9's "password_chosen" is a choice, not a started sign-in), succeeded 3 (4, 7, 8),
            //        failed 2, success rate 3/5 = 0.6, fallbacks {cancelled: 1 (5), not_allowed: 1 (10)}
            //        by method: passkey_automatic 3 (4, 5, 10), passkey_autofill 2 (7, 8)
            //        sign-ins 8: password 5 (1, 2, 3, 6, 9), passkey 3 (4, 7, 8); usage rate 3/8 = 0.375
            //        durations of the successes: 12,000 (4) and 14,000 (8), both in the bucket up to 15,000 ms, and what
            //        Chromium measured for 7 (its virtual authenticator answers at once: far below 12,000): nearest rank
            //        p50 = 2nd of 3 and p90 = 3rd of 3 are 12,000 and 14,000 -> 15000 and 15000
            // coverage: active users 4 (alice, bob, carol, erin), holding a passkey 2 (alice, erin), rate 0.5
            // second factor: passkey succeeded 1 (9), fallbacks 0, codes saved 1, money saved 1 * 0.05 = 0.05
            // posture: 2 passkeys (alice's, erin's); users without a passkey 3 (bob, carol, dave), with one 2
            report = admin.get(base + "/kpi");
            JsonNode append = admin.get(base + "/kpi/funnels/append");
            JsonNode loginFunnel = admin.get(base + "/kpi/funnels/login");
            JsonNode experiment = admin.get(base + "/kpi/experiments/" + EXPERIMENT);
            JsonNode byArm = admin.get(base + "/kpi?groupBy=arm");
            System.out.println("KpiScriptedDayIT report: " + report + "\nappend funnel: " + append + "\nlogin funnel: " + loginFunnel
                    + "\nexperiment: " + experiment + "\nby arm: " + byArm);
            assertEquals(realm, report.path("realm").asText());
            assertEquals("UTC", report.path("timeZone").asText());
            assertCounts(report.path("enrollment"), Map.of("offered", 4L, "created", 2L, "skipped", 1L, "failed", 1L, "deferred", 0L));
            assertEquals(0.5, report.path("enrollment").path("rate").asDouble(), 1e-9);
            JsonNode login = report.path("login");
            assertCounts(login, Map.of("passkeyStarted", 5L, "passkeySucceeded", 3L, "passkeyFailed", 2L, "signIns", 8L,
                    "signInsWithPasskey", 3L));
            assertEquals(0.6, login.path("successRate").asDouble(), 1e-9);
            assertEquals(0.375, login.path("usageRate").asDouble(), 1e-9);
            assertEquals(Map.of("cancelled", 1L, "not_allowed", 1L), longs(login.path("fallbacks")));
            assertEquals(Map.of("password", 5L, "passkey", 3L), longs(login.path("signInsByMethod")));
            assertEquals(Map.of("passkey_automatic", 3L, "passkey_autofill", 2L), longs(login.path("passkeyStartedByMethod")));
            assertEquals(15000, login.path("durationMs").path("p50").asLong());
            assertEquals(15000, login.path("durationMs").path("p90").asLong());
            assertCounts(report.path("coverage"), Map.of("activeUsers", 4L, "activeUsersWithPasskey", 2L));
            assertEquals(0.5, report.path("coverage").path("rate").asDouble(), 1e-9);
            assertCounts(report.path("secondFactor"), Map.of("passkeySucceeded", 1L, "fallbacks", 0L, "codesSaved", 1L));
            assertEquals(0.05, report.path("secondFactor").path("moneySaved").asDouble(), 1e-9);
            JsonNode posture = report.path("posture");
            assertEquals(2, posture.path("synced").asLong() + posture.path("deviceBound").asLong());
            assertEquals(2, longs(posture.path("byProvider")).values().stream().mapToLong(Long::longValue).sum());
            assertCounts(posture, Map.of("usersWithoutPasskey", 3L, "usersWithOnePasskey", 2L));
            assertTrue(report.path("groups").isArray() && report.path("groups").isEmpty());

            // groupBy=client: all of it happened in the account console (the HTTP login client and Chromium alike)
            JsonNode byClient = admin.get(base + "/kpi?groupBy=client");
            assertEquals(1, byClient.path("groups").size(), byClient.toString());
            assertEquals(4, byClient.path("groups").get(0).path("enrollment").path("offered").asLong());
            assertEquals(8, byClient.path("groups").get(0).path("login").path("signIns").asLong());

            // groupBy=arm: every operation and every sign-in carries its user's arm, none counts under ""
            // arm A (alice, bob): offers 2 (1, 2), created 1 (1), skipped 1 (2); started 3 (4, 5, 8), succeeded 2 (4, 8),
            //                     failed 1 (5); sign-ins 5 (1, 2, 4, 8, 9), with a passkey 2 (4, 8), usage 0.4
            // arm B (carol, erin): offers 2 (3, 6), created 1 (6), failed 1 (3); started 2 (7, 10), succeeded 1 (7),
            //                     failed 1 (10); sign-ins 3 (3, 6, 7), with a passkey 1 (7), usage 1/3
            Map<String, JsonNode> arms = groups(byArm);
            assertEquals(java.util.Set.of(ARM_A, ARM_B), arms.keySet(), byArm.toString());
            assertCounts(arms.get(ARM_A).path("enrollment"), Map.of("offered", 2L, "created", 1L, "skipped", 1L, "failed", 0L));
            assertCounts(arms.get(ARM_A).path("login"), Map.of("passkeyStarted", 3L, "passkeySucceeded", 2L, "passkeyFailed", 1L,
                    "signIns", 5L, "signInsWithPasskey", 2L));
            assertEquals(0.4, arms.get(ARM_A).path("login").path("usageRate").asDouble(), 1e-9);
            assertCounts(arms.get(ARM_B).path("enrollment"), Map.of("offered", 2L, "created", 1L, "skipped", 0L, "failed", 1L));
            assertCounts(arms.get(ARM_B).path("login"), Map.of("passkeyStarted", 2L, "passkeySucceeded", 1L, "passkeyFailed", 1L,
                    "signIns", 3L, "signInsWithPasskey", 1L));
            assertEquals(1.0 / 3, arms.get(ARM_B).path("login").path("usageRate").asDouble(), 1e-9);

            // daily: the one day holds everything
            JsonNode daily = admin.get(base + "/kpi/daily?from=" + report.path("to").asText() + "&to=" + report.path("to").asText());
            assertEquals(1, daily.path("days").size());
            JsonNode today = daily.path("days").get(0);
            assertEquals(4, today.path("enrollment").path("offered").asLong());
            assertEquals(5, today.path("login").path("passkeyStarted").asLong());
            assertEquals(8, today.path("login").path("signIns").asLong());
            assertEquals(4, today.path("coverage").path("activeUsers").asLong());
            assertEquals(1, today.path("secondFactor").path("codesSaved").asLong());

            // append funnel: password sign-ins 5 (1, 2, 3, 6, 9) -> rollout 5 (9's offer was weighed and declined by the
            // intelligence: she holds a passkey in this browser) -> intelligence 4 -> shown 4 -> create started 3
            // (created 2 + failed 1) -> created 2
            assertEquals(List.of(5L, 5L, 4L, 4L, 3L, 2L), steps(append));
            assertEquals(2.0 / 3, append.path("steps").get(5).path("conversion").asDouble(), 1e-9);
            // login funnel: passkey offered or picked 6 (4, 5, 7, 8, 9, 10) -> prompted 5 -> succeeded 3;
            // fell back: cancelled 1, not_allowed 1, password chosen 1
            assertEquals(List.of(6L, 5L, 3L), steps(loginFunnel));
            assertEquals(Map.of("cancelled", 1L, "not_allowed", 1L, "password_chosen", 1L), longs(loginFunnel.path("fallbacks")));

            // experiment: each arm's users are the ones the script put there, offered once each (alice, bob in A; carol,
            // erin in B), one conversion per arm (alice, erin); 2 against 2 cannot flag a 50/50 split
            Map<String, Long> usersAssigned = new HashMap<>();
            Map<String, Long> offers = new HashMap<>();
            Map<String, Long> conversions = new HashMap<>();
            for (JsonNode arm : experiment.path("arms")) {
                usersAssigned.put(arm.path("arm").asText(), arm.path("usersAssigned").asLong());
                offers.put(arm.path("arm").asText(), arm.path("offers").asLong());
                conversions.put(arm.path("arm").asText(), arm.path("conversions").asLong());
                assertEquals(1, arm.path("usersConverted").asLong(), arm.toString());
            }
            assertEquals(Map.of("A", 2L, "B", 2L), usersAssigned);
            assertEquals(Map.of("A", 2L, "B", 2L), offers);
            assertEquals(Map.of("A", 1L, "B", 1L), conversions);
            assertEquals("A", experiment.path("control").asText());
            assertTrue(experiment.path("sampleRatioMismatch").path("checked").asBoolean());
            assertEquals(0.0, experiment.path("sampleRatioMismatch").path("chiSquare").asDouble(), 1e-9);
            assertTrue(!experiment.path("sampleRatioMismatch").path("flagged").asBoolean());

            // bad parameters: 400 naming the parameter, never a 500
            assertRefused(keycloak, admin, base + "/kpi?from=2026-02-01&to=2026-01-01", "from");
            assertRefused(keycloak, admin, base + "/kpi?from=2024-01-01&to=2026-01-01", "to");
            assertRefused(keycloak, admin, base + "/kpi?groupBy=planet", "groupBy");
            assertRefused(keycloak, admin, base + "/kpi?from=yesterday", "from");
            assertRefused(keycloak, admin, base + "/kpi/experiments/no-such-experiment", "name");

            // the restarted second node answers the same numbers: the facts and rollups are in the database, and
            // recomputing the day there neither loses what the node served before its restart nor counts anything twice
            AdminClient adminB = AdminClient.bootstrapAdmin(nodeB.baseUrl());
            assertEquals(withoutPosture(report), withoutPosture(adminB.get(base + "/kpi")));
            assertEquals(byArm, adminB.get(base + "/kpi?groupBy=arm"));
            assertEquals(append, adminB.get(base + "/kpi/funnels/append"));
            assertEquals(loginFunnel, adminB.get(base + "/kpi/funnels/login"));
            assertEquals(experiment, adminB.get(base + "/kpi/experiments/" + EXPERIMENT));
        } finally {
            nodeB.stop();
            nodeB.deleteWorkDir();
        }
        // and asked again on the first node after the second one recomputed the day: still the same, nothing counted twice
        assertEquals(withoutPosture(report), withoutPosture(admin.get(base + "/kpi")));
    }

    /** A new user whose arm of the experiment is this one; users made for the other arm are deleted again. */
    private static String userInArm(AdminClient admin, String realm, String base, String prefix, String arm) throws Exception {
        for (int tries = 0; tries < 64; tries++) {
            String username = TestRealms.newUser(admin, realm, prefix, PASSWORD_VALUE);
            if (arm.equals(armOf(admin, base, username))) {
                return username;
            }
            admin.deleteUser(realm, admin.userId(realm, username));
        }
        throw new AssertionError("64 users and none in arm " + arm);
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

    /** The groups of a grouped report by their key's one value. */
    private static Map<String, JsonNode> groups(JsonNode report) {
        Map<String, JsonNode> groups = new HashMap<>();
        report.path("groups").forEach(group -> {
            var values = group.path("key").elements();
            groups.put(values.hasNext() ? values.next().asText() : "?", group);
        });
        return groups;
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
