package dev.passkeyautopilot.it.bench;

import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rate and memory of the operation export ({@code GET .../kpi/export}, pseudonymised, CSV then NDJSON) over
 * operation rows in PostgreSQL. Keycloak's heap is read from its own {@code /metrics} before, every 100 ms during,
 * and after each export. Prints figures; asserts only that every row came out (the target is 100,000 rows/s with
 * flat memory). Rows: {@code -Dpa.bench.export.rows} (default 1,000,000). Run with
 * {@code ./mvnw -B verify -pl integration-tests -am -Pbenchmarks -Dit.test=ExportBenchmark}.
 */
@WithKeycloak
class ExportBenchmark {

    private static final int ROWS = Integer.getInteger("pa.bench.export.rows", 1_000_000);
    private static final Pattern HEAP_USED = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*}\\s+(\\S+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void exportRate(KeycloakTarget keycloak, AdminClient admin, Sql sql) throws Exception {
        String realm = "bench-export-" + System.currentTimeMillis();
        admin.importRealm(dev.passkeyautopilot.it.BenchmarkRealms.definition(admin, realm));
        String realmId = admin.realm(realm).path("id").asText();
        long loadStart = System.nanoTime();
        // rows over the past 30 days, 5,000 users, a mix of kinds, outcomes and environments
        sql.update("insert into pa_passkey_operation (id, realm_id, user_id, kind, started_at, duration_ms, outcome, decision,"
                + " decision_reasons, automatic, environment_key, os_family, os_version, browser_family, browser_version, device_class)"
                + " select gen_random_uuid()::text, ?, 'bench-user-' || (g % 5000),"
                + " case when g % 5 = 0 then 'append' else 'login' end,"
                + " (extract(epoch from now()) * 1000)::bigint - (g::bigint * 2592000000 / ?),"
                + " case when g % 4 = 0 then null else 400 + g % 3000 end,"
                + " case when g % 7 = 0 then 'cancelled' when g % 11 = 0 then 'not_allowed' else 'success' end,"
                + " 'auto_passkey', 'platform_authenticator,history_ok', g % 3 <> 0,"
                + " 'OS' || (g % 40) || '|Browser', case when g % 2 = 0 then 'Windows' else 'Mac OS X' end, '10',"
                + " case when g % 3 = 0 then 'Safari' else 'Chrome' end, '126.0.0', 'desktop'"
                + " from generate_series(1, ?) g", realmId, ROWS, ROWS);
        sql.update("analyze pa_passkey_operation");
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String url = keycloak.baseUrl() + "/admin/realms/" + realm + "/passkey-autopilot/kpi/export?from=" + today.minusDays(31)
                + "&to=" + today;

        System.out.printf("%n=== Operation export (PostgreSQL, pseudonymised user ids) ===%n");
        System.out.printf("operation rows in the realm: %,d, loaded in %,d ms%n", ROWS, loadMillis);
        run(keycloak, url + "&format=csv", admin, "CSV (warm-up)");
        run(keycloak, url + "&format=csv", admin, "CSV");
        run(keycloak, url + "&format=ndjson", admin, "NDJSON");
    }

    private void run(KeycloakTarget keycloak, String url, AdminClient admin, String label) throws Exception {
        long heapBefore = heapUsed(keycloak);
        AtomicLong heapMax = new AtomicLong(heapBefore);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                heapMax.accumulateAndGet(heapUsed(keycloak), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.start();
        long started = System.nanoTime();
        long lines = 0;
        long bytes = 0;
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + admin.accessToken())
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError("export answered " + response.statusCode() + ": " + new String(response.body().readAllBytes()));
        }
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = body.read(buffer)) > 0) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.join();
        long heapAfter = heapUsed(keycloak);
        long rows = label.startsWith("CSV") ? lines - 1 : lines;
        if (rows != ROWS) {
            throw new AssertionError(label + ": " + rows + " rows exported, " + ROWS + " stored");
        }
        System.out.printf("%-14s %,d rows, %,d MB in %.2f s: %,.0f rows/s; Keycloak heap used before %,d MB, max during %,d MB,"
                        + " after %,d MB%n", label, rows, bytes / 1_000_000, seconds, rows / seconds, heapBefore / 1_000_000,
                heapMax.get() / 1_000_000, heapAfter / 1_000_000);
    }

    /** Heap in use, summed over the heap pools Keycloak's /metrics reports. */
    private static long heapUsed(KeycloakTarget keycloak) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.managementUrl() + "/metrics")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher used = HEAP_USED.matcher(metrics);
            double sum = 0;
            while (used.find()) {
                sum += Double.parseDouble(used.group(1));
            }
            return (long) sum;
        } catch (IOException e) {
            throw new IllegalStateException("reading " + keycloak.managementUrl() + "/metrics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
