package dev.passkeyautopilot.testing;

/**
 * Decides whether this Keycloak is a test server. The test providers change global server state (the clock),
 * so they stay dark unless the test launcher explicitly says so, even if this jar is deployed by mistake.
 */
final class TestingMode {

    static final String ENV = "PA_TESTING";
    static final String PROPERTY = "pa.testing";

    private TestingMode() {
    }

    static boolean enabled() {
        return "true".equalsIgnoreCase(System.getenv(ENV)) || Boolean.getBoolean(PROPERTY);
    }
}
