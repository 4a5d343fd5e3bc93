package dev.passkeyautopilot.mfa;

import java.util.Optional;

/**
 * One user's multi-factor standing, as support tooling and events show it.
 *
 * @param password           the user has a password
 * @param otp                number of one-time-code generators set up
 * @param passkeys           the user's passkeys by kind
 * @param mfaRequired        whether a login of this user must use a second factor
 * @param mfaRequiredBecause why (or why not): {@code flow_requires_second_factor}, {@code second_factor_configured},
 *                           {@code setup_pending} or {@code not_required}
 * @param lastLogin          the last login's time and methods, if the user signed in since the extension was installed
 */
public record MfaStatus(boolean password, int otp, Passkeys passkeys, boolean mfaRequired, String mfaRequiredBecause,
                        Optional<LastLogin> lastLogin) {

    /** @param unknown passkeys created outside our pages and not used here yet: their kind was never seen */
    public record Passkeys(int total, int synced, int deviceBound, int unknown) {
    }

    public static final String FLOW_REQUIRES_SECOND_FACTOR = "flow_requires_second_factor";
    public static final String SECOND_FACTOR_CONFIGURED = "second_factor_configured";
    public static final String SETUP_PENDING = "setup_pending";
    public static final String NOT_REQUIRED = "not_required";

    /** The rule, pure: what the flow asks for, what the user has, what is pending. */
    static String requiredBecause(SecondFactorPolicy policy, boolean hasSecondFactor, boolean setupPending) {
        if (policy == SecondFactorPolicy.ALWAYS) {
            return FLOW_REQUIRES_SECOND_FACTOR;
        }
        if (policy == SecondFactorPolicy.WHEN_CONFIGURED && hasSecondFactor) {
            return SECOND_FACTOR_CONFIGURED;
        }
        if (setupPending) {
            return SETUP_PENDING;
        }
        return NOT_REQUIRED;
    }
}
