package dev.passkeyautopilot.it.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The system properties failsafe passes to the tests (see the pom), read in one place so a missing or wrong
 * value fails with the property name and how to fix it rather than a NullPointerException deep in a launcher.
 */
public final class HarnessProperties {

    private HarnessProperties() {
    }

    /** The pristine unpacked distribution; never modified, every server runs from a copy. */
    public static Path keycloakDistribution() {
        return existing("keycloak.dist.dir", "run the build through Maven: it unpacks keycloak-quarkus-dist in pre-integration-test");
    }

    /** The product jar, built by the distribution module. */
    public static Path providerJar() {
        return existing("provider.jar", "build it from the repository root: ./mvnw -B -q -DskipTests install -pl distribution -am");
    }

    /** This module's jar with the test-only providers (the clock). */
    public static Path testProvidersJar() {
        return existing("test.providers.jar", "run `mvn verify` (the jar is built in the package phase)");
    }

    /** The demo realm export, if the distribution module has one yet. */
    public static Optional<Path> demoRealm() {
        String value = System.getProperty("demo.realm");
        return value == null || !Files.isRegularFile(Path.of(value)) ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** Screenshots, page sources and Keycloak logs. */
    public static Path artifactsDir() {
        return Path.of(System.getProperty("artifacts.dir", "target/test-artifacts")).toAbsolutePath();
    }

    /** Where each server's private copy of the distribution lives. */
    public static Path keycloakWorkDir() {
        return Path.of(System.getProperty("keycloak.work.dir", "target/keycloak-work")).toAbsolutePath();
    }

    public static String keycloakVersion() {
        return System.getProperty("keycloak.version", "26.7.3");
    }

    public static Backend backend() {
        return Backend.fromProperty(System.getProperty("pa.it.backend", "distribution"));
    }

    /** Keep databases and work directories after the run, for post-mortem debugging. */
    public static boolean keep() {
        return Boolean.getBoolean("pa.it.keep");
    }

    /** Extra JVM options for Keycloak (kc.sh JAVA_OPTS_APPEND). */
    public static String keycloakJavaOptsAppend() {
        return System.getProperty("pa.it.keycloak.java-opts-append", "-XX:TieredStopAtLevel=1");
    }

    public static Duration startupTimeout() {
        return Duration.ofSeconds(Long.getLong("pa.it.startup.timeout.seconds", 240));
    }

    /** JDBC URL of the PostgreSQL maintenance database the per-run databases are created from. */
    public static String postgresAdminUrl() {
        return System.getProperty("pa.it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String postgresUser() {
        return System.getProperty("pa.it.postgres.user", "postgres");
    }

    public static String postgresPassword() {
        return System.getProperty("pa.it.postgres.password", "");
    }

    public static Path chromiumBinary() {
        return Path.of(System.getProperty("pa.it.chromium", "/usr/bin/chromium"));
    }

    public static Path chromedriverBinary() {
        return Path.of(System.getProperty("pa.it.chromedriver", "/usr/bin/chromedriver"));
    }

    /** Show the browser window (needs a display); headless otherwise. */
    public static boolean headed() {
        return Boolean.getBoolean("pa.it.headed");
    }

    private static Path existing(String property, String hint) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; " + hint);
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new IllegalStateException(property + " points to " + path + ", which does not exist; " + hint);
        }
        return path;
    }
}
