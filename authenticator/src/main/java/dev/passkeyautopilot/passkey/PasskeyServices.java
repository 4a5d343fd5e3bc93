package dev.passkeyautopilot.passkey;

import com.webauthn4j.converter.util.ObjectConverter;
import dev.passkeyautopilot.gate.RolloutGate;
import dev.passkeyautopilot.gate.RolloutStore;
import dev.passkeyautopilot.intelligence.PasskeyIntelligence;
import dev.passkeyautopilot.metrics.PasskeyMeters;
import dev.passkeyautopilot.operation.EnvironmentOutcomes;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.webauthn.AssertionVerifier;
import dev.passkeyautopilot.webauthn.RegistrationVerifier;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * The node's one set of stateless services and caches that every step, required action and factory of ours
 * shares: built once per {@link KeycloakSessionFactory}, on first use, and held by our JPA entity provider
 * factory (a singleton of that session factory), so no static state is needed and each node keeps one cache of
 * realm statistics, not one per factory. webauthn4j's {@link ObjectConverter} is costly to build.
 */
public final class PasskeyServices {

    /** Realm-wide outcomes per environment: one minute old at most, bounded in size. */
    private static final long ENVIRONMENT_OUTCOMES_TTL_MILLIS = 60_000;
    private static final int ENVIRONMENT_OUTCOMES_MAX_ENTRIES = 10_000;

    private final ObjectConverter objectConverter = new ObjectConverter();
    private final AaguidMetadata aaguidMetadata = new AaguidMetadata();
    private final AssertionVerifier assertionVerifier = new AssertionVerifier();
    private final RegistrationVerifier registrationVerifier = new RegistrationVerifier();
    private final PasskeyIntelligence intelligence = new PasskeyIntelligence();
    private final RolloutStore rolloutStore = new RolloutStore();
    private final RolloutGate gate = new RolloutGate(rolloutStore);
    private final EnvironmentOutcomes environmentOutcomes =
            new EnvironmentOutcomes(ENVIRONMENT_OUTCOMES_TTL_MILLIS, ENVIRONMENT_OUTCOMES_MAX_ENTRIES);
    private final PasskeyMeters meters = PasskeyMeters.keycloak();

    PasskeyServices() {
    }

    /** The services of this node; our entity provider factory is always deployed with them (one jar). */
    public static PasskeyServices of(KeycloakSessionFactory sessionFactory) {
        return PasskeyAutopilotJpaEntityProviderFactory.of(sessionFactory).map(PasskeyAutopilotJpaEntityProviderFactory::services)
                .orElseThrow(() -> new IllegalStateException("JPA entity provider " + PasskeyAutopilotJpaEntityProviderFactory.PROVIDER_ID
                        + " is not deployed"));
    }

    public static PasskeyServices of(KeycloakSession session) {
        return of(session.getKeycloakSessionFactory());
    }

    public UserPasskeys passkeys(KeycloakSession session) {
        return new UserPasskeys(session, objectConverter, aaguidMetadata);
    }

    public PasskeyOperations operations(KeycloakSession session) {
        return new PasskeyOperations(session, environmentOutcomes, meters);
    }

    public AssertionVerifier assertionVerifier() {
        return assertionVerifier;
    }

    public RegistrationVerifier registrationVerifier() {
        return registrationVerifier;
    }

    public PasskeyIntelligence intelligence() {
        return intelligence;
    }

    /** The node's rollout store, the one {@link #gate()} reads: admin REST writes through it. */
    public RolloutStore rolloutStore() {
        return rolloutStore;
    }

    public RolloutGate gate() {
        return gate;
    }
}
