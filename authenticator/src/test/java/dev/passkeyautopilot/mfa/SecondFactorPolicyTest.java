package dev.passkeyautopilot.mfa;

import dev.passkeyautopilot.mfa.SecondFactorPolicy.Step;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passkeyautopilot.mfa.SecondFactorPolicy.Step.execution;
import static dev.passkeyautopilot.mfa.SecondFactorPolicy.Step.subFlow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SecondFactorPolicyTest {

    private static List<Step> browserFlow(Step... formSteps) {
        return List.of(
                execution("auth-cookie", "ALTERNATIVE"),
                execution("identity-provider-redirector", "ALTERNATIVE"),
                subFlow("ALTERNATIVE", List.of(formSteps)));
    }

    @Test
    @DisplayName("Keycloak's default browser flow (conditional 2FA sub-flow) asks only users who set one up")
    void keycloakDefaultFlowIsWhenConfigured() {
        List<Step> flow = browserFlow(
                execution("auth-username-password-form", "REQUIRED"),
                subFlow("CONDITIONAL", List.of(
                        execution("conditional-user-configured", "REQUIRED"),
                        execution("auth-otp-form", "ALTERNATIVE"),
                        execution("webauthn-authenticator", "ALTERNATIVE"),
                        execution("auth-recovery-authn-code-form", "DISABLED"))));
        assertEquals(SecondFactorPolicy.WHEN_CONFIGURED, SecondFactorPolicy.of(flow));
    }

    @Test
    @DisplayName("A required second factor in the forms makes it required for everyone; the SSO cookie is no way around it")
    void requiredSecondFactorIsAlways() {
        List<Step> flow = browserFlow(
                execution("passkey-autopilot-identifier-first", "REQUIRED"),
                execution("passkey-autopilot-second-factor", "REQUIRED"));
        assertEquals(SecondFactorPolicy.ALWAYS, SecondFactorPolicy.of(flow));
    }

    @Test
    @DisplayName("A second factor that is only an alternative to the password is not required")
    void alternativeToFirstFactorIsNever() {
        List<Step> flow = browserFlow(
                execution("auth-username-form", "REQUIRED"),
                subFlow("REQUIRED", List.of(
                        execution("auth-password-form", "ALTERNATIVE"),
                        execution("auth-otp-form", "ALTERNATIVE"))));
        assertEquals(SecondFactorPolicy.NEVER, SecondFactorPolicy.of(flow));
    }

    @Test
    @DisplayName("Alternatives that are all second factors count as one required second factor")
    void alternativeSecondFactorsTogetherAreRequired() {
        List<Step> flow = browserFlow(
                execution("auth-username-password-form", "REQUIRED"),
                subFlow("REQUIRED", List.of(
                        execution("passkey-autopilot-second-factor", "ALTERNATIVE"),
                        execution("auth-otp-form", "ALTERNATIVE"))));
        assertEquals(SecondFactorPolicy.ALWAYS, SecondFactorPolicy.of(flow));
    }

    @Test
    @DisplayName("Disabled second factors, and flows without any, ask for none")
    void disabledOrMissingIsNever() {
        assertEquals(SecondFactorPolicy.NEVER, SecondFactorPolicy.of(browserFlow(
                execution("auth-username-password-form", "REQUIRED"),
                execution("auth-otp-form", "DISABLED"))));
        assertEquals(SecondFactorPolicy.NEVER, SecondFactorPolicy.of(browserFlow(execution("passkey-autopilot-identifier-first", "REQUIRED"))));
        assertEquals(SecondFactorPolicy.NEVER, SecondFactorPolicy.of(List.of()));
    }

    @Test
    @DisplayName("MFA status: the flow's rule, then the user's own second factor, then pending setup")
    void requiredBecause() {
        assertEquals(MfaStatus.FLOW_REQUIRES_SECOND_FACTOR, MfaStatus.requiredBecause(SecondFactorPolicy.ALWAYS, false, false));
        assertEquals(MfaStatus.SECOND_FACTOR_CONFIGURED, MfaStatus.requiredBecause(SecondFactorPolicy.WHEN_CONFIGURED, true, false));
        assertEquals(MfaStatus.NOT_REQUIRED, MfaStatus.requiredBecause(SecondFactorPolicy.WHEN_CONFIGURED, false, false));
        assertEquals(MfaStatus.SETUP_PENDING, MfaStatus.requiredBecause(SecondFactorPolicy.NEVER, false, true));
        assertEquals(MfaStatus.NOT_REQUIRED, MfaStatus.requiredBecause(SecondFactorPolicy.NEVER, true, false));
    }

    @Test
    @DisplayName("Last login: stored as time and methods; anything unreadable is no last login")
    void lastLoginParsing() {
        assertEquals(new LastLogin(1732400000000L, List.of("pwd", "otp", "mfa")), LastLogin.parse("1732400000000 otp,pwd,mfa").orElseThrow());
        assertEquals(new LastLogin(5L, List.of()), LastLogin.parse("5").orElseThrow());
        assertEquals(java.util.Optional.empty(), LastLogin.parse("yesterday pwd"));
        assertEquals(java.util.Optional.empty(), LastLogin.parse(" "));
    }
}
