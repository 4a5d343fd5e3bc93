package dev.passkeyautopilot.it.harness;

import java.lang.reflect.InvocationTargetException;

/** Starts a {@link KeycloakTarget} on the configured {@link Backend}. */
final class KeycloakTargets {

    /**
     * Loaded by name so the default run never touches testcontainers: that class is only compiled when the
     * Maven profile {@code testcontainers} (activated by {@code -Dpa.it.backend=testcontainers}) is active.
     */
    private static final String TESTCONTAINERS_TARGET =
            "dev.passkeyautopilot.it.harness.testcontainers.TestcontainersKeycloak";

    private KeycloakTargets() {
    }

    static KeycloakTarget start(Backend backend, KeycloakSpec spec) {
        return switch (backend) {
            case DISTRIBUTION -> DistributionKeycloak.start(spec);
            case TESTCONTAINERS -> startTestcontainers(spec);
        };
    }

    private static KeycloakTarget startTestcontainers(KeycloakSpec spec) {
        Class<?> type;
        try {
            type = Class.forName(TESTCONTAINERS_TARGET);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The testcontainers backend is not on the test classpath. Run Maven with"
                    + " -Dpa.it.backend=testcontainers (that activates the profile which compiles it and adds"
                    + " testcontainers-keycloak), not only the failsafe system property.", e);
        }
        try {
            return (KeycloakTarget) type.getMethod("start", KeycloakSpec.class).invoke(null, spec);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("starting Keycloak in a container failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(TESTCONTAINERS_TARGET + " has no public static start(KeycloakSpec)", e);
        }
    }
}
