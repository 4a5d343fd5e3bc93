package dev.passkeyautopilot.rollout;

import dev.passkeyautopilot.environment.Environment;

import java.util.Map;
import java.util.Set;

/**
 * What the rules are evaluated against: the user and the request. Everything but the environment may be
 * missing; a condition on something missing does not match (see {@code docs/rollout.md}).
 *
 * @param userId       the user's id, or null before the user is known (then no percentage condition matches)
 * @param environment  OS and browser; {@link Environment#UNKNOWN_ENVIRONMENT} for null
 * @param clientId     the client's id, or null
 * @param appVersion   the version a native app reported ({@code X-App-Version} header or {@code app_version}
 *                     parameter), or null
 * @param groupPaths   the user's effective group paths, e.g. {@code /staff}; empty for null
 * @param roles        the user's effective role names: realm roles by name, client roles as
 *                     {@code client-id/role}; empty for null
 * @param ipAddress    the client's literal IP address, or null
 * @param capabilities what the page reported, by {@link Conditions#CAPABILITIES} name; a capability not reported
 *                     is absent; empty for null
 */
public record RolloutRequest(String userId, Environment environment, String clientId, String appVersion,
                             Set<String> groupPaths, Set<String> roles, String ipAddress, Map<String, Boolean> capabilities) {

    public RolloutRequest {
        environment = environment == null ? Environment.UNKNOWN_ENVIRONMENT : environment;
        groupPaths = groupPaths == null ? Set.of() : Set.copyOf(groupPaths);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        capabilities = capabilities == null ? Map.of() : Map.copyOf(capabilities);
    }

    /** A request with only a user and an environment. */
    public static RolloutRequest of(String userId, Environment environment) {
        return new RolloutRequest(userId, environment, null, null, Set.of(), Set.of(), null, Map.of());
    }

    public static Builder builder(String userId) {
        return new Builder(userId);
    }

    /** Builds a {@link RolloutRequest}; not thread-safe. */
    public static final class Builder {
        private final String userId;
        private Environment environment;
        private String clientId;
        private String appVersion;
        private Set<String> groupPaths = Set.of();
        private Set<String> roles = Set.of();
        private String ipAddress;
        private Map<String, Boolean> capabilities = Map.of();

        private Builder(String userId) {
            this.userId = userId;
        }

        public Builder environment(Environment value) {
            environment = value;
            return this;
        }

        public Builder clientId(String value) {
            clientId = value;
            return this;
        }

        public Builder appVersion(String value) {
            appVersion = value;
            return this;
        }

        public Builder groupPaths(Set<String> value) {
            groupPaths = value;
            return this;
        }

        public Builder roles(Set<String> value) {
            roles = value;
            return this;
        }

        public Builder ipAddress(String value) {
            ipAddress = value;
            return this;
        }

        public Builder capabilities(Map<String, Boolean> value) {
            capabilities = value;
            return this;
        }

        public RolloutRequest build() {
            return new RolloutRequest(userId, environment, clientId, appVersion, groupPaths, roles, ipAddress, capabilities);
        }
    }
}
