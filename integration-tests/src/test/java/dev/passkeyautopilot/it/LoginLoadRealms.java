package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;

/**
 * The realm of the login load benchmark: the demo configuration we ship (our identifier-first browser flow with
 * passkey autofill on, for the account console), Keycloak's passkeys switched on ("Enable Passkeys": conditional UI and
 * the passkey button inside Keycloak's own username and password form), and two clients with flows of their own:
 * <ul>
 *   <li>{@link #KEYCLOAK_CLIENT}: Keycloak's username and password form and nothing else, i.e. Keycloak's default
 *   login with passkeys on: the built-in passkey login (one POST of the assertion) and the password login;</li>
 *   <li>{@link #SECOND_FACTOR_CLIENT}: Keycloak's username and password form, then our passkey second factor for users
 *   who hold a passkey.</li>
 * </ul>
 * Both clients accept the account console's redirect URI, so {@code LoginHttpClient#start(String)} recognises their
 * login result.
 */
public final class LoginLoadRealms {

    public static final String KEYCLOAK_CLIENT = "bench-keycloak-login";
    public static final String SECOND_FACTOR_CLIENT = "bench-password-then-passkey";

    private LoginLoadRealms() {
    }

    public static ObjectNode definition(AdminClient admin, String name) {
        ObjectNode realm = TestRealms.definition(admin.json(), name);
        realm.put("webAuthnPolicyPasswordlessPasskeysEnabled", true);
        ArrayNode flows = (ArrayNode) realm.get("authenticationFlows");
        ArrayNode configs = (ArrayNode) realm.get("authenticatorConfig");
        ArrayNode clients = (ArrayNode) realm.get("clients");

        String keycloakFlow = flow(flows, "bench-keycloak-form", true);
        execution(flows, "bench-keycloak-form", "auth-username-password-form", "REQUIRED", null);
        client(clients, KEYCLOAK_CLIENT, keycloakFlow);

        configs.addObject().put("alias", "bench-second-factor").putObject("config").put("fallbacks", "auth-otp-form");
        String secondFactorFlow = flow(flows, "bench-password-then-passkey", true);
        execution(flows, "bench-password-then-passkey", "auth-username-password-form", "REQUIRED", null);
        flow(flows, "bench-second-factor", false);
        ArrayNode executions = (ArrayNode) find(flows, "bench-password-then-passkey").get("authenticationExecutions");
        executions.addObject().put("flowAlias", "bench-second-factor").put("requirement", "CONDITIONAL").put("priority", 20)
                .put("authenticatorFlow", true).put("userSetupAllowed", false);
        execution(flows, "bench-second-factor", "conditional-user-configured", "REQUIRED", null);
        execution(flows, "bench-second-factor", "passkey-autopilot-second-factor", "REQUIRED", "bench-second-factor");
        client(clients, SECOND_FACTOR_CLIENT, secondFactorFlow);
        return realm;
    }

    /** Adds a flow and returns its id (a client's flow override names the flow by id). */
    private static String flow(ArrayNode flows, String alias, boolean topLevel) {
        String id = java.util.UUID.randomUUID().toString();
        flows.addObject().put("id", id).put("alias", alias).put("providerId", "basic-flow").put("topLevel", topLevel)
                .put("builtIn", false).putArray("authenticationExecutions");
        return id;
    }

    private static void execution(ArrayNode flows, String flowAlias, String authenticator, String requirement, String config) {
        ArrayNode executions = (ArrayNode) find(flows, flowAlias).get("authenticationExecutions");
        ObjectNode execution = executions.addObject().put("authenticator", authenticator).put("requirement", requirement)
                .put("priority", 10 * (executions.size())).put("authenticatorFlow", false).put("userSetupAllowed", false);
        if (config != null) {
            execution.put("authenticatorConfig", config);
        }
    }

    private static ObjectNode find(ArrayNode flows, String alias) {
        for (var flow : flows) {
            if (alias.equals(flow.path("alias").asText())) {
                return (ObjectNode) flow;
            }
        }
        throw new IllegalStateException("no flow " + alias);
    }

    private static void client(ArrayNode clients, String clientId, String browserFlowId) {
        ObjectNode client = clients.addObject();
        client.put("clientId", clientId).put("publicClient", true).put("standardFlowEnabled", true).put("enabled", true);
        client.putArray("redirectUris").add("*");
        client.putObject("authenticationFlowBindingOverrides").put("browser", browserFlowId);
    }
}
