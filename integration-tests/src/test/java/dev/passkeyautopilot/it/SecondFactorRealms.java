package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;

import java.util.UUID;

/**
 * Test realms for the second-factor models of docs/second-factor.md, each with its browser flow:
 * <ul>
 *   <li>{@link Model#PASSKEY_LOGIN}: our identifier-first step, then (for users with a second factor) our
 *   passkey second factor with one-time codes as fallback;</li>
 *   <li>{@link Model#PASSWORD_THEN_SECOND_FACTOR}: Keycloak's own username and password form, then our
 *   passkey second factor;</li>
 *   <li>{@link Model#STEP_UP}: level 1 is our identifier-first step, level 2 our passkey second factor, with
 *   the acr values {@code silver} (1) and {@code gold} (2) on the {@link #TOKENS_CLIENT}.</li>
 * </ul>
 * Every realm has the client {@link #TOKENS_CLIENT} with our amr mapper, so tests can read the tokens.
 */
final class SecondFactorRealms {

    enum Model { PASSKEY_LOGIN, PASSWORD_THEN_SECOND_FACTOR, STEP_UP }

    static final String TOKENS_CLIENT = "tokens";
    static final String TOKENS_CALLBACK = "/tokens-callback";

    private SecondFactorRealms() {
    }

    static String create(AdminClient admin, String prefix, Model model, boolean regulated) {
        ObjectNode realm = definition(admin.json(), prefix + "-" + UUID.randomUUID().toString().substring(0, 8), model, regulated);
        admin.importRealm(realm);
        return realm.path("realm").asText();
    }

    /** The realm {@link #create} imports, for tests that change it first. */
    static ObjectNode definition(ObjectMapper json, String name, Model model, boolean regulated) {
        ObjectNode realm = TestRealms.definition(json, name);
        // next to the demo realm's flows (the builtin-passkey client of TestRealms names one of them)
        ArrayNode flows = (ArrayNode) realm.get("authenticationFlows");
        ArrayNode configs = (ArrayNode) realm.get("authenticatorConfig");
        configs.addObject().put("alias", "pa-identifier-first").putObject("config").put("conditional-ui", "false");
        configs.addObject().put("alias", "pa-second-factor").putObject("config").put("fallbacks", "auth-otp-form");
        configs.addObject().put("alias", "pa-loa-1").putObject("config").put("loa-condition-level", "1").put("loa-max-age", "36000");
        configs.addObject().put("alias", "pa-loa-2").putObject("config").put("loa-condition-level", "2").put("loa-max-age", "36000");

        ObjectNode browser = flow(flows, "pa-browser", true);
        execution(browser, "auth-cookie", "ALTERNATIVE", null);
        subFlow(browser, "pa-forms", "ALTERNATIVE");
        ObjectNode forms = flow(flows, "pa-forms", false);
        switch (model) {
            case PASSKEY_LOGIN -> {
                execution(forms, "passkey-autopilot-identifier-first", "REQUIRED", "pa-identifier-first");
                subFlow(forms, "pa-second-factor", "CONDITIONAL");
                ObjectNode second = flow(flows, "pa-second-factor", false);
                execution(second, "conditional-user-configured", "REQUIRED", null);
                execution(second, "passkey-autopilot-second-factor", "REQUIRED", "pa-second-factor");
            }
            case PASSWORD_THEN_SECOND_FACTOR -> {
                execution(forms, "auth-username-password-form", "REQUIRED", null);
                subFlow(forms, "pa-second-factor", "CONDITIONAL");
                ObjectNode second = flow(flows, "pa-second-factor", false);
                execution(second, "conditional-user-configured", "REQUIRED", null);
                execution(second, "passkey-autopilot-second-factor", "REQUIRED", "pa-second-factor");
            }
            case STEP_UP -> {
                subFlow(forms, "pa-level-1", "CONDITIONAL");
                subFlow(forms, "pa-level-2", "CONDITIONAL");
                ObjectNode level1 = flow(flows, "pa-level-1", false);
                execution(level1, "conditional-level-of-authentication", "REQUIRED", "pa-loa-1");
                execution(level1, "passkey-autopilot-identifier-first", "REQUIRED", "pa-identifier-first");
                ObjectNode level2 = flow(flows, "pa-level-2", false);
                execution(level2, "conditional-level-of-authentication", "REQUIRED", "pa-loa-2");
                execution(level2, "passkey-autopilot-second-factor", "REQUIRED", "pa-second-factor");
            }
        }
        realm.put("browserFlow", "pa-browser");
        if (regulated) {
            realm.putObject("attributes").put("passkey-autopilot.regulated-mode", "true");
        }
        addTokensClient(realm);
        return realm;
    }

    /**
     * Adds model 1's second factor to a realm {@link TestRealms#definition}: after the demo's identifier-first step, a
     * user with a second factor who signed in with the password is asked for a passkey (one-time codes as fallback).
     */
    static void addSecondFactorToDemoFlow(ObjectNode realm) {
        ArrayNode flows = (ArrayNode) realm.get("authenticationFlows");
        ObjectNode forms = null;
        for (var flow : flows) {
            if ("passkey-autopilot-forms".equals(flow.path("alias").asText())) {
                forms = (ObjectNode) flow;
            }
        }
        if (forms == null) {
            throw new IllegalStateException("the demo realm has no passkey-autopilot-forms flow");
        }
        ((ArrayNode) realm.get("authenticatorConfig")).addObject().put("alias", "pa-second-factor").putObject("config")
                .put("fallbacks", "auth-otp-form");
        subFlow(forms, "pa-second-factor", "CONDITIONAL");
        ObjectNode second = flow(flows, "pa-second-factor", false);
        execution(second, "conditional-user-configured", "REQUIRED", null);
        execution(second, "passkey-autopilot-second-factor", "REQUIRED", "pa-second-factor");
    }

    /** The {@link #TOKENS_CLIENT} with our amr mapper, for {@link TokenLogin}. */
    static void addTokensClient(ObjectNode realm) {
        ObjectNode tokens = ((ArrayNode) realm.get("clients")).addObject();
        tokens.put("clientId", TOKENS_CLIENT).put("publicClient", true).put("standardFlowEnabled", true).put("enabled", true);
        tokens.putArray("redirectUris").add("*");
        tokens.putObject("attributes").put("acr.loa.map", "{\"silver\":1,\"gold\":2}").put("pkce.code.challenge.method", "S256");
        ObjectNode amr = tokens.putArray("protocolMappers").addObject();
        amr.put("name", "amr").put("protocol", "openid-connect").put("protocolMapper", "passkey-autopilot-amr")
                .putObject("config").put("id.token.claim", "true").put("access.token.claim", "true");
    }

    private static ObjectNode flow(ArrayNode flows, String alias, boolean topLevel) {
        ObjectNode flow = flows.addObject();
        flow.put("alias", alias).put("providerId", "basic-flow").put("topLevel", topLevel).put("builtIn", false);
        flow.putArray("authenticationExecutions");
        return flow;
    }

    private static void execution(ObjectNode flow, String authenticator, String requirement, String config) {
        ArrayNode executions = (ArrayNode) flow.get("authenticationExecutions");
        ObjectNode execution = executions.addObject().put("authenticator", authenticator).put("requirement", requirement)
                .put("priority", 10 * (executions.size())).put("authenticatorFlow", false).put("userSetupAllowed", false);
        if (config != null) {
            execution.put("authenticatorConfig", config);
        }
    }

    private static void subFlow(ObjectNode flow, String alias, String requirement) {
        ArrayNode executions = (ArrayNode) flow.get("authenticationExecutions");
        executions.addObject().put("flowAlias", alias).put("requirement", requirement).put("priority", 10 * (executions.size() + 1))
                .put("authenticatorFlow", true).put("userSetupAllowed", false);
    }

    /** A user with a password and a one-time-code generator (Keycloak's import format for the secret). */
    static String newUserWithOtp(AdminClient admin, String realm, String prefix, String password, Totp totp) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectMapper json = admin.json();
        ObjectNode user = json.createObjectNode().put("username", username).put("enabled", true)
                .put("email", username + "@example.org").put("firstName", "Test").put("lastName", "User").put("emailVerified", true);
        ArrayNode credentials = user.putArray("credentials");
        credentials.addObject().put("type", "password").put("value", password).put("temporary", false);
        credentials.addObject().put("type", "otp").put("userLabel", "Authenticator app")
                .put("secretData", "{\"value\":\"" + totp.secret() + "\"}")
                .put("credentialData", "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
        admin.createUser(realm, user);
        return username;
    }
}
