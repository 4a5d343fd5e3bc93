package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.HarnessProperties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Test realms are the demo realm (so tests exercise the configuration we ship) under another name, without
 * the demo user, plus a client whose browser flow is Keycloak's own passkey login, to prove Keycloak still
 * accepts the passkeys we create.
 */
final class TestRealms {

    static final String BUILTIN_PASSKEY_CLIENT = "builtin-passkey-login";
    static final String BUILTIN_PASSKEY_FLOW = "keycloak-builtin-passkey";
    /** Seconds: bounds how long a browser prompt that cannot succeed waits before it fails. */
    static final int PROMPT_TIMEOUT_SECONDS = 15;

    private TestRealms() {
    }

    static String create(AdminClient admin, String prefix) {
        return create(admin, prefix, true);
    }

    /**
     * @param passkeyAutofill the identifier step's {@code conditional-ui}. Chrome's virtual authenticator
     *                        answers a conditional request at once, so a browser holding a passkey signs in
     *                        from the identifier page before a test can type a username: tests of the
     *                        automatic prompt after the username turn autofill off.
     */
    static String create(AdminClient admin, String prefix, boolean passkeyAutofill) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode realm = definition(admin.json(), name);
        passkeyAutofill(realm, passkeyAutofill);
        admin.importRealm(realm);
        return name;
    }

    /** Sets the identifier step's {@code conditional-ui} in a {@link #definition}; see {@link #create(AdminClient, String, boolean)}. */
    static void passkeyAutofill(ObjectNode realm, boolean on) {
        realm.withArray("authenticatorConfig").forEach(config -> {
            if ("passkey-autopilot-identifier-first".equals(config.path("alias").asText())) {
                ((ObjectNode) config.get("config")).put("conditional-ui", Boolean.toString(on));
            }
        });
    }

    /**
     * Turns the identifier step's {@code conditional-ui} on or off in a running realm, through the admin REST (the
     * config of the demo flow's identifier execution).
     */
    static void passkeyAutofill(AdminClient admin, String realm, boolean on) {
        for (JsonNode execution : admin.get("/admin/realms/" + realm + "/authentication/flows/passkey-autopilot-forms/executions")) {
            if ("passkey-autopilot-identifier-first".equals(execution.path("providerId").asText())) {
                String configPath = "/admin/realms/" + realm + "/authentication/config/" + execution.path("authenticationConfig").asText();
                ObjectNode config = (ObjectNode) admin.get(configPath);
                ((ObjectNode) config.get("config")).put("conditional-ui", Boolean.toString(on));
                admin.put(configPath, config);
                return;
            }
        }
        throw new AssertionError("no identifier step in " + realm);
    }

    static ObjectNode definition(ObjectMapper json, String name) {
        Path demo = HarnessProperties.demoRealm()
                .orElseThrow(() -> new IllegalStateException("demo realm file missing: the tests import it as their base"));
        ObjectNode realm;
        try {
            realm = (ObjectNode) json.readTree(Files.readString(demo));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + demo, e);
        }
        realm.put("realm", name);
        realm.put("displayName", "Test " + name);
        realm.remove("users");
        // the demo's support client and its roles: the provisioner gives every test realm its own
        realm.remove("roles");
        realm.put("webAuthnPolicyPasswordlessCreateTimeout", PROMPT_TIMEOUT_SECONDS);
        // Bad-input suites post several rejected passkeys for one user within a second; Keycloak's quick-login
        // check would lock that user for a minute and fail the suite's next, valid login. Lockout itself is
        // BruteForceIT's subject.
        realm.put("quickLoginCheckMilliSeconds", 1);

        ArrayNode flows = (ArrayNode) realm.get("authenticationFlows");
        ObjectNode builtin = flows.addObject();
        // a binding override names the flow by id, so the import gives it one
        String builtinFlowId = UUID.randomUUID().toString();
        builtin.put("id", builtinFlowId).put("alias", BUILTIN_PASSKEY_FLOW).put("providerId", "basic-flow").put("topLevel", true).put("builtIn", false)
                .put("description", "Keycloak's own username form and passkey login, nothing of ours");
        ArrayNode executions = builtin.putArray("authenticationExecutions");
        executions.addObject().put("authenticator", "auth-username-form").put("requirement", "REQUIRED").put("priority", 10)
                .put("authenticatorFlow", false).put("userSetupAllowed", false);
        executions.addObject().put("authenticator", "webauthn-authenticator-passwordless").put("requirement", "REQUIRED")
                .put("priority", 20).put("authenticatorFlow", false).put("userSetupAllowed", false);

        ArrayNode clients = realm.putArray("clients");
        ObjectNode client = clients.addObject();
        client.put("clientId", BUILTIN_PASSKEY_CLIENT).put("publicClient", true).put("standardFlowEnabled", true)
                .put("enabled", true);
        client.putArray("redirectUris").add("*");
        client.putObject("authenticationFlowBindingOverrides").put("browser", builtinFlowId);
        return realm;
    }

    /**
     * Removes these flows and the clients whose browser flow override names one of them: Keycloak's account
     * console lists a credential type if any step of any flow of the realm names it, so a test of what one of
     * our steps makes it list must leave no other step that names the type.
     */
    static void removeFlows(ObjectNode realm, String... aliases) {
        Set<String> removed = Set.of(aliases);
        Set<String> removedIds = new HashSet<>();
        ArrayNode flows = (ArrayNode) realm.get("authenticationFlows");
        for (int i = flows.size() - 1; i >= 0; i--) {
            if (removed.contains(flows.get(i).path("alias").asText())) {
                removedIds.add(flows.get(i).path("id").asText());
                flows.remove(i);
            }
        }
        if (removed.contains(realm.path("browserFlow").asText())) {
            throw new IllegalArgumentException("the realm's browser flow cannot be removed: " + realm.path("browserFlow"));
        }
        ArrayNode clients = (ArrayNode) realm.get("clients");
        for (int i = clients.size() - 1; i >= 0; i--) {
            if (removedIds.contains(clients.get(i).path("authenticationFlowBindingOverrides").path("browser").asText(null))) {
                clients.remove(i);
            }
        }
    }

    /** A user with a password and nothing else; unique per call. */
    static String newUser(AdminClient admin, String realm, String prefix, String password) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        admin.createUser(realm, username, password);
        return username;
    }

    static JsonNode onlyPasskey(AdminClient admin, String realm, String userId) {
        var passkeys = admin.credentials(realm, userId, "webauthn-passwordless");
        if (passkeys.size() != 1) {
            throw new AssertionError("expected one passkey, found " + passkeys);
        }
        return passkeys.get(0);
    }
}
