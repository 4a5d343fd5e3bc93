package dev.passkeyautopilot.login;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.environment.RequestEnvironment;
import dev.passkeyautopilot.gate.RolloutGate;
import dev.passkeyautopilot.intelligence.Decision;
import dev.passkeyautopilot.intelligence.DeviceFacts;
import dev.passkeyautopilot.intelligence.History;
import dev.passkeyautopilot.intelligence.IntelligenceSettings;
import dev.passkeyautopilot.intelligence.LoginDecision;
import dev.passkeyautopilot.intelligence.PasskeyIntelligence;
import dev.passkeyautopilot.intelligence.Reason;
import dev.passkeyautopilot.mfa.RegulatedMode;
import dev.passkeyautopilot.mfa.SessionMethods;
import dev.passkeyautopilot.operation.OperationEnd;
import dev.passkeyautopilot.operation.OperationStart;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.vocabulary.OperationKind;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.rollout.Feature;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides how to offer an identified user's passkeys in this login: the rollout gate, the user's and the
 * realm's history, and the intelligence; records the decision as a pending passkey operation and in the
 * authentication session, so every later event and the support timeline can say why.
 */
public final class LoginDecider {

    /** Browser flows nest a few levels; a cycle an admin could build must not loop. */
    private static final int MAX_FLOW_DEPTH = 8;

    private static final Logger LOG = Logger.getLogger(LoginDecider.class);

    /** The decision and the user's passkeys it was made for (the page lists them). */
    public record Decided(LoginDecision decision, List<Passkey> passkeys, String operationId) {
    }

    private final UserPasskeys passkeys;
    private final PasskeyIntelligence intelligence;
    private final PasskeyOperations operations;
    private final RolloutGate gate;
    private final Feature feature;
    private final OperationKind kind;

    /**
     * @param feature the rollout feature that gates the prompt ({@link Feature#LOGIN} or {@link Feature#SECOND_FACTOR})
     * @param kind    the kind of passkey operation recorded ({@link OperationKind#LOGIN} or {@link OperationKind#SECOND_FACTOR})
     */
    public LoginDecider(UserPasskeys passkeys, PasskeyIntelligence intelligence, PasskeyOperations operations, RolloutGate gate,
                        Feature feature, OperationKind kind) {
        this.passkeys = passkeys;
        this.intelligence = intelligence;
        this.operations = operations;
        this.gate = gate;
        this.feature = feature;
        this.kind = kind;
    }

    public Decided decide(AuthenticationFlowContext context, UserModel user) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        AttemptNotes notes = AttemptNotes.of(authSession);
        List<Passkey> userPasskeys = passkeys.list(context.getRealm(), user);
        ClientSignals signals = notes.signals();
        Environment environment = RequestEnvironment.of(context.getSession(), signals);
        IntelligenceSettings settings = settings(context);
        rememberExperiments(context, user);
        long started = System.nanoTime();
        LoginDecision decision;
        if (!userPasskeys.isEmpty() && feature == Feature.LOGIN && RegulatedMode.isOn(context.getRealm())) {
            // passkeys serve only as a second factor in this realm
            decision = new LoginDecision(Decision.FALLBACK, List.of(Reason.REGULATED_MODE));
        } else if (!userPasskeys.isEmpty() && !gate.evaluate(context.getRealm(), feature,
                () -> RolloutGate.request(context.getSession(), authSession, user, environment, signals)).allowed()) {
            // the prompt is not rolled out to this user or request
            decision = new LoginDecision(Decision.FALLBACK, List.of(Reason.ROLLOUT_EXCLUDED));
        } else {
            History history = userPasskeys.isEmpty() ? History.none()
                    : operations.history(context.getRealm(), user, environment, signals.deviceMarker(), settings.lookBack());
            decision = intelligence.decideLogin(passkeys.facts(userPasskeys),
                    new DeviceFacts(environment, signals.webauthn(), signals.platformAuthenticator(), signals.conditionalGet(),
                            signals.hybridTransport(), signals.deviceMarker()),
                    history, settings);
        }
        // what the decision adds to the login: rollout, history queries and the engine (the user's passkeys are
        // loaded for the page anyway)
        long micros = (System.nanoTime() - started) / 1000;
        String identifiedBy = decision.decision() == Decision.AUTO_PASSKEY ? identifiedBy(context, user, userPasskeys, signals) : null;
        String operation = operations.decide(context.getRealm(), user,
                OperationStart.decided(kind, environment, signals.deviceMarker(), decision, micros, identifiedBy), notes.operation());
        notes.operation(operation);
        notes.decidedOperation(operation);
        notes.decided(new AttemptNotes.DecisionNote(decision.decision().code(), decision.reasonCodes()));
        if (decision.decision() == Decision.FALLBACK) {
            operations.finish(Optional.of(operation), user, OperationEnd.of(Outcome.NOT_OFFERED));
        }
        return new Decided(decision, userPasskeys, operation);
    }

    /**
     * How this login knows who the user is, for the realm-wide statistics: a factor verified earlier in this
     * login, else a device marker this user signed in with before, else only the username, which anyone can
     * type (such prompts never count realm-wide, so anonymous requests cannot switch prompts off for others).
     */
    private String identifiedBy(AuthenticationFlowContext context, UserModel user, List<Passkey> userPasskeys, ClientSignals signals) {
        if (!SessionMethods.ofAuthentication(context.getAuthenticationSession()).isEmpty()) {
            return PasskeyOperations.IDENTIFIED_BY_VERIFIED_FACTOR;
        }
        Optional<String> marker = signals.deviceMarker();
        if (marker.isPresent() && (passkeys.facts(userPasskeys).stream().anyMatch(p -> p.createdIn(marker) || p.lastUsedIn(marker))
                || operations.knownDeviceMarker(context.getRealm(), user, marker.get()))) {
            return PasskeyOperations.IDENTIFIED_BY_DEVICE_MARKER;
        }
        return PasskeyOperations.IDENTIFIED_BY_USERNAME;
    }

    /**
     * Every later event and operation of this login names the user's experiment arms: called by the decision, and
     * by an attempt the user started without one (autofill, a click), so those operations carry the arms too.
     */
    public void rememberExperiments(AuthenticationFlowContext context, UserModel user) {
        String experiments = RolloutGate.describe(gate.assignments(context.getRealm(), user.getId()));
        if (!experiments.isEmpty()) {
            AttemptNotes.of(context.getAuthenticationSession()).experiments(experiments);
        }
    }

    /**
     * The settings of the realm's identifier step (the first in its browser flow, sub-flows included), for pages
     * that run outside the step: the append offer and "Your passkeys" create passkeys with the same cross-device
     * setting the sign-in uses. Defaults when the browser flow has no identifier step.
     */
    public static IntelligenceSettings settings(RealmModel realm) {
        AuthenticationFlowModel browserFlow = realm.getBrowserFlow();
        return settings(realm, browserFlow == null ? null : stepConfig(realm, browserFlow.getId(), 0));
    }

    private static Map<String, String> stepConfig(RealmModel realm, String flowId, int depth) {
        if (depth > MAX_FLOW_DEPTH) {
            return null;
        }
        for (AuthenticationExecutionModel execution : realm.getAuthenticationExecutionsStream(flowId).toList()) {
            if (execution.isAuthenticatorFlow()) {
                Map<String, String> found = stepConfig(realm, execution.getFlowId(), depth + 1);
                if (found != null) {
                    return found;
                }
            } else if (IdentifierFirstPasskeyAuthenticatorFactory.PROVIDER_ID.equals(execution.getAuthenticator())) {
                AuthenticatorConfigModel config = execution.getAuthenticatorConfig() == null ? null
                        : realm.getAuthenticatorConfigById(execution.getAuthenticatorConfig());
                return config == null || config.getConfig() == null ? Map.of() : config.getConfig();
            }
        }
        return null;
    }

    /** The step's intelligence settings (its authenticator config), the defaults where a setting is broken. */
    public static IntelligenceSettings settings(AuthenticationFlowContext context) {
        return settings(context.getRealm(), context.getAuthenticatorConfig() == null ? null : context.getAuthenticatorConfig().getConfig());
    }

    private static IntelligenceSettings settings(RealmModel realm, Map<String, String> config) {
        try {
            return IntelligenceSettings.fromConfig(config);
        } catch (IllegalArgumentException e) {
            // A broken setting must not lock anyone out: the defaults apply, and the admin is told.
            LOG.warnf("Invalid passkey intelligence setting in realm %s, using defaults: %s", realm.getName(), e.getMessage());
            return IntelligenceSettings.defaults();
        }
    }
}
