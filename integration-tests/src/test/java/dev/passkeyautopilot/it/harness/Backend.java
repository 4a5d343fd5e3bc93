package dev.passkeyautopilot.it.harness;

import java.util.Arrays;
import java.util.Locale;

/** Where the Keycloak under test comes from; chosen for the whole run by {@code -Dpa.it.backend}. */
public enum Backend {
    /** The official distribution artifact, started with kc.sh on this machine (default, no Docker). */
    DISTRIBUTION,
    /** quay.io/keycloak/keycloak in a container through testcontainers-keycloak (needs Docker). */
    TESTCONTAINERS;

    static Backend fromProperty(String value) {
        return Arrays.stream(values())
                .filter(b -> b.name().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown -Dpa.it.backend=" + value
                        + "; use one of " + Arrays.toString(values()).toLowerCase(Locale.ROOT)));
    }
}
