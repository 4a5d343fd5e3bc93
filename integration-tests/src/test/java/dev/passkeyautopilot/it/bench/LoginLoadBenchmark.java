package dev.passkeyautopilot.it.bench;

import dev.passkeyautopilot.it.LoginLoadRealms;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.HttpPasskeyFlows;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.IDENTIFIER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSKEY;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;

/**
 * Server cost of a login, ours against Keycloak's own, at the protocol level: one Keycloak in production mode
 * ({@code kc.sh build} + {@code start --optimized}, themes and templates cached, PostgreSQL, HTTP on loopback), users
 * enrolled once with a passkey on a software authenticator, then several rounds in which every mode runs one batch
 * (the order rotates from round to round): Keycloak's built-in passkey login, Keycloak's password login, our automatic
 * passkey login after the username, our passkey autofill, our passkey second factor after Keycloak's password form.
 *
 * <p>Prints per mode and round logins/s, p50/p99 latency and the Keycloak JVM's own CPU time per login (user + system
 * time of the process, before and after the batch), the ratios to the built-in passkey login of the same round and
 * their median, next to the goals of docs/performance.md. Asserts no timing: only that every login succeeded (an
 * authorization code came back), so a broken flow cannot pass as a fast one.
 *
 * <p>Knobs (system properties): {@code pa.bench.users} (16), {@code pa.bench.concurrency} (2 client threads),
 * {@code pa.bench.rounds} (5), {@code pa.bench.logins} (logins per mode and round, 80), {@code pa.bench.warmup}
 * (logins per mode before measuring, 600: with fewer, the JIT was still compiling in the first rounds), {@code pa.bench.jfr} (a file: records the measured rounds with Java Flight
 * Recorder in the Keycloak JVM).
 */
// thousands of logins of a few users within minutes: far beyond the hourly limit of stored operations
@WithKeycloak(production = true, options = "--spi-jpa-entity-provider--passkey-autopilot--operations-per-user-per-hour=1000000")
class LoginLoadBenchmark {

    private static final String PASSWORD = "bench-load-password";
    private static final Pattern CHALLENGE = Pattern.compile("challenge\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern RP_ID = Pattern.compile("rpId\\s*:\\s*\"([^\"]*)\"");

    private static final int USERS = Integer.getInteger("pa.bench.users", 16);
    private static final int CONCURRENCY = Integer.getInteger("pa.bench.concurrency", 2);
    private static final int ROUNDS = Integer.getInteger("pa.bench.rounds", 5);
    private static final int LOGINS = Integer.getInteger("pa.bench.logins", 80);
    private static final int WARMUP = Integer.getInteger("pa.bench.warmup", 600);
    private static final long IDLE_MILLIS = 15_000;

    /** The modes, the built-in passkey login first: every ratio is to it. */
    enum Mode {
        BUILTIN_PASSKEY("Keycloak built-in passkey login (1 POST)"),
        PASSWORD("Keycloak password login (1 POST)"),
        AUTOMATIC("ours: automatic passkey after the username (2 POSTs)"),
        AUTOFILL("ours: passkey autofill on the identifier page (1 POST)"),
        SECOND_FACTOR("ours: passkey second factor after Keycloak's password (2 POSTs)");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    private record User(String username, SoftwareAuthenticator authenticator) {
    }

    /** One mode's batch in one round. */
    private record Batch(int logins, long wallNanos, long[] latencyNanos, long serverCpuNanos) {

        double loginsPerSecond() {
            return logins / (wallNanos / 1e9);
        }

        double p50Millis() {
            return percentile(0.50) / 1e6;
        }

        double p99Millis() {
            return percentile(0.99) / 1e6;
        }

        double cpuMillisPerLogin() {
            return serverCpuNanos / 1e6 / logins;
        }

        /** CPU per login without what Keycloak spends idle during the batch's wall time. */
        double netCpuMillisPerLogin(double idleCpuMillisPerSecond) {
            return (serverCpuNanos / 1e6 - idleCpuMillisPerSecond * wallNanos / 1e9) / logins;
        }

        private long percentile(double p) {
            return latencyNanos[Math.min(latencyNanos.length - 1, (int) Math.ceil(p * latencyNanos.length) - 1)];
        }
    }

    private HttpPasskeyFlows flows;

    @Test
    void loginsOfEachModeInterleaved(KeycloakTarget keycloak, AdminClient admin) throws Exception {
        String realm = "load-" + System.currentTimeMillis();
        admin.importRealm(LoginLoadRealms.definition(admin, realm));
        flows = new HttpPasskeyFlows(keycloak.baseUrl(), realm);
        ProcessHandle server = keycloakProcess(keycloak);

        long enrolStart = System.nanoTime();
        List<User> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String username = "load-" + i;
            admin.createUser(realm, username, PASSWORD);
            SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
            // one passkey, created on our append page after a password login: every flow of the realm accepts it
            flows.registerPasskey(username, PASSWORD, authenticator);
            declineOfferAfterKeycloaksPasswordForm(username);
            users.add(new User(username, authenticator));
        }
        long enrolMillis = (System.nanoTime() - enrolStart) / 1_000_000;

        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            for (Mode mode : Mode.values()) {
                runBatch(clients, mode, users, WARMUP, server);
            }
            String jfr = System.getProperty("pa.bench.jfr", "");
            if (!jfr.isBlank()) {
                jcmd(server, "JFR.start", "name=pa-bench", "settings=profile");
            }
            double idleCpuMillisPerSecond = idleCpuMillisPerSecond(server);
            List<Map<Mode, Batch>> rounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Map<Mode, Batch> batches = new EnumMap<>(Mode.class);
                Mode[] modes = Mode.values();
                for (int i = 0; i < modes.length; i++) {
                    // rotate the order, so no mode always runs right after the same other one
                    Mode mode = modes[(i + round) % modes.length];
                    batches.put(mode, runBatch(clients, mode, users, LOGINS, server));
                }
                rounds.add(batches);
            }
            if (!jfr.isBlank()) {
                jcmd(server, "JFR.dump", "name=pa-bench", "filename=" + Path.of(jfr).toAbsolutePath());
                jcmd(server, "JFR.stop", "name=pa-bench");
            }
            report(rounds, enrolMillis, idleCpuMillisPerSecond);
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * A password login on Keycloak's form, from a browser that reported nothing about its passkeys, is offered a passkey
     * (our append step): "Not now" once, so the measured password logins end at the code, as a user's who declined.
     */
    private void declineOfferAfterKeycloaksPasswordForm(String username) {
        LoginHttpClient browser = flows.newBrowser();
        LoginHttpClient.Page page = browser.submit(browser.start(LoginLoadRealms.KEYCLOAK_CLIENT),
                Map.of("username", username, "password", PASSWORD, "credentialId", ""));
        if (HttpPasskeyFlows.APPEND.equals(page.template())) {
            page = browser.submit(page, Map.of("pa_action", "skip"));
        }
        if (!page.loggedIn()) {
            throw new AssertionError("password login of " + username + " did not complete: " + page.status() + " " + page.template());
        }
    }

    /** Runs {@code logins} logins of this mode on {@link #CONCURRENCY} threads; each user is only ever on one thread. */
    private Batch runBatch(ExecutorService clients, Mode mode, List<User> users, int logins, ProcessHandle server)
            throws InterruptedException {
        long[] latencies = new long[logins];
        long cpuBefore = cpuNanos(server);
        long start = System.nanoTime();
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < CONCURRENCY; t++) {
            int thread = t;
            // users thread, thread + C, ...: a software authenticator's counter is never raced
            List<User> own = new ArrayList<>();
            for (int u = thread; u < users.size(); u += CONCURRENCY) {
                own.add(users.get(u));
            }
            threads.add(clients.submit(() -> {
                for (int i = thread; i < logins; i += CONCURRENCY) {
                    User user = own.get((i / CONCURRENCY) % own.size());
                    long began = System.nanoTime();
                    LoginHttpClient.Page result = login(mode, user);
                    latencies[i] = System.nanoTime() - began;
                    if (!result.loggedIn()) {
                        throw new AssertionError(mode + " login of " + user.username() + " did not return an authorization code: "
                                + result.status() + " " + result.template() + " " + result.location() + " '"
                                + (result.isRedirect() ? "" : result.message()) + "'");
                    }
                }
                return null;
            }));
        }
        for (Future<?> thread : threads) {
            try {
                thread.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AssertionError failure) {
                    throw failure;
                }
                throw new AssertionError(mode + " batch failed", e.getCause());
            }
        }
        long wall = System.nanoTime() - start;
        long cpu = cpuNanos(server) - cpuBefore;
        Arrays.sort(latencies);
        return new Batch(logins, wall, latencies, cpu);
    }

    /**
     * What Keycloak burns without logins (background jobs: the audit relay, KPI rollups, cache expiry, JIT): a batch's CPU
     * includes this for its whole wall time, which weighs more on a slow batch; the report also shows CPU per login net
     * of it.
     */
    private static double idleCpuMillisPerSecond(ProcessHandle server) throws InterruptedException {
        long before = cpuNanos(server);
        long start = System.nanoTime();
        Thread.sleep(IDLE_MILLIS);
        return (cpuNanos(server) - before) / 1e6 / ((System.nanoTime() - start) / 1e9);
    }

    /** One complete login of this mode in a fresh browser; the last response (the redirect with the code, if it worked). */
    private LoginHttpClient.Page login(Mode mode, User user) {
        LoginHttpClient browser = flows.newBrowser();
        return switch (mode) {
            case BUILTIN_PASSKEY -> {
                // Keycloak's login page with passkeys on: the passkey is picked from the username field's autofill
                LoginHttpClient.Page page = browser.start(LoginLoadRealms.KEYCLOAK_CLIENT);
                Map<String, String> ours = user.authenticator().assertion(keycloakRequestOptions(page), browser.origin()).fields();
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("credentialId", ours.get("pa_credential_id"));
                fields.put("clientDataJSON", ours.get("pa_client_data"));
                fields.put("authenticatorData", ours.get("pa_authenticator_data"));
                fields.put("signature", ours.get("pa_signature"));
                fields.put("userHandle", ours.get("pa_user_handle"));
                fields.put("error", "");
                yield browser.submit(page, fields);
            }
            case PASSWORD -> {
                LoginHttpClient.Page page = browser.start(LoginLoadRealms.KEYCLOAK_CLIENT);
                yield browser.submit(page, Map.of("username", user.username(), "password", PASSWORD, "credentialId", ""));
            }
            case AUTOMATIC -> {
                LoginHttpClient.Page passkey = expect(flows.identify(browser, user.username()), PASSKEY);
                yield submitAssertion(browser, passkey, user, passkey.data("data-request-options"));
            }
            case AUTOFILL -> {
                LoginHttpClient.Page identifier = expect(browser.start(), IDENTIFIER);
                yield submitAssertion(browser, identifier, user, identifier.data("data-conditional-options"));
            }
            case SECOND_FACTOR -> {
                LoginHttpClient.Page page = browser.start(LoginLoadRealms.SECOND_FACTOR_CLIENT);
                LoginHttpClient.Page passkey = expect(browser.submit(page, Map.of("username", user.username(), "password", PASSWORD,
                        "credentialId", "")), PASSKEY);
                yield submitAssertion(browser, passkey, user, passkey.data("data-request-options"));
            }
        };
    }

    private static LoginHttpClient.Page submitAssertion(LoginHttpClient browser, LoginHttpClient.Page page, User user, String options) {
        Map<String, String> fields = new LinkedHashMap<>(user.authenticator().assertion(options, browser.origin()).fields());
        fields.put("pa_action", "passkey");
        return browser.submit(page, fields);
    }

    /** The request options Keycloak's login page hands its script (challenge and rpId), as JSON for the authenticator. */
    private static String keycloakRequestOptions(LoginHttpClient.Page page) {
        Matcher challenge = CHALLENGE.matcher(page.html());
        if (!challenge.find()) {
            throw new AssertionError("Keycloak's login page has no passkey challenge (passkeys off?): " + page.status() + "\n"
                    + page.html());
        }
        Matcher rpId = RP_ID.matcher(page.html());
        // an empty rpId means the page's host, as the browser would take it
        String rp = rpId.find() && !rpId.group(1).isEmpty() ? rpId.group(1) : URI.create(page.formAction()).getHost();
        return "{\"challenge\":\"" + challenge.group(1) + "\",\"rpId\":\"" + rp + "\"}";
    }

    private void report(List<Map<Mode, Batch>> rounds, long enrolMillis, double idle) {
        System.out.printf("%n=== Login load: ours against Keycloak's own (production mode, PostgreSQL, HTTP on loopback) ===%n");
        System.out.printf("users: %d (enrolled in %,d ms), client threads: %d, rounds: %d, logins per mode and round: %d,"
                + " warm-up logins per mode: %d; Keycloak idle: %.1f ms CPU/s%n", USERS, enrolMillis, CONCURRENCY, ROUNDS, LOGINS,
                WARMUP, idle);
        System.out.printf("CPU: the Keycloak JVM's CPU time per login; net: without its idle CPU over the batch's wall time;"
                + " ×: to the built-in passkey login of the same round%n");
        String header = "%-64s %5s %9s %9s %9s %9s %7s %9s %7s %9s%n";
        String row = "%-64s %5s %9.1f %9.1f %9.1f %9.2f %7.2f %9.2f %7.2f %+9.1f";
        System.out.printf(header, "mode", "round", "logins/s", "p50 ms", "p99 ms", "CPU ms", "CPU ×", "net ms", "net ×", "p99 Δ ms");
        Map<Mode, List<Double>> cpuRatios = new EnumMap<>(Mode.class);
        Map<Mode, List<Double>> netRatios = new EnumMap<>(Mode.class);
        Map<Mode, List<Double>> p99Deltas = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            cpuRatios.put(mode, new ArrayList<>());
            netRatios.put(mode, new ArrayList<>());
            p99Deltas.put(mode, new ArrayList<>());
            for (int r = 0; r < rounds.size(); r++) {
                Batch batch = rounds.get(r).get(mode);
                Batch builtin = rounds.get(r).get(Mode.BUILTIN_PASSKEY);
                double ratio = batch.cpuMillisPerLogin() / builtin.cpuMillisPerLogin();
                double netRatio = batch.netCpuMillisPerLogin(idle) / builtin.netCpuMillisPerLogin(idle);
                double delta = batch.p99Millis() - builtin.p99Millis();
                cpuRatios.get(mode).add(ratio);
                netRatios.get(mode).add(netRatio);
                p99Deltas.get(mode).add(delta);
                System.out.printf(row + "%n", mode.label, r + 1, batch.loginsPerSecond(), batch.p50Millis(), batch.p99Millis(),
                        batch.cpuMillisPerLogin(), ratio, batch.netCpuMillisPerLogin(idle), netRatio, delta);
            }
        }
        System.out.printf("%n--- medians over the %d rounds ---%n", rounds.size());
        System.out.printf(header.replace("%n", "  %s%n"), "mode", "", "logins/s", "p50 ms", "p99 ms", "CPU ms", "CPU ×", "net ms",
                "net ×", "p99 Δ ms", "goal");
        for (Mode mode : Mode.values()) {
            double ratio = median(cpuRatios.get(mode));
            double netRatio = median(netRatios.get(mode));
            double delta = median(p99Deltas.get(mode));
            System.out.printf(row + "  %s%n", mode.label, "",
                    median(rounds.stream().map(r -> r.get(mode).loginsPerSecond()).toList()),
                    median(rounds.stream().map(r -> r.get(mode).p50Millis()).toList()),
                    median(rounds.stream().map(r -> r.get(mode).p99Millis()).toList()),
                    median(rounds.stream().map(r -> r.get(mode).cpuMillisPerLogin()).toList()), ratio,
                    median(rounds.stream().map(r -> r.get(mode).netCpuMillisPerLogin(idle)).toList()), netRatio, delta,
                    goal(mode, ratio, delta));
        }
        System.out.println();
    }

    /** The goals of issue 16 and docs/performance.md, with whether this run's medians meet them. */
    private static String goal(Mode mode, double cpuRatio, double p99Delta) {
        return switch (mode) {
            case AUTOMATIC -> String.format("CPU ≤ 1.10× (%s), p99 ≤ built-in + 10 ms (%s)", cpuRatio <= 1.10 ? "met" : "missed",
                    p99Delta <= 10 ? "met" : "missed");
            case AUTOFILL -> String.format("CPU ≤ 0.95× (%s)", cpuRatio <= 0.95 ? "met" : "missed");
            case BUILTIN_PASSKEY -> "reference";
            default -> "none (for comparison)";
        };
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * The Keycloak JVM: the java process (not the kc.sh shell around it) launched with this server's HTTP port. Its CPU
     * time is user + system time of all its threads, request workers, GC and JIT alike, as the operator's host sees it.
     */
    private static ProcessHandle keycloakProcess(KeycloakTarget keycloak) {
        String port = "--http-port=" + URI.create(keycloak.baseUrl()).getPort();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .filter(p -> p.info().commandLine().map(c -> c.contains(port)).orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no java process with " + port + ": cannot read Keycloak's CPU time"));
    }

    private static long cpuNanos(ProcessHandle server) {
        Duration cpu = server.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("the CPU time of process " + server.pid() + " is not readable"));
        return cpu.toNanos();
    }

    /** Runs {@code jcmd <pid> ...} with the JDK that runs Keycloak. */
    private static void jcmd(ProcessHandle server, String... command) throws IOException, InterruptedException {
        Path java = Path.of(server.info().command().orElseThrow());
        List<String> line = new ArrayList<>(List.of(java.resolveSibling("jcmd").toString(), Long.toString(server.pid())));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
        }
        System.out.println(String.join(" ", line) + ": " + output.trim());
    }
}
