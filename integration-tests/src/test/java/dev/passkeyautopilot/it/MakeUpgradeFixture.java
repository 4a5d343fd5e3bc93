package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.SinkOptions;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Makes the database fixture of the upgrade test: a realm as an installation of an earlier release leaves it
 * (a passkey with its details, passkey operations, rollout rules, a sink and outbox rows waiting for it), dumped
 * with {@code pg_dump}. Not a test of the suite (failsafe runs {@code *IT} only); run it on the release whose
 * database the fixture stands for, then commit the dump:
 * <pre>./mvnw -B verify -pl integration-tests -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=MakeUpgradeFixture -Dpa.it.upgrade-fixture=$PWD/integration-tests/src/test/resources/upgrade/0.3.sql</pre>
 */
@WithKeycloak(options = SinkOptions.LOOPBACK_RECEIVERS)
class MakeUpgradeFixture {

    static final String REALM = "pa-upgrade";
    static final String USERNAME = "upgrade-alice";
    static final String PASSWORD = "upgrade-password";

    @Test
    void dumpDatabaseOfThisRelease(KeycloakTarget keycloak, AdminClient admin, Sql sql) throws Exception {
        Path target = Path.of(System.getProperty("pa.it.upgrade-fixture", "target/upgrade-fixture.sql"));
        ObjectNode realm = TestRealms.definition(admin.json(), REALM);
        admin.importRealm(realm);
        // nothing listens on the discard port: the rows stay in the outbox, waiting for their sink
        ObjectNode config = admin.json().createObjectNode();
        config.putArray("sinks").addObject().put("name", "hook").put("type", "webhook").put("format", "json")
                .put("url", "http://127.0.0.1:9/events").put("secret", WebhookReceiver.newSecret())
                .put("batchSize", 500).put("requestTimeoutMs", 2000);
        admin.put("/admin/realms/" + REALM + "/passkey-autopilot/siem", config);
        admin.put("/admin/realms/" + REALM + "/passkey-autopilot/rollout", "{\"experiments\":[{\"name\":\"append-copy\","
                + "\"feature\":\"append\",\"kind\":\"copy\",\"arms\":[{\"name\":\"A\",\"weight\":50},{\"name\":\"B\",\"weight\":50}]}]}");
        admin.createUser(REALM, USERNAME, PASSWORD);

        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), REALM);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey(USERNAME, PASSWORD, authenticator);
        HttpPasskeyFlows.Attempt attempt = flows.passkeyAttempt(USERNAME);
        LoginHttpClient.Page signedIn = attempt.submitAssertion(
                authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields());
        assertTrue(signedIn.loggedIn(), "passkey login of the fixture user");

        assertEquals(1L, ((Number) sql.query("select count(*) as n from pa_passkey_details").get(0).get("n")).longValue());
        assertTrue(((Number) sql.query("select count(*) as n from pa_passkey_operation").get(0).get("n")).longValue() >= 2);
        assertTrue(((Number) sql.query("select count(*) as n from pa_event_outbox").get(0).get("n")).longValue() >= 3);

        String database = URI.create(sql.jdbcUrl().substring("jdbc:".length())).getPath().substring(1);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Process dump = new ProcessBuilder("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "--no-owner", "--no-privileges",
                "-f", target.toString(), database).inheritIO().start();
        assertTrue(dump.waitFor(120, TimeUnit.SECONDS) && dump.exitValue() == 0, "pg_dump of " + database);
        // the authenticator's private key, so the upgrade test can sign in with the fixture's passkey
        Files.writeString(Path.of(target + ".authenticator"), authenticator.export());
    }
}
