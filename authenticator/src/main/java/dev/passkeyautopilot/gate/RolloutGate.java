package dev.passkeyautopilot.gate;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.rollout.Assignment;
import dev.passkeyautopilot.rollout.ExperimentKind;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.rollout.RolloutEvaluator;
import dev.passkeyautopilot.rollout.RolloutRequest;
import dev.passkeyautopilot.rollout.RolloutResult;
import dev.passkeyautopilot.rollout.RuleSet;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.RoleUtils;
import org.keycloak.protocol.oidc.endpoints.AuthorizationEndpoint;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one place where a feature's rollout is decided for a user and a request: the login step, the append
 * offer and the admin REST API all ask here, so they always give the same answer.
 */
public final class RolloutGate {

    /** Header a native app sends its version in; or the {@code app_version} authorization request parameter. */
    public static final String APP_VERSION_HEADER = "X-App-Version";
    public static final String APP_VERSION_PARAMETER = "app_version";

    private final RolloutStore store;
    private final RolloutEvaluator evaluator = new RolloutEvaluator();

    public RolloutGate(RolloutStore store) {
        this.store = store;
    }

    public RuleSet ruleSet(RealmModel realm) {
        return store.load(realm);
    }

    public RolloutResult evaluate(RealmModel realm, Feature feature, RolloutRequest request) {
        return evaluator.evaluate(store.load(realm), feature, request);
    }

    /**
     * As {@link #evaluate(RealmModel, Feature, RolloutRequest)}, building the request (group paths, expanded
     * roles) only when the feature has rules that could read it: most realms have none for most features, and
     * a login should not pay for them.
     */
    public RolloutResult evaluate(RealmModel realm, Feature feature, Supplier<RolloutRequest> request) {
        RuleSet ruleSet = store.load(realm);
        RolloutRequest effective = ruleSet.feature(feature).rules().isEmpty() ? NO_REQUEST : request.get();
        return evaluator.evaluate(ruleSet, feature, effective);
    }

    private static final RolloutRequest NO_REQUEST = RolloutRequest.of(null, null);

    public List<Assignment> assignments(RealmModel realm, String userId) {
        RuleSet ruleSet = store.load(realm);
        return ruleSet.experiments().stream()
                .map(experiment -> evaluator.assignment(ruleSet, experiment, userId))
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<Assignment> assignment(RealmModel realm, Feature feature, ExperimentKind kind, String userId) {
        return evaluator.assignment(store.load(realm), feature, kind, userId);
    }

    /** The rollout request of a login in progress: this user, this browser, the client that asked. */
    public static RolloutRequest request(KeycloakSession session, AuthenticationSessionModel authSession, UserModel user,
                                         Environment environment, ClientSignals signals) {
        ClientModel client = authSession.getClient();
        String appVersion = Optional.ofNullable(session.getContext().getRequestHeaders().getHeaderString(APP_VERSION_HEADER))
                .orElse(authSession.getClientNote(AuthorizationEndpoint.LOGIN_SESSION_NOTE_ADDITIONAL_REQ_PARAMS_PREFIX
                        + APP_VERSION_PARAMETER));
        return request(user, environment, client == null ? null : client.getClientId(), appVersion,
                session.getContext().getConnection().getRemoteAddr(), capabilities(signals));
    }

    public static RolloutRequest request(UserModel user, Environment environment, String clientId, String appVersion, String ipAddress,
                                         Map<String, Boolean> capabilities) {
        return RolloutRequest.builder(user.getId())
                .environment(environment)
                .clientId(clientId)
                .appVersion(appVersion)
                .groupPaths(user.getGroupsStream().map(KeycloakModelUtils::buildGroupPath).collect(Collectors.toSet()))
                .roles(roleNames(user))
                .ipAddress(ipAddress)
                .capabilities(capabilities)
                .build();
    }

    /** Realm roles by name, client roles as {@code client-id/role}, composites expanded. */
    private static Set<String> roleNames(UserModel user) {
        return RoleUtils.getDeepUserRoleMappings(user).stream()
                .map(RolloutGate::roleName)
                .collect(Collectors.toSet());
    }

    private static String roleName(RoleModel role) {
        return role.isClientRole() && role.getContainer() instanceof ClientModel client
                ? client.getClientId() + "/" + role.getName() : role.getName();
    }

    public static Map<String, Boolean> capabilities(ClientSignals signals) {
        Map<String, Boolean> capabilities = new HashMap<>();
        signals.platformAuthenticator().ifPresent(v -> capabilities.put("platformAuthenticator", v));
        signals.conditionalGet().ifPresent(v -> capabilities.put("conditionalGet", v));
        signals.hybridTransport().ifPresent(v -> capabilities.put("hybridTransport", v));
        signals.webauthn().ifPresent(v -> capabilities.put("webauthn", v));
        return capabilities;
    }

    /** "name:arm,name:arm" for events. */
    public static String describe(List<Assignment> assignments) {
        return assignments.stream().map(a -> a.experiment() + ":" + a.arm()).collect(Collectors.joining(","));
    }
}
