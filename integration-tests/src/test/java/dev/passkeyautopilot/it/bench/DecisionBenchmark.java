package dev.passkeyautopilot.it.bench;

import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/**
 * Decision time of the passkey intelligence inside Keycloak, for a user with 1,000 past operations among
 * 1,000,000 operation rows in PostgreSQL. Prints figures; asserts nothing about time (the target is p99 under
 * 1 ms). Run with {@code ./mvnw -B verify -pl integration-tests -Pbenchmarks}. Knobs: {@code pa.bench.decision.warmup}
 * (logins before measuring, 2,000: with 200 the JIT was still compiling and made the 99th percentile) and
 * {@code pa.bench.decision.logins} (measured logins, 1,000).
 */
// hundreds of logins of one user within minutes: far beyond the hourly limit of stored operations
@WithKeycloak(options = "--spi-jpa-entity-provider--passkey-autopilot--operations-per-user-per-hour=100000")
class DecisionBenchmark {

    private static final int TOTAL_ROWS = 1_000_000;
    private static final int USER_ROWS = 1_000;
    private static final int WARMUP_LOGINS = Integer.getInteger("pa.bench.decision.warmup", 2_000);
    private static final int LOGINS = Integer.getInteger("pa.bench.decision.logins", 1_000);

    @Test
    void decisionTimeWithAMillionOperations(KeycloakTarget keycloak, AdminClient admin, Sql sql) {
        String realm = "bench-" + System.currentTimeMillis();
        admin.importRealm(dev.passkeyautopilot.it.BenchmarkRealms.definition(admin, realm));
        admin.createUser(realm, "bench", "bench-password");
        String userId = admin.userId(realm, "bench");
        String realmId = admin.realm(realm).path("id").asText();
        HttpPasskeyFlows flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        flows.registerPasskey("bench", "bench-password", authenticator);

        // the environment this client reports, as recorded by its password login
        String environmentKey = (String) sql.query("select environment_key from pa_passkey_operation where user_id = ?", userId)
                .get(0).get("environment_key");
        long loadStart = System.nanoTime();
        // 999,000 rows of 2,000 other users in this realm, over 30 days and 40 environments, one of them this client's ...
        sql.update("insert into pa_passkey_operation (id, realm_id, user_id, kind, started_at, outcome, automatic, environment_key,"
                + " decision, identified_by) select gen_random_uuid()::text, ?, 'other-' || (g % 2000), 'login',"
                + " (extract(epoch from now()) * 1000)::bigint - (g % 2592000) * 1000,"
                + " case when g % 7 = 0 then 'not_allowed' else 'success' end, g % 3 <> 0,"
                + " case when g % 40 = 0 then ? else 'OS' || (g % 40) || '|Browser' end,"
                + " 'auto_passkey', case when g % 2 = 0 then 'device_marker' else 'username' end from generate_series(1, ?) g", realmId, environmentKey, TOTAL_ROWS - USER_ROWS);
        // ... and 1,000 of the benchmarked user, in the environment the test client reports
        sql.update("insert into pa_passkey_operation (id, realm_id, user_id, kind, started_at, outcome, automatic, environment_key,"
                + " device_marker, decision) select gen_random_uuid()::text, ?, ?, 'login',"
                + " (extract(epoch from now()) * 1000)::bigint - g * 60000, case when g % 5 = 0 then 'cancelled' else 'success' end,"
                + " true, ?, 'http-test-device-0001', 'auto_passkey' from generate_series(1, ?) g", realmId, userId, environmentKey,
                USER_ROWS);
        sql.update("analyze pa_passkey_operation");
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;

        for (int i = 0; i < WARMUP_LOGINS; i++) {
            HttpPasskeyFlows.Attempt attempt = flows.passkeyAttempt("bench");
            attempt.submitAssertion(authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields());
        }
        long benchStart = System.currentTimeMillis();
        for (int i = 0; i < LOGINS; i++) {
            HttpPasskeyFlows.Attempt attempt = flows.passkeyAttempt("bench");
            if (!attempt.submitAssertion(authenticator.assertion(attempt.requestOptions(), attempt.browser().origin()).fields()).loggedIn()) {
                throw new AssertionError("benchmark login " + i + " failed");
            }
        }
        long elapsed = System.currentTimeMillis() - benchStart;

        List<Map<String, Object>> rows = sql.query("select decision_micros from pa_passkey_operation where user_id = ? and started_at >= ?"
                + " and decision_micros is not null order by decision_micros", userId, benchStart);
        long[] micros = rows.stream().mapToLong(r -> ((Number) r.get("decision_micros")).longValue()).toArray();
        long count = sql.count("select count(*) from pa_passkey_operation");
        System.out.printf("%n=== Passkey intelligence decision time (inside Keycloak, PostgreSQL) ===%n");
        System.out.printf("operation rows: %,d (user: %,d), loaded in %,d ms%n", count, USER_ROWS + rows.size(), loadMillis);
        System.out.printf("decisions: %d (after %d warm-up logins) in %,d ms of full passkey logins over HTTP%n", micros.length,
                WARMUP_LOGINS, elapsed);
        System.out.printf("decision time p50: %d us, p90: %d us, p99: %d us, max: %d us (target: p99 < 1000 us)%n%n",
                percentile(micros, 0.50), percentile(micros, 0.90), percentile(micros, 0.99), micros[micros.length - 1]);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
