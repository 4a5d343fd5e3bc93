package dev.passkeyautopilot.it.harness;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.HashSet;
import java.util.Set;

/**
 * The run's Keycloak servers, kept in JUnit's root store so they live for the whole run and are stopped when
 * it ends. At most one runs at a time (two servers on a 2-core CI box slow each other down): asking for a
 * different spec stops the current one. {@link KeycloakClassOrderer} groups classes by spec so every spec is
 * started once; if the order is broken anyway, a spec starts again and this logs a warning.
 */
final class KeycloakRegistry implements ExtensionContext.Store.CloseableResource {

    private static final System.Logger LOG = System.getLogger(KeycloakRegistry.class.getName());

    private final Backend backend;
    private final Set<Database> preflightPassed = new HashSet<>();
    private final Set<KeycloakSpec> started = new HashSet<>();
    private KeycloakTarget current;

    KeycloakRegistry(Backend backend) {
        this.backend = backend;
    }

    synchronized KeycloakTarget acquire(KeycloakSpec spec) {
        if (current != null && current.spec().equals(spec)) {
            return current;
        }
        if (current != null) {
            LOG.log(System.Logger.Level.INFO, "Stopping " + current + " before starting " + spec.label());
            stopCurrent();
        }
        if (preflightPassed.add(spec.database())) {
            try {
                Preflight.check(spec.database());
            } catch (RuntimeException e) {
                preflightPassed.remove(spec.database());
                throw e;
            }
        }
        if (!started.add(spec)) {
            LOG.log(System.Logger.Level.WARNING, "Starting Keycloak for " + spec + " a second time in this run: test"
                    + " classes with different @WithKeycloak specs are interleaved (see KeycloakClassOrderer)");
        }
        current = KeycloakTargets.start(backend, spec);
        return current;
    }

    @Override
    public synchronized void close() {
        stopCurrent();
    }

    private void stopCurrent() {
        if (current != null) {
            KeycloakTarget stopping = current;
            current = null;
            stopping.close();
        }
    }
}
