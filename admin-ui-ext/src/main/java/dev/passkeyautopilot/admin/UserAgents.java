package dev.passkeyautopilot.admin;

import dev.passkeyautopilot.environment.Environment;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Parses a user-agent string given to the REST API with the same uap-java library Keycloak uses for
 * requests, so a rollout evaluated over REST sees the environment the login would have seen.
 */
final class UserAgents {

    // Building the parser compiles hundreds of regular expressions: once per node. It is thread-safe.
    private static final Parser PARSER = new Parser();
    private static final int MAX_LENGTH = 512;

    private UserAgents() {
    }

    static Environment environment(String userAgent) {
        if (userAgent == null || userAgent.length() > MAX_LENGTH) {
            return Environment.UNKNOWN_ENVIRONMENT;
        }
        Client client = PARSER.parse(userAgent);
        String browserVersion = join(client.userAgent.major, client.userAgent.minor, client.userAgent.patch);
        return Environment.of(client.os.family, join(client.os.major, client.os.minor, client.os.patch),
                client.userAgent.family + "/" + browserVersion, client.device.family, userAgent.toLowerCase().contains("mobile"));
    }

    private static String join(String... parts) {
        StringBuilder version = new StringBuilder();
        for (String part : parts) {
            if (part == null) {
                break;
            }
            if (!version.isEmpty()) {
                version.append('.');
            }
            version.append(part);
        }
        return version.isEmpty() ? Environment.UNKNOWN : version.toString();
    }
}
