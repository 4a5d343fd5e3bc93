package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.SupportStaff.Answer;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.DistributionKeycloak;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.PgDump;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An installation of release 0.3 upgrades to this jar without a manual step. Its server starts on the database 0.3
 * left behind ({@code upgrade/0.3.sql}, made by {@link MakeUpgradeFixture}: our tables and Keycloak's changelog
 * rows, from before the audit outbox moved to event-listener), in a spec of its own so no other suite shares it.
 * Compares with the dump itself, not a copy of its values.
 */
@WithKeycloak(databaseFixture = UpgradeIT.FIXTURE, options = {SinkOptions.LOOPBACK_RECEIVERS,
        // The rows of the fixture's dead sink are retried while the test starts; a short cap brings the next try
        // to the re-pointed sink in seconds rather than a minute.
        "--spi-events-listener--passkey-autopilot-siem--backoff-cap-millis=2000"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeIT {

    static final String FIXTURE = "upgrade/0.3.sql";
    private static final PgDump DUMP = PgDump.of(FIXTURE);
    private static final String CHANGELOG = "databasechangelog_passkey_au";
    private static final String CHANGESET_ADDED_SINCE = "pa-0.3.2-operation-trust";

    @Test
    @Order(1)
    @DisplayName("The changeSets 0.3 ran keep their rows (no re-run); the one added since runs once")
    void releasedChangeSetsAreNotRunAgain(Sql sql) {
        List<Map<String, String>> ran = DUMP.rows(CHANGELOG);
        assertEquals(4, ran.size(), "the fixture's changelog rows: " + ran);
        Map<String, String> before = new TreeMap<>();
        ran.forEach(row -> before.put(row.get("id"), changelogRow(row.get("author"), row.get("filename"),
                row.get("dateexecuted"), row.get("orderexecuted"), row.get("md5sum"), row.get("exectype"))));

        Map<String, String> after = new TreeMap<>();
        for (Map<String, Object> row : sql.query("select id, author, filename, cast(dateexecuted as varchar) as executed,"
                + " orderexecuted, md5sum, exectype from " + CHANGELOG)) {
            after.merge((String) row.get("id"), changelogRow(row.get("author"), row.get("filename"), row.get("executed"),
                    row.get("orderexecuted"), row.get("md5sum"), row.get("exectype")), (a, b) -> a + " AND AGAIN " + b);
        }
        // every changeset released after the fixture ran exactly once; the fixture's rows are untouched
        Map<String, String> added = new TreeMap<>(after);
        added.keySet().removeAll(before.keySet());
        after.keySet().retainAll(before.keySet());
        assertEquals(before, after, "rows of the changeSets 0.3 ran");
        assertTrue(added.containsKey(CHANGESET_ADDED_SINCE), CHANGESET_ADDED_SINCE + " ran: " + added);
        added.forEach((id, row) -> assertTrue(!row.contains("AGAIN") && row.endsWith("EXECUTED"), id + " ran once: " + row));
        assertEquals(0, sql.count("select count(*) from information_schema.tables where table_name like"
                + " 'databasechangelog_passkey%' and table_name <> ?", CHANGELOG), "no second changelog table of ours");
    }

    private static String changelogRow(Object author, Object file, Object executed, Object order, Object md5, Object type) {
        return author + "|" + file + "|" + executed + "|#" + order + "|" + md5 + "|" + type;
    }

    @Test
    @Order(2)
    @DisplayName("The fixture user signs in with the passkey 0.3 stored, and support sees the operations 0.3 recorded")
    void oldPasskeysAndOperationsStillRead(KeycloakTarget keycloak, AdminClient admin) {
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), MakeUpgradeFixture.REALM);
        SoftwareAuthenticator passkey = SoftwareAuthenticator.restore(resource(FIXTURE + ".authenticator"));
        HttpPasskeyFlows.Attempt attempt = flows.passkeyAttempt(MakeUpgradeFixture.USERNAME);
        LoginHttpClient.Page signedIn = attempt.submitAssertion(
                passkey.assertion(attempt.requestOptions(), attempt.browser().origin()).fields());
        assertTrue(signedIn.loggedIn(), "passkey login with the restored passkey: " + signedIn.status() + " "
                + signedIn.template() + " " + (signedIn.isRedirect() ? "" : signedIn.message()));

        SupportStaff staff = new SupportStaff(keycloak, admin, MakeUpgradeFixture.REALM);
        String viewer = staff.token(staff.create("viewer", List.of("support-viewer"), List.of("view-users")));
        String userId = admin.userId(MakeUpgradeFixture.REALM, MakeUpgradeFixture.USERNAME);
        Answer timeline = staff.get(viewer, "/users/" + userId + "/timeline?max=100");
        assertEquals(200, timeline.status(), timeline.raw());
        Set<String> shown = new TreeSet<>();
        timeline.body().path("operations").forEach(operation -> shown.add(operation.path("id").asText()));
        Set<String> recordedBy03 = DUMP.rows("pa_passkey_operation").stream().map(row -> row.get("id"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(recordedBy03.size() >= 2, "the fixture's operations: " + recordedBy03);
        assertTrue(shown.containsAll(recordedBy03), "timeline " + shown + " shows 0.3's operations " + recordedBy03);
        assertTrue(shown.size() > recordedBy03.size(), "and the sign-in just now: " + timeline.raw());
    }

    @Test
    @Order(3)
    @DisplayName("The outbox rows 0.3 left waiting are sent once their sink points somewhere that answers")
    void oldOutboxRowsAreSent(AdminClient admin, Sql sql) throws Exception {
        Set<String> waiting = DUMP.rows("pa_event_outbox").stream().map(row -> row.get("event_id"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(waiting.size() >= 3, "the fixture's outbox rows: " + waiting);
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(0, secret)) {
            ObjectNode config = admin.json().createObjectNode();
            config.putArray("sinks").addObject().put("name", "hook").put("type", "webhook").put("format", "json")
                    .put("url", receiver.url()).put("secret", secret).put("batchSize", 500).put("requestTimeoutMs", 2000);
            var answer = admin.put("/admin/realms/" + MakeUpgradeFixture.REALM + "/passkey-autopilot/siem", config);
            assertTrue(answer.statusCode() < 300, "sink re-pointed: " + answer.statusCode() + " " + answer.body());

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!receiver.events().keySet().containsAll(waiting) && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            Set<String> missing = new TreeSet<>(waiting);
            missing.removeAll(receiver.events().keySet());
            assertEquals(Set.of(), missing, "0.3's events not delivered");
            assertEquals(List.of(), receiver.badSignatures());
            for (String eventId : waiting) {
                JsonNode event = receiver.events().get(eventId);
                assertEquals(eventId, event.path("id").asText());
            }
        }
        assertEquals(waiting.size(), sql.count("select count(*) from pa_event_outbox where status = 'DELIVERED' and event_id in ("
                + waiting.stream().map(id -> "?").collect(Collectors.joining(",")) + ")", waiting.toArray()));
    }

    @Test
    @Order(4)
    @DisplayName("The server logged no ERROR from the upgrade through sign-in and delivery")
    void noErrorLogged(KeycloakTarget keycloak) throws IOException {
        List<String> errors = Files.readAllLines(DistributionKeycloak.of(keycloak).server().logFile()).stream()
                .filter(line -> line.contains(" ERROR ")).toList();
        assertEquals(List.of(), errors);
    }

    private static String resource(String name) {
        try (InputStream in = UpgradeIT.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
