package dev.passkeyautopilot.it.harness;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.Map;

/**
 * Everything that makes two Keycloak servers different. Suites with equal specs share one server; the
 * registry starts a new one when the spec changes.
 *
 * @param database   the database backend
 * @param realmFiles realm exports imported at startup ({@code --import-realm})
 * @param options    extra kc.sh options, e.g. {@code --spi-events-listener-...=...} or {@code --features=...}
 * @param env        extra environment for the server process
 * @param databaseFixture a {@code pg_dump} plain-SQL classpath resource restored before the first start, or empty
 * @param production {@code kc.sh build} + {@code start --optimized} with clustered caches instead of {@code start-dev}
 */
public record KeycloakSpec(Database database, List<Path> realmFiles, List<String> options,
                           Map<String, String> env, String databaseFixture, boolean production) {

    public KeycloakSpec {
        realmFiles = List.copyOf(realmFiles);
        options = List.copyOf(options);
        env = Map.copyOf(env);
        if (!databaseFixture.isEmpty() && database != Database.POSTGRES) {
            throw new IllegalArgumentException("a database fixture is a PostgreSQL dump; " + databaseFixture
                    + " needs @WithKeycloak(database = POSTGRES)");
        }
    }

    static KeycloakSpec of(WithKeycloak annotation) {
        List<Path> realms = annotation.importDemoRealm()
                ? HarnessProperties.demoRealm().map(List::of).orElse(List.of())
                : List.of();
        Map<String, String> env = new TreeMap<>();
        for (String entry : annotation.env()) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("@WithKeycloak(env) entries are NAME=value, got: " + entry);
            }
            env.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return new KeycloakSpec(annotation.database(), realms, List.of(annotation.options()), env,
                annotation.databaseFixture(), annotation.production());
    }

    /** Short name for logs and work directories; a fixture's server gets its own log. */
    public String label() {
        String label = database.name().toLowerCase(Locale.ROOT) + (production ? "-production" : "");
        return databaseFixture.isEmpty() ? label
                : label + "-" + databaseFixture.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
