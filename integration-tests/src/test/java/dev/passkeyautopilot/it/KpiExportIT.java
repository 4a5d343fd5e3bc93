package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passkeyautopilot.it.SupportStaff.Answer;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSKEY;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET .../passkey-autopilot/kpi/export}: the operations of real sign-ins come back as CSV and as NDJSON with
 * the same rows; user ids are pseudonyms under a key of the realm unless a realm administrator asks for ids.
 */
// the SIEM suites' server: the smoke tests of every Keycloak version (README) then share one server start
@WithKeycloak(options = SinkOptions.LOOPBACK_RECEIVERS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiExportIT {

    /** The documented columns (docs/kpi.md, section Export), in their order. */
    private static final List<String> COLUMNS = List.of("time", "operation_id", "user", "kind", "decision", "decision_reasons",
            "automatic", "outcome", "outcome_class", "method", "os_family", "os_version", "browser_family", "browser_version",
            "device_class", "duration_ms", "arms", "client");
    private static final String KEY_ATTRIBUTE = "passkey-autopilot.export-pseudonym-key";
    private static final String PASSWORD_VALUE = "export-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminClient admin;
    private Sql sql;
    private Realm a;
    private Realm b;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /** A test realm with its staff's tokens and its users by id. */
    private record Realm(String name, String id, SupportStaff staff, String analytics, String realmAdmin, Map<String, String> users) {
    }

    @BeforeAll
    void signIns(KeycloakTarget keycloak, AdminClient admin, Sql sql) {
        this.admin = admin;
        this.sql = sql;
        this.a = realm(keycloak, "export-a");
        this.b = realm(keycloak, "export-b");
        HttpPasskeyFlows flowsA = new HttpPasskeyFlows(keycloak.baseUrl(), a.name());
        SoftwareAuthenticator alice = new SoftwareAuthenticator();
        String aliceName = user(a, "alice");
        flowsA.registerPasskey(aliceName, PASSWORD_VALUE, alice);
        signIn(flowsA, aliceName, alice, 900);
        signIn(flowsA, aliceName, alice, 1100);
        String bobName = user(a, "bob");
        flowsA.registerPasskey(bobName, PASSWORD_VALUE, new SoftwareAuthenticator());
        cancel(flowsA, bobName, 1500);

        HttpPasskeyFlows flowsB = new HttpPasskeyFlows(keycloak.baseUrl(), b.name());
        SoftwareAuthenticator carol = new SoftwareAuthenticator();
        String carolName = user(b, "carol");
        flowsB.registerPasskey(carolName, PASSWORD_VALUE, carol);
        signIn(flowsB, carolName, carol, 700);
    }

    @Test
    @Tag("smoke")
    @DisplayName("CSV and NDJSON hold the same rows: the realm's operations, in the documented columns")
    void csvAndNdjsonAreTheSameRows() {
        Answer csv = export(a, a.analytics(), "csv", false);
        Answer ndjson = export(a, a.analytics(), "ndjson", false);
        assertEquals(200, csv.status(), csv.raw());
        assertEquals(200, ndjson.status(), ndjson.raw());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        assertTrue(ndjson.header("Content-Type").orElse("").startsWith("application/x-ndjson"), ndjson.headers().toString());
        assertTrue(csv.header("Content-Disposition").orElse("").contains(".csv"), csv.headers().toString());

        List<List<String>> records = CsvRecords.parse(csv.raw());
        assertEquals(COLUMNS, records.get(0), "the header row");
        List<List<String>> csvRows = records.subList(1, records.size());
        List<List<String>> ndjsonRows = ndjsonRows(ndjson.raw());
        long stored = sql.count("select count(*) from pa_passkey_operation where realm_id = ?", a.id());
        assertTrue(stored >= 5, "two passkeys created, two sign-ins, one cancelled prompt: " + stored);
        assertEquals(stored, csvRows.size(), "one row per stored operation of the realm");
        assertEquals(csvRows, ndjsonRows, "CSV and NDJSON parse back to the same rows");

        List<Map<String, String>> rows = byName(csvRows);
        for (Map<String, String> row : rows) {
            Instant time = Instant.parse(row.get("time"));
            assertTrue(row.get("time").endsWith("Z"), "UTC: " + row);
            assertTrue(!LocalDate.ofInstant(time, ZoneOffset.UTC).isBefore(today.minusDays(1)), "signed in during this test: " + row);
            assertTrue(row.get("user").matches("[0-9a-f]{32}"), "a pseudonym: " + row);
            assertFalse(a.users().containsKey(row.get("user")), "no user id: " + row);
        }
        assertEquals(2, rows.stream().filter(r -> r.get("kind").equals("login") && r.get("outcome").equals("success")
                && r.get("outcome_class").equals("success")).count(), "alice's two passkey sign-ins: " + rows);
        assertEquals(Set.of("900", "1100"), new HashSet<>(rows.stream().filter(r -> r.get("kind").equals("login")
                && r.get("outcome").equals("success")).map(r -> r.get("duration_ms")).toList()));
        for (Map<String, String> row : rows) {
            assertEquals("account-console", row.get("client"), "the client the test signs in to: " + row);
            assertEquals("", row.get("arms"), "no experiment in this realm: " + row);
        }
        // the prompts (not the decisions not to prompt a user without passkeys) ended with the method they used
        List<Map<String, String>> prompts = rows.stream().filter(r -> r.get("kind").equals("login")
                && r.get("decision").equals("auto_passkey")).toList();
        assertEquals(3, prompts.size(), "two sign-ins and a cancelled prompt: " + rows);
        for (Map<String, String> prompt : prompts) {
            assertEquals("passkey_automatic", prompt.get("method"), "the prompt started after the username: " + prompt);
        }
        Map<String, String> cancelled = rows.stream().filter(r -> r.get("outcome").equals("cancelled")).findFirst().orElseThrow();
        assertEquals("failure", cancelled.get("outcome_class"));
        assertEquals("1500", cancelled.get("duration_ms"));
        assertEquals("auto_passkey", cancelled.get("decision"));
        assertEquals(2, rows.stream().filter(r -> r.get("kind").equals("append") && r.get("outcome").equals("success")).count(),
                "two passkeys created on the append page: " + rows);
        List<String> times = rows.stream().map(r -> r.get("time")).toList();
        assertEquals(times.stream().sorted().toList(), times, "oldest first");
    }

    @Test
    @DisplayName("Pseudonyms: one per user, the same in every export, HMAC-SHA256 under the realm's own key, never another realm's")
    void pseudonymsAreStableAndKeyedPerRealm() {
        Map<String, String> first = pseudonymByOperation(a, a.analytics());
        Map<String, String> again = pseudonymByOperation(a, a.analytics());
        assertEquals(first, again, "the same pseudonyms in a second export");
        Map<String, String> idsA = pseudonymByOperation(a, a.realmAdmin(), true);
        Map<String, String> idsB = pseudonymByOperation(b, b.realmAdmin(), true);
        Map<String, String> pseudonymsB = pseudonymByOperation(b, b.analytics());
        assertEquals(idsA.keySet(), first.keySet());
        assertEquals(Set.of("alice", "bob"), new HashSet<>(idsA.values().stream().map(a.users()::get).map(this::prefix).toList()));

        byte[] keyA = key(a);
        byte[] keyB = key(b);
        assertFalse(java.util.Arrays.equals(keyA, keyB), "each realm has its own key");
        Map<String, String> pseudonymOfUser = new HashMap<>();
        for (Map.Entry<String, String> operation : idsA.entrySet()) {
            String userId = operation.getValue();
            String pseudonym = first.get(operation.getKey());
            assertEquals(hmac(keyA, userId), pseudonym, "HMAC-SHA256(realm key, user id), first 16 bytes");
            assertNotEquals(hmac(keyB, userId), pseudonym, "realm B's key gives another pseudonym for the same id");
            String earlier = pseudonymOfUser.putIfAbsent(userId, pseudonym);
            assertTrue(earlier == null || earlier.equals(pseudonym), "one pseudonym per user");
        }
        assertEquals(2, new HashSet<>(pseudonymOfUser.values()).size(), "alice and bob differ");
        for (Map.Entry<String, String> operation : idsB.entrySet()) {
            assertEquals(hmac(keyB, operation.getValue()), pseudonymsB.get(operation.getKey()));
            assertFalse(first.containsValue(pseudonymsB.get(operation.getKey())), "no pseudonym of B appears in A");
        }
    }

    @Test
    @DisplayName("User ids: a realm administrator may ask for them; support-analytics gets 403 and nothing")
    void userIdsOnlyForRealmAdministrators() {
        Answer refused = export(a, a.analytics(), "csv", true);
        assertEquals(403, refused.status(), refused.raw());
        assertFalse(refused.raw().contains(a.users().keySet().iterator().next()));
        Answer ids = export(a, a.realmAdmin(), "ndjson", true);
        assertEquals(200, ids.status(), ids.raw());
        Set<String> users = new HashSet<>();
        for (String line : ids.raw().split("\n")) {
            users.add(read(line).get("user").asText());
        }
        assertEquals(a.users().keySet(), users, "the Keycloak ids of alice and bob");
    }

    @Test
    @DisplayName("Bad parameters get 400 naming the parameter: reversed dates, over 400 days, unknown format, malformed dates")
    void badParametersNameTheParameter() {
        String token = a.analytics();
        assertRefused(a.staff().getPasskeyAutopilot(token, "/kpi/export?from=2026-03-01&to=2026-02-01"), "from");
        assertRefused(a.staff().getPasskeyAutopilot(token, "/kpi/export?from=2025-01-01&to=2026-02-05"), "to");
        assertRefused(a.staff().getPasskeyAutopilot(token, "/kpi/export?from=2026-01-01&to=2026-01-02&format=xlsx"), "format");
        assertRefused(a.staff().getPasskeyAutopilot(token, "/kpi/export?from=yesterday&to=2026-01-02"), "from");
        assertRefused(a.staff().getPasskeyAutopilot(token, "/kpi/export?from=2026-01-01&to=2026-13-01"), "to");
        assertRefused(a.staff().getPasskeyAutopilot(token, "/kpi/export?from=2026-01-01&to=2026-01-02&includeUserIds=maybe"),
                "includeUserIds");
        Answer fullYear = a.staff().getPasskeyAutopilot(token, "/kpi/export?from=2025-01-01&to=2026-02-04");
        assertEquals(200, fullYear.status(), "400 days are allowed: " + fullYear.raw());
        Answer lastThirtyDays = a.staff().getPasskeyAutopilot(token, "/kpi/export");
        assertEquals(200, lastThirtyDays.status(), "without from and to: the 30 days up to today");
        assertEquals(CsvRecords.parse(export(a, token, "csv", false).raw()).size(), CsvRecords.parse(lastThirtyDays.raw()).size(),
                "today's operations, like the explicit period around today");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private Realm realm(KeycloakTarget keycloak, String prefix) {
        String name = TestRealms.create(admin, prefix, false);
        SupportStaff staff = new SupportStaff(keycloak, admin, name);
        String analytics = staff.token(staff.create("analyst", List.of("support-analytics"), List.of()));
        String realmAdmin = staff.token(staff.create("admin", List.of(), List.of("realm-admin")));
        return new Realm(name, admin.realm(name).path("id").asText(), staff, analytics, realmAdmin, new HashMap<>());
    }

    private String user(Realm realm, String prefix) {
        String username = TestRealms.newUser(admin, realm.name(), prefix, PASSWORD_VALUE);
        realm.users().put(admin.userId(realm.name(), username), username);
        return username;
    }

    private String prefix(String username) {
        return username.substring(0, username.indexOf('-'));
    }

    private static void signIn(HttpPasskeyFlows flows, String username, SoftwareAuthenticator authenticator, long durationMillis) {
        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page page = expect(flows.identify(browser, username), PASSKEY);
        Map<String, String> fields = new LinkedHashMap<>(authenticator.assertion(page.data("data-request-options"), browser.origin()).fields());
        fields.put("pa_action", "passkey");
        fields.put("pa_duration_ms", Long.toString(durationMillis));
        assertTrue(browser.submit(page, fields).loggedIn(), "passkey sign-in of " + username);
    }

    private static void cancel(HttpPasskeyFlows flows, String username, long durationMillis) {
        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page page = expect(flows.identify(browser, username), PASSKEY);
        expect(browser.submit(page, Map.of("pa_action", "passkey_error", "pa_error", "AbortError",
                "pa_duration_ms", Long.toString(durationMillis))), PASSWORD);
    }

    private Answer export(Realm realm, String token, String format, boolean userIds) {
        // a day either side: the sign-ins happened today, in UTC, whatever the clock says now
        return realm.staff().getPasskeyAutopilot(token, "/kpi/export?from=" + today.minusDays(1) + "&to=" + today.plusDays(1)
                + "&format=" + format + (userIds ? "&includeUserIds=true" : ""));
    }

    private Map<String, String> pseudonymByOperation(Realm realm, String token) {
        return pseudonymByOperation(realm, token, false);
    }

    private Map<String, String> pseudonymByOperation(Realm realm, String token, boolean userIds) {
        Answer answer = export(realm, token, "csv", userIds);
        assertEquals(200, answer.status(), answer.raw());
        List<List<String>> records = CsvRecords.parse(answer.raw());
        Map<String, String> byOperation = new HashMap<>();
        for (Map<String, String> row : byName(records.subList(1, records.size()))) {
            byOperation.put(row.get("operation_id"), row.get("user"));
        }
        assertFalse(byOperation.isEmpty());
        return byOperation;
    }

    private byte[] key(Realm realm) {
        String stored = admin.realm(realm.name()).path("attributes").path(KEY_ATTRIBUTE).asText();
        assertFalse(stored.isEmpty(), "the realm's pseudonym key exists after an export");
        return Base64.getDecoder().decode(stored);
    }

    private static String hmac(byte[] key, String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, String>> byName(List<List<String>> rows) {
        List<Map<String, String>> named = new ArrayList<>();
        for (List<String> row : rows) {
            assertEquals(COLUMNS.size(), row.size(), row.toString());
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                values.put(COLUMNS.get(i), row.get(i));
            }
            named.add(values);
        }
        return named;
    }

    /** NDJSON lines as CSV would write them: keys in column order, null as empty, numbers and booleans as text. */
    private static List<List<String>> ndjsonRows(String ndjson) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            JsonNode object = read(line);
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            assertEquals(COLUMNS, keys, "every line names every column, in order");
            List<String> row = new ArrayList<>();
            for (String column : COLUMNS) {
                JsonNode value = object.get(column);
                row.add(value.isNull() ? "" : value.asText());
            }
            assertTrue(object.get("automatic").isBoolean());
            assertTrue(object.get("duration_ms").isNull() || object.get("duration_ms").isIntegralNumber());
            rows.add(row);
        }
        return rows;
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }

    private static void assertRefused(Answer answer, String parameter) {
        assertEquals(400, answer.status(), answer.raw());
        assertEquals(parameter, answer.body().path("field").asText(), answer.raw());
        assertFalse(answer.body().path("message").asText().isBlank(), answer.raw());
    }
}
