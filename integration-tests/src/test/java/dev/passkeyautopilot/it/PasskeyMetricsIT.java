package dev.passkeyautopilot.it;

import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSKEY;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The passkey meters on Keycloak's own {@code /metrics} (management port, {@code --metrics-enabled=true}, which the
 * harness gives every server): real sign-ins over HTTP move exactly the series they should. The server is the suite's
 * shared one, so every check compares a scrape after the sign-ins with one before.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeyMetricsIT {

    private static final String PASSWORD_VALUE = "metrics-password";
    private static final String WINDOWS_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/126.0.0.0 Safari/537.36";
    /** A client no user-agent list knows: its OS and browser must land in "other", not in a series of their own. */
    private static final String UNHEARD_OF = "PasskeyMetricsProbe/7.3 (Plan9; rio)";

    private static final String OPERATIONS = "passkey_autopilot_operations_total";
    private static final String CEREMONY_COUNT = "passkey_autopilot_ceremony_duration_seconds_count";
    private static final String CEREMONY_SUM = "passkey_autopilot_ceremony_duration_seconds_sum";
    private static final String DECISION_COUNT = "passkey_autopilot_decision_duration_seconds_count";

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;
    private HttpPasskeyFlows flows;

    @BeforeAll
    void realm(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = TestRealms.create(admin, "metrics", false);
        this.flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
    }

    @Test
    @DisplayName("Passkey sign-ins count by kind, outcome class, method, OS and browser; ceremonies and decisions are timed")
    void signInsMoveTheirSeries() {
        String username = TestRealms.newUser(admin, realm, "meg", PASSWORD_VALUE);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(username, PASSWORD_VALUE, authenticator);

        Map<String, String> windowsSuccess = labels("login", "success", "passkey_automatic", "windows", "chrome");
        Map<String, String> windowsFailure = Map.of("kind", "login", "outcome_class", "failure", "os_family", "windows",
                "browser_family", "chrome");
        Map<String, String> otherSuccess = labels("login", "success", "passkey_automatic", "other", "other");
        Map<String, String> autoDecision = Map.of("kind", "login", "decision", "auto_passkey");
        PrometheusScrape before = PrometheusScrape.of(keycloak.managementUrl());

        signInWithPasskey(username, authenticator, WINDOWS_CHROME, 1200);
        signInWithPasskey(username, authenticator, WINDOWS_CHROME, 800);
        cancelPrompt(username, WINDOWS_CHROME, 3000);
        signInWithPasskey(username, authenticator, UNHEARD_OF, 500);

        PrometheusScrape after = PrometheusScrape.of(keycloak.managementUrl());
        String shown = after.lines("passkey_autopilot_");
        assertEquals(2, delta(before, after, OPERATIONS, windowsSuccess), shown);
        assertEquals(1, delta(before, after, OPERATIONS, windowsFailure), "the cancelled prompt\n" + shown);
        assertEquals(1, delta(before, after, OPERATIONS, otherSuccess), shown);
        assertEquals(2, delta(before, after, CEREMONY_COUNT, windowsSuccess), shown);
        assertEquals(2.0, delta(before, after, CEREMONY_SUM, windowsSuccess), 1e-9, "1.2 s + 0.8 s\n" + shown);
        assertEquals(1, delta(before, after, CEREMONY_COUNT, otherSuccess), shown);
        assertEquals(4, delta(before, after, DECISION_COUNT, autoDecision),
                "one decision per identified sign-in\n" + shown);
    }

    @Test
    @DisplayName("Every tag value on the meters comes from the documented fixed lists, whatever clients sent")
    void tagValuesAreBounded() {
        String username = TestRealms.newUser(admin, realm, "ned", PASSWORD_VALUE);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(username, PASSWORD_VALUE, authenticator);
        signInWithPasskey(username, authenticator, UNHEARD_OF, 700);

        PrometheusScrape scrape = PrometheusScrape.of(keycloak.managementUrl());
        Set<String> os = Set.of("windows", "macos", "ios", "android", "chromeos", "linux", "other");
        Set<String> browsers = Set.of("chrome", "edge", "firefox", "safari", "samsung_internet", "opera", "other");
        Set<String> kinds = Set.of("login", "append", "second_factor", "other");
        Set<String> classes = Set.of("pending", "success", "failure", "user_choice", "not_offered");
        Set<String> methods = Set.of("passkey_automatic", "passkey_autofill", "passkey_button", "passkey_second_factor", "password", "none");
        var samples = scrape.samples(OPERATIONS);
        assertTrue(samples.size() >= 2, "the append and the sign-in at least:\n" + scrape.lines("passkey_autopilot_"));
        for (PrometheusScrape.Sample sample : samples) {
            Map<String, String> labels = sample.labels();
            assertTrue(os.contains(labels.get("os_family")), sample.toString());
            assertTrue(browsers.contains(labels.get("browser_family")), sample.toString());
            assertTrue(kinds.contains(labels.get("kind")), sample.toString());
            assertTrue(classes.contains(labels.get("outcome_class")), sample.toString());
            assertTrue(methods.contains(labels.get("method")), sample.toString());
        }
        assertTrue(scrape.sum(OPERATIONS, Map.of("kind", "append", "outcome_class", "success")) >= 1,
                "the passkey created on the append page counts\n" + scrape.lines(OPERATIONS));
        assertTrue(scrape.sum(DECISION_COUNT, Map.of("kind", "append", "decision", "offer")) >= 1,
                "the append offer's decision is timed\n" + scrape.lines("decision"));
    }

    private void signInWithPasskey(String username, SoftwareAuthenticator authenticator, String userAgent, long durationMillis) {
        LoginHttpClient browser = flows.newBrowser().userAgent(userAgent);
        LoginHttpClient.Page page = expect(flows.identify(browser, username), PASSKEY);
        Map<String, String> fields = new LinkedHashMap<>(authenticator.assertion(page.data("data-request-options"), browser.origin()).fields());
        fields.put("pa_action", "passkey");
        fields.put("pa_duration_ms", Long.toString(durationMillis));
        LoginHttpClient.Page done = browser.submit(page, fields);
        assertTrue(done.loggedIn(), "signed in with the passkey: " + done.status() + " " + done.template());
    }

    private void cancelPrompt(String username, String userAgent, long durationMillis) {
        LoginHttpClient browser = flows.newBrowser().userAgent(userAgent);
        LoginHttpClient.Page page = expect(flows.identify(browser, username), PASSKEY);
        expect(browser.submit(page, Map.of("pa_action", "passkey_error", "pa_error", "AbortError",
                "pa_duration_ms", Long.toString(durationMillis))), PASSWORD);
    }

    private static Map<String, String> labels(String kind, String outcomeClass, String method, String os, String browser) {
        return Map.of("kind", kind, "outcome_class", outcomeClass, "method", method, "os_family", os, "browser_family", browser);
    }

    private static double delta(PrometheusScrape before, PrometheusScrape after, String name, Map<String, String> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }
}
