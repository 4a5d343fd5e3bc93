package dev.passkeyautopilot.it.harness;

import java.util.List;
import java.util.Locale;

/**
 * Tells Keycloak's build-time options from runtime ones. {@code kc.sh start --optimized} refuses a build-time option
 * whose value differs from the build's, so in production mode these go to {@code kc.sh build} and only the rest to
 * {@code start}. The list follows {@code kc.sh build --help} of Keycloak 26.7.3 (there {@code --cache} and
 * {@code --cache-stack} are runtime options) plus the SPI provider selections, which are build-time too.
 */
final class BuildTimeOptions {

    private static final List<String> PREFIXES = List.of("--db=", "--db-driver", "--db-kind-", "--features=",
            "--features-disabled=", "--feature-", "--health-enabled=", "--metrics-enabled=", "--http-relative-path=",
            "--http-management-relative-path=", "--https-client-auth=", "--https-management-client-auth=",
            "--legacy-observability-interface=", "--transaction-xa-enabled", "--vault=", "--log-mdc-enabled=",
            "--tracing-enabled=", "--fips-mode=");

    private BuildTimeOptions() {
    }

    static boolean isBuildTime(String option) {
        String lower = option.toLowerCase(Locale.ROOT);
        if (lower.startsWith("--spi-")) {
            String key = lower.contains("=") ? lower.substring(0, lower.indexOf('=')) : lower;
            // --spi-<spi>--provider (or --spi-<spi>-provider) and --spi-<spi>--<provider>--enabled; a provider's own
            // setting such as --spi-events-listener--passkey-autopilot-siem--relay-enabled stays a runtime option
            return key.endsWith("-provider") || key.endsWith("--enabled");
        }
        return PREFIXES.stream().anyMatch(lower::startsWith);
    }

    static List<String> buildTime(List<String> options) {
        return options.stream().filter(BuildTimeOptions::isBuildTime).toList();
    }

    static List<String> runtime(List<String> options) {
        return options.stream().filter(option -> !isBuildTime(option)).toList();
    }
}
