package dev.passkeyautopilot.mfa;

import java.util.List;
import java.util.Set;

/**
 * Whether a login flow asks for a second factor: always, only from users who have one set up (a conditional
 * sub-flow), or never. Read from the flow's structure the way Keycloak runs it: REQUIRED and CONDITIONAL
 * steps all run (the strictest counts), of ALTERNATIVE steps one suffices (the most lenient counts), and
 * the SSO cookie and identity-provider redirect are not ways around the forms.
 */
public enum SecondFactorPolicy {
    NEVER, WHEN_CONFIGURED, ALWAYS;

    /**
     * One step of a flow.
     *
     * @param authenticator the provider id, or null for a sub-flow
     * @param requirement   REQUIRED, ALTERNATIVE, CONDITIONAL or DISABLED
     * @param steps         the sub-flow's steps
     */
    public record Step(String authenticator, String requirement, List<Step> steps) {
        public static Step execution(String authenticator, String requirement) {
            return new Step(authenticator, requirement, List.of());
        }

        public static Step subFlow(String requirement, List<Step> steps) {
            return new Step(null, requirement, steps);
        }

        boolean isSubFlow() {
            return authenticator == null;
        }
    }

    static final Set<String> SECOND_FACTORS = Set.of("auth-otp-form", "auth-conditional-otp-form", "webauthn-authenticator",
            "auth-recovery-authn-code-form", "passkey-autopilot-second-factor");
    private static final Set<String> SSO_SHORTCUTS = Set.of("auth-cookie", "identity-provider-redirector");

    public static SecondFactorPolicy of(List<Step> topLevelSteps) {
        return walk(topLevelSteps, false);
    }

    private static SecondFactorPolicy walk(List<Step> steps, boolean conditional) {
        List<Step> active = steps.stream()
                .filter(step -> !"DISABLED".equals(step.requirement()))
                .filter(step -> step.isSubFlow() || !isCondition(step.authenticator()))
                .toList();
        List<Step> required = active.stream().filter(s -> "REQUIRED".equals(s.requirement()) || "CONDITIONAL".equals(s.requirement())).toList();
        if (!required.isEmpty()) {
            // Keycloak ignores alternatives next to required steps
            return required.stream().map(step -> evaluate(step, conditional)).reduce(NEVER, SecondFactorPolicy::stricter);
        }
        List<Step> alternatives = active.stream()
                .filter(s -> "ALTERNATIVE".equals(s.requirement()))
                .filter(s -> s.isSubFlow() || !SSO_SHORTCUTS.contains(s.authenticator()))
                .toList();
        return alternatives.stream().map(step -> evaluate(step, conditional)).reduce(SecondFactorPolicy::laxer).orElse(NEVER);
    }

    private static SecondFactorPolicy evaluate(Step step, boolean conditional) {
        if (step.isSubFlow()) {
            return walk(step.steps(), conditional || "CONDITIONAL".equals(step.requirement()));
        }
        if (SECOND_FACTORS.contains(step.authenticator())) {
            return conditional || "auth-conditional-otp-form".equals(step.authenticator()) ? WHEN_CONFIGURED : ALWAYS;
        }
        return NEVER;
    }

    private static boolean isCondition(String authenticator) {
        return authenticator.startsWith("conditional-") || authenticator.startsWith("passkey-autopilot-condition-");
    }

    private static SecondFactorPolicy stricter(SecondFactorPolicy a, SecondFactorPolicy b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static SecondFactorPolicy laxer(SecondFactorPolicy a, SecondFactorPolicy b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
