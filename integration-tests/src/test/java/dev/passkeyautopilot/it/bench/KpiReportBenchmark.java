package dev.passkeyautopilot.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Response times of the KPI reports ({@code /kpi}, {@code /kpi?groupBy=os}, {@code /kpi/daily}, both funnels) over
 * the last 30 days of a realm holding 10,000,000 passkey operations, 5,000,000 sign-ins, 100,000 users and their
 * passkeys, written with SQL straight into Keycloak's PostgreSQL database. The rollups of the 30 days are computed
 * once (timed) before the requests. Prints p50/p90/p99/max per endpoint next to the target (p99 under 200 ms);
 * asserts only that every answer is a 200 that counts the loaded rows.
 *
 * <p>Sizes: {@code -Dpa.bench.kpi.operations}, {@code -Dpa.bench.kpi.signins}, {@code -Dpa.bench.kpi.users},
 * {@code -Dpa.bench.kpi.requests} (per endpoint, default 200). Run with
 * {@code ./mvnw -B verify -Pbenchmarks -pl integration-tests -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=KpiReportBenchmark}.
 *
 * <p>The server refreshes rollups only through reports (the job's interval is an hour here), and a report uses
 * rollups up to 30 s old ({@code kpi-report-max-staleness-seconds}); a last phase times reports that do refresh
 * (the staleness passed), as every report does with the default staleness of 0.
 */
@WithKeycloak(options = {
        "--spi-jpa-entity-provider--passkey-autopilot--kpi-rollup-interval-seconds=3600",
        "--spi-jpa-entity-provider--passkey-autopilot--kpi-report-max-staleness-seconds=" + KpiReportBenchmark.STALENESS_SECONDS})
class KpiReportBenchmark {

    static final int STALENESS_SECONDS = 30;
    private static final long OPERATIONS = Long.getLong("pa.bench.kpi.operations", 10_000_000L);
    private static final long SIGN_INS = Long.getLong("pa.bench.kpi.signins", 5_000_000L);
    private static final long USERS = Long.getLong("pa.bench.kpi.users", 100_000L);
    private static final int REQUESTS = Integer.getInteger("pa.bench.kpi.requests", 200);
    private static final int REFRESHING_REQUESTS = Integer.getInteger("pa.bench.kpi.refreshing-requests", 4);
    private static final long DAY_MILLIS = 86_400_000L;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void reportTimesOverTenMillionOperations(KeycloakTarget keycloak, AdminClient admin, Sql sql) throws Exception {
        String realm = "bench-kpi-" + System.currentTimeMillis();
        admin.importRealm(dev.passkeyautopilot.it.BenchmarkRealms.definition(admin, realm));
        String realmId = admin.realm(realm).path("id").asText();
        // the rows end a minute ago and span 30 days back from there
        long end = System.currentTimeMillis() - 60_000;
        long span = 30 * DAY_MILLIS;

        System.out.printf("%n=== KPI reports (PostgreSQL) ===%n");
        long t = System.nanoTime();
        loadUsersAndPasskeys(sql, realmId, end);
        System.out.printf("users: %,d with passkeys (40%% one, 10%% two; 80%% created through the extension), loaded in %,d ms%n",
                USERS, (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        loadOperations(sql, realmId, end, span);
        System.out.printf("operations: %,d over 30 days, loaded in %,d ms%n", OPERATIONS, (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        loadSignIns(sql, realmId, end, span);
        System.out.printf("sign-ins: %,d over 30 days, loaded in %,d ms%n", SIGN_INS, (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        sql.update("vacuum analyze pa_passkey_operation");
        sql.update("vacuum analyze pa_sign_in");
        sql.update("vacuum analyze credential");
        sql.update("vacuum analyze pa_passkey_details");
        sql.update("vacuum analyze user_entity");
        System.out.printf("vacuum analyze: %,d ms%n", (System.nanoTime() - t) / 1_000_000);

        // the rollups of the loaded days: the job computes only days it saw end, so start it 32 days back
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        sql.update("insert into pa_kpi_rollup_state (realm_id, computed_through, refreshed_at) values (?, ?, 0)", realmId,
                today.minusDays(32).toString());
        String base = keycloak.baseUrl() + "/admin/realms/" + realm + "/passkey-autopilot/kpi";
        String period = "from=" + today.minusDays(29) + "&to=" + today;
        t = System.nanoTime();
        JsonNode first = get(admin, base + "?" + period);
        System.out.printf("rollups of 33 days computed by the first report in %,d ms (%,d rollup rows, %,d active-user days,"
                        + " %,d users numbered)%n", (System.nanoTime() - t) / 1_000_000,
                sql.count("select count(*) from pa_kpi_daily where realm_id = ?", realmId),
                sql.count("select count(*) from pa_kpi_active_day where realm_id = ?", realmId),
                sql.count("select count(*) from pa_kpi_user_number where realm_id = ?", realmId));
        long counted = first.path("enrollment").path("offered").asLong() + first.path("enrollment").path("deferred").asLong()
                + first.path("login").path("passkeyStarted").asLong();
        if (first.path("login").path("signIns").asLong() == 0 || counted == 0) {
            throw new AssertionError("the report counts nothing of the loaded rows: " + first);
        }
        System.out.printf("report: %,d sign-ins, %,d passkey sign-ins started, %,d offers, %,d active users; posture %s%n",
                first.path("login").path("signIns").asLong(), first.path("login").path("passkeyStarted").asLong(),
                first.path("enrollment").path("offered").asLong(), first.path("coverage").path("activeUsers").asLong(),
                first.path("posture"));

        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("/kpi", base + "?" + period);
        endpoints.put("/kpi?groupBy=os", base + "?groupBy=os&" + period);
        endpoints.put("/kpi/daily", base + "/daily?" + period);
        endpoints.put("/kpi/funnels/append", base + "/funnels/append?" + period);
        endpoints.put("/kpi/funnels/login", base + "/funnels/login?" + period);
        System.out.printf("%d requests per endpoint after 20 warm-up requests, one at a time, period %s (30 days, today included);"
                + " rollups at most %d s old; target: p99 < 200 ms%n", REQUESTS, period, STALENESS_SECONDS);
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            for (int i = 0; i < 20; i++) {
                get(admin, endpoint.getValue());
            }
            long[] millis = new long[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                long s = System.nanoTime();
                get(admin, endpoint.getValue());
                millis[i] = (System.nanoTime() - s) / 1_000_000;
            }
            print(endpoint.getKey(), millis);
        }

        // reports that refresh today's and yesterday's rollups first: what every report pays with staleness 0
        long[] refreshing = new long[REFRESHING_REQUESTS];
        for (int i = 0; i < REFRESHING_REQUESTS; i++) {
            Thread.sleep((STALENESS_SECONDS + 1) * 1000L);
            long s = System.nanoTime();
            get(admin, endpoints.get("/kpi"));
            refreshing[i] = (System.nanoTime() - s) / 1_000_000;
        }
        print("/kpi refreshing first", refreshing);
        System.out.println();
    }

    private static void print(String label, long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%-24s n=%d p50 %,d ms, p90 %,d ms, p99 %,d ms, max %,d ms%n", label, sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static JsonNode get(AdminClient admin, String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + admin.accessToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return admin.json().readTree(response.body());
    }

    /** Users {@code bu-1..n}; 40 % hold a passkey and 10 % a second; 4 of 5 passkeys have our details row. */
    private static void loadUsersAndPasskeys(Sql sql, String realmId, long end) {
        sql.update("insert into user_entity (id, realm_id, username, email_constraint, enabled, email_verified, created_timestamp,"
                + " not_before) select 'bu-' || g, ?, 'bench-user-' || g, 'bu-' || g, true, false, ?, 0"
                + " from generate_series(1, ?) g", realmId, end - 90 * DAY_MILLIS, USERS);
        // passkey n of user g: provider by g, synced for the password managers, device-bound for security keys
        String passkeys = " from generate_series(1, ?) g cross join generate_series(1, 2) n where g % 10 < 4 and (n = 1 or g % 10 = 0)";
        sql.update("insert into credential (id, type, user_id, created_date, user_label, secret_data, credential_data, priority)"
                + " select 'bc-' || g || '-' || n, 'webauthn-passwordless', 'bu-' || g, ?, 'Passkey', '{}',"
                + " '{\"aaguid\":\"' || (array['ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd',"
                + " '08987058-cadc-4b81-b6e1-30de50dcbe96', 'cb69481e-8ff7-4039-93ec-0a2729a154a8'])[1 + (g + n) % 4]"
                + " || '\",\"counter\":0}', 10 + n" + passkeys, end - 60 * DAY_MILLIS, USERS);
        sql.update("insert into pa_passkey_details (credential_id, realm_id, user_id, backup_eligible, backup_state, attachment,"
                + " created_os, created_browser, created_device_class, created_at, use_count, aaguid)"
                + " select 'bc-' || g || '-' || n, ?, 'bu-' || g, (g + n) % 4 < 2, (g + n) % 4 < 2,"
                + " case when (g + n) % 4 = 3 then 'cross-platform' else 'platform' end,"
                + " (array['Android', 'Mac OS X', 'Windows', 'Windows'])[1 + (g + n) % 4], 'Chrome', 'desktop', ?, 0,"
                + " (array['ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd',"
                + " '08987058-cadc-4b81-b6e1-30de50dcbe96', 'cb69481e-8ff7-4039-93ec-0a2729a154a8'])[1 + (g + n) % 4]"
                + passkeys + " and g % 5 <> 1", realmId, end - 60 * DAY_MILLIS, USERS);
    }

    /**
     * Operations evenly over the span, newest at {@code end}: 70 % logins (automatic, autofill, button; mostly
     * successful, some cancelled, timed out, not allowed, or the password chosen), 20 % append offers (created,
     * skipped, failed, deferred, in two experiment arms), 10 % second factor; six OS families with their browsers,
     * four clients.
     */
    private static void loadOperations(Sql sql, String realmId, long end, long span) {
        sql.update("insert into pa_passkey_operation (id, realm_id, user_id, kind, started_at, duration_ms, outcome, decision,"
                + " decision_reasons, automatic, environment_key, os_family, os_version, browser_family, browser_version, device_class,"
                + " identified_by, signed_in, client_id, method, arms)"
                + " select 'bo-' || g, ?, 'bu-' || (1 + (g * 7919) % ?), kind, ? - (g * ? / ?), duration, outcome, decision,"
                + " 'platform_authenticator,history_ok', coalesce(method = 'passkey_automatic', false), os || '|' || browser, os, '15', browser,"
                + " '131.0.0', device, 'username', outcome = 'success', client, method, arms"
                + " from (select g, k, h, kind, os, device, browser, client,"
                + "   case when kind = 'append' then case when h < 40 then 'success' when h < 75 then 'skipped' when h < 85 then 'cancelled'"
                + "     when h < 95 then 'deferred' else 'pending' end"
                + "   else case when h < 85 then 'success' when h < 91 then 'cancelled' when h < 94 then 'not_allowed' when h < 96 then 'timeout'"
                + "     when h < 98 then 'password_chosen' else 'unknown_credential' end end as outcome,"
                + "   case when kind = 'append' then null when kind = 'second_factor' then 'passkey_second_factor'"
                + "     when k % 3 = 0 then 'passkey_automatic' when k % 3 = 1 then 'passkey_autofill' else 'passkey_button' end as method,"
                + "   case when kind = 'append' then 'offer' when k % 4 = 0 then 'auto_passkey' when k % 4 = 1 then 'conditional_only'"
                + "     when k % 4 = 2 then 'button_only' else 'fallback' end as decision,"
                + "   case when h < 90 then 300 + (g * 31) % 6000 else 15000 + (g * 17) % 90000 end as duration,"
                + "   case when kind = 'append' and k % 2 = 0 then 'append-copy:A' when kind = 'append' then 'append-copy:B' else null end as arms"
                + " from (select g, (g * 31) % 1000 as k, (g * 13) % 100 as h,"
                + "   case when g % 10 < 7 then 'login' when g % 10 < 9 then 'append' else 'second_factor' end as kind,"
                + "   (array['Windows', 'Mac OS X', 'iOS', 'Android', 'Linux', 'Chrome OS'])[1 + (g * 7) % 6] as os,"
                + "   (array['desktop', 'desktop', 'mobile', 'mobile', 'desktop', 'desktop'])[1 + (g * 7) % 6] as device,"
                + "   (array['Chrome', 'Safari', 'Mobile Safari', 'Chrome Mobile', 'Firefox', 'Chrome'])[1 + (g * 7) % 6] as browser,"
                + "   (array['account-console', 'portal', 'mobile-app', 'intranet'])[1 + (g * 3) % 4] as client"
                + "   from generate_series(1, ?) g) facts) ops", realmId, USERS, end, span, OPERATIONS, OPERATIONS);
    }

    /** Sign-ins evenly over the span: half with a password, 40 % with a passkey, 10 % through an identity provider. */
    private static void loadSignIns(Sql sql, String realmId, long end, long span) {
        sql.update("insert into pa_sign_in (id, realm_id, user_id, signed_in_at, method, client_id, os_family, browser_family,"
                + " device_class, held_passkey, append_stage)"
                + " select 'bs-' || g, ?, 'bu-' || u, ? - (g * ? / ?),"
                + " case when g % 10 < 5 then 'password' when g % 10 < 9 then 'passkey' else 'identity_provider' end,"
                + " (array['account-console', 'portal', 'mobile-app', 'intranet'])[1 + (g * 3) % 4],"
                + " (array['Windows', 'Mac OS X', 'iOS', 'Android', 'Linux', 'Chrome OS'])[1 + (g * 7) % 6],"
                + " (array['Chrome', 'Safari', 'Mobile Safari', 'Chrome Mobile', 'Firefox', 'Chrome'])[1 + (g * 7) % 6],"
                + " (array['desktop', 'desktop', 'mobile', 'mobile', 'desktop', 'desktop'])[1 + (g * 7) % 6],"
                + " u % 10 < 4,"
                + " case when g % 10 >= 5 then null when u % 10 < 4 then 'not_eligible' when g % 3 = 0 then 'offered'"
                + "   when g % 3 = 1 then 'intelligence_declined' else 'rollout_excluded' end"
                + " from (select g, 1 + (g * 7919) % ? as u from generate_series(1, ?) g) s", realmId, end, span, SIGN_INS, USERS, SIGN_INS);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
