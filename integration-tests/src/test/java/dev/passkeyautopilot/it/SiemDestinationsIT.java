package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminApiException;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where sinks may deliver, on a server whose operator allowed nothing beyond public addresses (the default):
 * internal destinations are refused when saved and again when connecting, only realm managers change sinks, and
 * file sinks stay in their realm's directory whatever links lie there. (Delivery to an allow-listed loopback
 * receiver: every suite running with {@code SinkOptions.LOOPBACK_RECEIVERS}, e.g. {@code SiemStreamIT}.)
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiemDestinationsIT {

    private static final String SIEM = "/passkey-autopilot/siem";

    private AdminClient admin;
    private KeycloakTarget keycloak;

    @BeforeAll
    void setUp(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
    }

    private String siem(String realm) {
        return "/admin/realms/" + realm + SIEM;
    }

    private void produce(String realm, int count) {
        admin.post("/realms/" + realm + "/pa-testing/audit-events", Map.of("count", count, "rollback", false));
    }

    private JsonNode deadLetters(String realm) {
        return admin.get(siem(realm) + "/dead-letters").path("deadLetters");
    }

    private static String webhook(String url) {
        return "{\"sinks\":[{\"name\":\"hook\",\"type\":\"webhook\",\"url\":\"" + url + "\",\"secret\":\"" + WebhookReceiver.newSecret() + "\"}]}";
    }

    private static String syslog(String host) {
        return "{\"sinks\":[{\"name\":\"sys\",\"type\":\"syslog\",\"transport\":\"tcp\",\"host\":\"" + host + "\",\"port\":6514}]}";
    }

    private static String kafka(String server) {
        return "{\"sinks\":[{\"name\":\"k\",\"type\":\"kafka\",\"bootstrapServers\":[\"" + server + "\"],\"topic\":\"audit\",\"securityProtocol\":\"PLAINTEXT\"}]}";
    }

    @Test
    @DisplayName("Saving a sink aimed at loopback, link-local, private or unique-local addresses, in any spelling, answers 400 naming the field and changes nothing")
    void internalDestinationsAreRefusedWhenSaved() {
        String realm = TestRealms.create(admin, "siem-ssrf");
        JsonNode before = admin.get(siem(realm));
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put(webhook("http://127.0.0.1:8080/hook"), "sinks[0].url");
        refused.put(webhook("http://[::1]:8080/hook"), "sinks[0].url");
        refused.put(webhook("http://localhost.:5432/"), "sinks[0].url");
        refused.put(webhook("http://2130706433:8080/"), "sinks[0].url");
        refused.put(webhook("http://0177.0.0.1:8080/"), "sinks[0].url");
        refused.put(webhook("http://169.254.169.254/latest/meta-data/"), "sinks[0].url");
        refused.put(webhook("http://[::ffff:127.0.0.1]:8080/"), "sinks[0].url");
        refused.put(webhook("https://10.0.0.1/hook"), "sinks[0].url");
        refused.put(syslog("0x7f.1"), "sinks[0].host");
        refused.put(syslog("localhost"), "sinks[0].host");
        refused.put(syslog("192.168.1.10"), "sinks[0].host");
        refused.put(syslog("fd00::1"), "sinks[0].host");
        refused.put(syslog("fe80::1"), "sinks[0].host");
        refused.put(syslog("0.0.0.0"), "sinks[0].host");
        refused.put(kafka("127.0.0.1:5432"), "sinks[0].bootstrapServers[0]");
        refused.put(kafka("[::1]:9092"), "sinks[0].bootstrapServers[0]");
        for (Map.Entry<String, String> attempt : refused.entrySet()) {
            AdminApiException e = assertThrows(AdminApiException.class, () -> admin.put(siem(realm), attempt.getKey()), attempt.getKey());
            assertEquals(400, e.status(), attempt.getKey() + " -> " + e.body());
            assertTrue(e.body().contains("\"field\":\"" + attempt.getValue() + "\""), attempt.getKey() + " -> " + e.body());
            assertTrue(e.body().contains("refused") && e.body().contains("allowed-destinations"), attempt.getKey() + " -> " + e.body());
        }
        assertEquals(before, admin.get(siem(realm)), "nothing stored");
    }

    @Test
    @DisplayName("A support admin may read the sinks' status but not change them; a realm manager may")
    void changingSinksNeedsManageRealm() {
        String realm = TestRealms.create(admin, "siem-roles");
        SupportStaff staff = new SupportStaff(keycloak, admin, realm);
        String supportAdmin = staff.token(staff.create("siem-support", List.of("support-admin"), List.of()));
        String realmManager = staff.token(staff.create("siem-manager", List.of(), List.of("manage-realm")));
        // a name that does not resolve here passes the save-time check; the sink judges it again when it connects
        String sink = webhook("https://siem.collector.invalid/hook");

        SupportStaff.Answer refused = staff.passkeyAutopilot("PUT", supportAdmin, "/siem", sink);
        assertEquals(403, refused.status(), refused.raw());
        assertEquals(0, admin.get(siem(realm)).path("sinks").size(), "nothing stored");
        assertEquals(200, staff.getPasskeyAutopilot(supportAdmin, "/siem/status").status());
        assertEquals(200, staff.getPasskeyAutopilot(supportAdmin, "/siem").status());

        SupportStaff.Answer saved = staff.passkeyAutopilot("PUT", realmManager, "/siem", sink);
        assertEquals(200, saved.status(), saved.raw());
        assertEquals("hook", admin.get(siem(realm)).path("sinks").get(0).path("name").asText());
    }

    @Test
    @DisplayName("A stored sink that now points at loopback (edited in the database, or a name rebound) is refused when connecting: a dead letter saying 'refused', nothing delivered")
    void internalDestinationsAreRefusedWhenConnecting(Sql sql) throws Exception {
        String realm = TestRealms.create(admin, "siem-rebind");
        String realmId = admin.get("/admin/realms/" + realm).path("id").asText();
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(0, secret)) {
            String name = "rebound.collector.invalid";
            admin.put(siem(realm), "{\"sinks\":[{\"name\":\"hook\",\"type\":\"webhook\",\"url\":\"http://" + name + ":"
                    + receiver.port() + "/hook\",\"secret\":\"" + secret + "\"}]}");
            // what a rebinding resolver would do after the save-time check, done where the relay reads it
            assertEquals(1, sql.update("UPDATE PA_SIEM_CONFIG SET CONFIG = REPLACE(CONFIG, ?, '127.0.0.1') WHERE REALM_ID = ?", name, realmId));
            Thread.sleep(10_500); // the stored document is memoised for 10 s per node
            produce(realm, 3);
            // the three load-test events; the admin event of the sink's own change may join them once its retries
            // (the name did not resolve before the rebinding) reach the loopback address too
            Await.until("dead letters", Duration.ofSeconds(30), () -> loadTestEvents(deadLetters(realm)) == 3,
                    () -> deadLetters(realm).toString());
            for (JsonNode dead : deadLetters(realm)) {
                assertEquals("webhook http://127.0.0.1:" + receiver.port() + ": refused by the destination policy",
                        dead.path("lastError").asText(), dead.toString());
            }
            assertEquals(0, receiver.requests(), "nothing reached the loopback receiver");
        }
    }

    @Test
    @DisplayName("A file sink whose file is a symbolic link out of the realm's directory is refused with a dead letter; the linked file stays untouched")
    void fileSinkDoesNotFollowLinksOut(@TempDir Path outside) throws Exception {
        String realm = TestRealms.create(admin, "siem-symlink");
        Path directory = Path.of(admin.get(siem(realm) + "/status").path("fileDirectory").asText());
        Files.createDirectories(directory);
        Path target = Files.writeString(outside.resolve("keycloak.conf"), "db=postgres\n");
        Path link = directory.resolve("audit-" + System.nanoTime() + ".jsonl");
        Files.createSymbolicLink(link, target);
        admin.put(siem(realm), "{\"sinks\":[{\"name\":\"file\",\"type\":\"file\",\"output\":\"file\",\"path\":\"" + link + "\"}]}");
        produce(realm, 2);
        // the two load-test events and the admin event of the configuration change
        Await.until("dead letters", Duration.ofSeconds(30), () -> loadTestEvents(deadLetters(realm)) == 2, () -> deadLetters(realm).toString());
        for (JsonNode dead : deadLetters(realm)) {
            String lastError = dead.path("lastError").asText();
            assertTrue(lastError.contains("refused") && lastError.contains("symbolic link"), lastError);
        }
        assertEquals("db=postgres\n", Files.readString(target), "nothing written outside");
    }

    @Test
    @DisplayName("Two realms naming the same file write to different files, each in its own directory; one cannot name the other's")
    void realmsHaveTheirOwnFiles() throws Exception {
        String realmA = TestRealms.create(admin, "siem-file-a");
        String realmB = TestRealms.create(admin, "siem-file-b");
        Path dirA = Path.of(admin.get(siem(realmA) + "/status").path("fileDirectory").asText());
        Path dirB = Path.of(admin.get(siem(realmB) + "/status").path("fileDirectory").asText());
        assertNotEquals(dirA, dirB);
        assertEquals(dirA.getParent(), dirB.getParent(), "both under the server's file-directory");
        String fileName = "audit-" + System.nanoTime() + ".jsonl";
        admin.put(siem(realmA), "{\"sinks\":[{\"name\":\"file\",\"type\":\"file\",\"output\":\"file\",\"path\":\"" + dirA.resolve(fileName) + "\"}]}");
        admin.put(siem(realmB), "{\"sinks\":[{\"name\":\"file\",\"type\":\"file\",\"output\":\"file\",\"path\":\"" + dirB.resolve(fileName) + "\"}]}");
        AdminApiException intoA = assertThrows(AdminApiException.class, () -> admin.put(siem(realmB),
                "{\"sinks\":[{\"name\":\"file\",\"type\":\"file\",\"output\":\"file\",\"path\":\"" + dirA.resolve("b.jsonl") + "\"}]}"));
        assertEquals(400, intoA.status(), intoA.body());
        assertTrue(intoA.body().contains("\"field\":\"sinks[0].path\""), intoA.body());

        produce(realmA, 3);
        produce(realmB, 2);
        Await.until("both files", Duration.ofSeconds(30),
                () -> loadTestLines(dirA.resolve(fileName)) == 3 && loadTestLines(dirB.resolve(fileName)) == 2);
        assertTrue(Files.readAllLines(dirA.resolve(fileName)).stream().allMatch(l -> l.contains("\"realmName\":\"" + realmA + "\"")),
                "realm A's file holds realm A's events only");
        assertTrue(Files.readAllLines(dirB.resolve(fileName)).stream().allMatch(l -> l.contains("\"realmName\":\"" + realmB + "\"")),
                "realm B's file holds realm B's events only");
        assertFalse(Files.exists(dirA.getParent().resolve(fileName)), "nothing in the shared directory");
    }

    /** Lines of events the testing endpoint produced (the file also holds the admin events of the configuration). */
    private static long loadTestLines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> l.contains("\"username\":\"load-test\"")).count() : 0;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static long loadTestEvents(JsonNode deadLetters) {
        long n = 0;
        for (JsonNode dead : deadLetters) {
            n += "LOGIN".equals(dead.path("type").asText()) ? 1 : 0;
        }
        return n;
    }
}
