package dev.passkeyautopilot.it.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Launches Keycloak from the official distribution in a private copy of the distribution, with the given providers,
 * database options, extra options and env: by default {@code kc.sh start-dev} (HTTP, no hostname setup, local
 * caches); with {@link Builder#production()} {@code kc.sh start --optimized} on an {@link OptimizedBuild} image, HTTP
 * on loopback, clustered Infinispan caches with Keycloak's default JDBC-PING discovery through the database and a
 * JGroups port of its own on 127.0.0.1, so nodes on one database form a cluster.
 * Logs go to {@code <artifacts>/keycloak-<name>.log}; {@link #restart()} keeps the work directory, ports and
 * database.
 */
public final class KeycloakServer {

    private static final System.Logger LOG = System.getLogger(KeycloakServer.class.getName());
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Path pristine;
    private final Path workDir;
    private final Path logFile;
    private final List<Path> providers;
    private final List<Path> realmImports;
    private final List<String> options;
    private final Map<String, String> env;
    private final Duration startupTimeout;
    private final int httpPort;
    private final int managementPort;
    private final boolean production;
    /** JGroups (cluster transport) port; 0 in dev mode, which has no cluster. */
    private final int clusterPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Process process;
    private Thread shutdownHook;
    private Duration lastStartupTime;
    private boolean prepared;

    private KeycloakServer(Builder builder) {
        this.name = builder.name;
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        this.workDir = builder.workRoot.resolve(name + "-" + stamp + "-" + ProcessHandle.current().pid());
        this.logFile = builder.artifactsDir.resolve("keycloak-" + name + ".log");
        this.providers = List.copyOf(builder.providers);
        this.realmImports = List.copyOf(builder.realmImports);
        this.options = List.copyOf(builder.options);
        this.env = Map.copyOf(builder.env);
        this.startupTimeout = builder.startupTimeout;
        this.httpPort = FreePorts.next();
        this.managementPort = FreePorts.next();
        this.pristine = builder.distribution;
        this.production = builder.production;
        this.clusterPort = production ? FreePorts.cluster() : 0;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Starts the server and waits until it is ready; fails with the log tail if it does not get there. */
    public synchronized KeycloakServer start() {
        if (isRunning()) {
            throw new IllegalStateException("Keycloak " + name + " is already running");
        }
        if (!prepared) {
            prepareWorkDir();
            prepared = true;
        }
        long started = System.nanoTime();
        process = launch();
        shutdownHook = new Thread(() -> ProcessTree.kill(process.toHandle()), "kill-keycloak-" + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        awaitReady(started);
        lastStartupTime = Duration.ofNanos(System.nanoTime() - started);
        LOG.log(System.Logger.Level.INFO, String.format("Keycloak %s ready in %.1f s at %s (log: %s)",
                name, lastStartupTime.toMillis() / 1000.0, baseUrl(), logFile));
        return this;
    }

    /** Stops the whole process tree (graceful first). Safe to call when not running. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        long started = System.nanoTime();
        ProcessTree.terminate(process.toHandle(), STOP_GRACE);
        removeShutdownHook();
        process = null;
        LOG.log(System.Logger.Level.INFO, String.format("Keycloak %s stopped in %.1f s", name,
                (System.nanoTime() - started) / 1e9));
    }

    /** Stop and start again on the same work directory, ports and database. */
    public synchronized void restart() {
        stop();
        start();
    }

    /** Deletes the work directory (after {@link #stop()}); the log stays in the artifacts directory. */
    public void deleteWorkDir() {
        if (isRunning()) {
            throw new IllegalStateException("stop Keycloak " + name + " before deleting its work directory");
        }
        TreeDeletion.delete(workDir);
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** {@code http://localhost:<port>}: browsers need a host name, not an IP, for WebAuthn. */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    /** The JGroups port on 127.0.0.1 (production mode); its failure detection listens {@value FreePorts#FAILURE_DETECTION_OFFSET} above. */
    public int clusterPort() {
        if (!production) {
            throw new IllegalStateException("Keycloak " + name + " runs in dev mode, without a cluster");
        }
        return clusterPort;
    }

    public boolean isProduction() {
        return production;
    }

    /** {@code http://127.0.0.1:<management port>}: health and metrics. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public Path workDir() {
        return workDir;
    }

    public Path logFile() {
        return logFile;
    }

    /** Time from launching kc.sh to ready, of the last start. */
    public Duration lastStartupTime() {
        return lastStartupTime;
    }

    private void prepareWorkDir() {
        long started = System.nanoTime();
        if (production) {
            // the image has the providers and the build; nodes of one configuration share it
            Path image = OptimizedBuild.image(pristine, providers, buildOptions(), workDir.getParent(),
                    logFile.resolveSibling("keycloak-build.log"), processEnvironment(), startupTimeout);
            DistributionCopy.copy(image, workDir);
        } else {
            DistributionCopy.copy(pristine, workDir);
        }
        try {
            if (!production) {
                for (Path provider : providers) {
                    Files.copy(provider, workDir.resolve("providers").resolve(provider.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path imports = workDir.resolve("data").resolve("import");
            Files.createDirectories(imports);
            for (Path realm : realmImports) {
                Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(logFile.getParent());
            Files.deleteIfExists(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("preparing " + workDir, e);
        }
        LOG.log(System.Logger.Level.INFO, String.format("Keycloak %s work dir %s prepared in %.1f s", name, workDir,
                (System.nanoTime() - started) / 1e9));
    }

    /** Options of {@code kc.sh build} in production mode; in dev mode {@code start-dev} takes them all. */
    private List<String> buildOptions() {
        List<String> build = new ArrayList<>(List.of("--health-enabled=true", "--metrics-enabled=true"));
        build.addAll(BuildTimeOptions.buildTime(options));
        return build;
    }

    private Process launch() {
        List<String> command = new ArrayList<>();
        command.add(workDir.resolve("bin").resolve("kc.sh").toString());
        if (production) {
            command.add("start");
            command.add("--optimized");
            command.add("--http-enabled=true");
            // the base URL follows the request (http://localhost:<port> of this node), as behind a proxy that
            // keeps the Host header; a cluster behind one host name sets --hostname instead
            command.add("--hostname-strict=false");
            command.add("--cache=ispn");
            command.add("--cache-stack=jdbc-ping");
            command.add("--cache-embedded-network-bind-address=127.0.0.1");
            command.add("--cache-embedded-network-bind-port=" + clusterPort);
        } else {
            command.add("start-dev");
            command.add("--health-enabled=true");
            // Free at runtime (meters are only looked up), and the metrics suite reads /metrics of the shared server.
            command.add("--metrics-enabled=true");
        }
        command.add("--http-port=" + httpPort);
        command.add("--http-management-port=" + managementPort);
        if (!realmImports.isEmpty()) {
            command.add("--import-realm");
        }
        command.addAll(production ? BuildTimeOptions.runtime(options) : options);

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(processEnvironment());
        try {
            appendToLog("=== " + String.join(" ", command) + "\n");
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("starting " + command, e);
        }
    }

    private Map<String, String> processEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", AdminClient.BOOTSTRAP_USERNAME);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", AdminClient.BOOTSTRAP_PASSWORD);
        // Turns on the test-only providers (the clock); they answer 404 anywhere else.
        environment.put("PA_TESTING", "true");
        // A fixed, modest heap: predictable on small CI machines, and the default 512m is tight with our jar.
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms256m -Xmx1g");
        // C1 only: augmentation + startup drop from ~56 s to ~37 s on 2 cores; tests never reach steady state.
        environment.put("JAVA_OPTS_APPEND", HarnessProperties.keycloakJavaOptsAppend());
        environment.putAll(env);
        return environment;
    }

    private void awaitReady(long startedNanos) {
        URI ready = URI.create(managementUrl() + "/health/ready");
        long deadline = startedNanos + startupTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                int exit = process.exitValue();
                removeShutdownHook();
                process = null;
                throw new IllegalStateException("Keycloak " + name + " exited with code " + exit
                        + " before it was ready.\n" + LogTail.of(logFile, 80));
            }
            if (isReady(ready)) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        stop();
        throw new IllegalStateException("Keycloak " + name + " was not ready within " + startupTimeout.toSeconds()
                + " s (-Dpa.it.startup.timeout.seconds to change), polled " + ready + ".\n" + LogTail.of(logFile, 80));
    }

    private boolean isReady(URI ready) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak " + name, e);
        }
    }

    private void appendToLog(String line) throws IOException {
        Files.writeString(logFile, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void removeShutdownHook() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down; the hook will run and kill what is left, which is fine.
            }
            shutdownHook = null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    /** Configuration of one server; defaults come from {@link HarnessProperties}. */
    public static final class Builder {
        private final String name;
        private Path distribution;
        private Path workRoot;
        private Path artifactsDir;
        private final List<Path> providers = new ArrayList<>();
        private final List<Path> realmImports = new ArrayList<>();
        private final List<String> options = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private Duration startupTimeout;
        private boolean production;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name);
        }

        public Builder distribution(Path pristineDistribution) {
            this.distribution = pristineDistribution;
            return this;
        }

        public Builder workRoot(Path directory) {
            this.workRoot = directory;
            return this;
        }

        public Builder artifactsDir(Path directory) {
            this.artifactsDir = directory;
            return this;
        }

        public Builder provider(Path jar) {
            providers.add(jar);
            return this;
        }

        public Builder importRealm(Path realmJson) {
            realmImports.add(realmJson);
            return this;
        }

        /** A kc.sh option such as {@code --db=dev-file} or {@code --spi-x-y-z=v}. */
        public Builder option(String option) {
            options.add(option);
            return this;
        }

        public Builder options(List<String> more) {
            options.addAll(more);
            return this;
        }

        public Builder env(String variable, String value) {
            env.put(variable, value);
            return this;
        }

        public Builder env(Map<String, String> more) {
            env.putAll(more);
            return this;
        }

        /** {@code --db=dev-file}: H2 in the work directory, kept across {@link #restart()}. */
        public Builder h2() {
            return option("--db=dev-file");
        }

        public Builder postgres(PostgresDatabase database) {
            option("--db=postgres");
            option("--db-url=" + database.jdbcUrl());
            option("--db-username=" + database.user());
            if (!database.password().isEmpty()) {
                option("--db-password=" + database.password());
            }
            return this;
        }

        /**
         * Production mode: {@code kc.sh build} once per configuration, then {@code start --optimized} with clustered
         * caches (see the class comment). Build-time options given with {@link #option} go to the build.
         */
        public Builder production() {
            this.production = true;
            return this;
        }

        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        public KeycloakServer build() {
            if (distribution == null) {
                distribution = HarnessProperties.keycloakDistribution();
            }
            if (workRoot == null) {
                workRoot = HarnessProperties.keycloakWorkDir();
            }
            if (artifactsDir == null) {
                artifactsDir = HarnessProperties.artifactsDir();
            }
            if (startupTimeout == null) {
                startupTimeout = HarnessProperties.startupTimeout();
            }
            return new KeycloakServer(this);
        }
    }
}
