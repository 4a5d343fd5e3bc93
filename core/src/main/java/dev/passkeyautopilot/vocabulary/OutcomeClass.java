package dev.passkeyautopilot.vocabulary;

import dev.passkeyautopilot.webauthn.FailureReason;

import java.util.Locale;

/**
 * How an outcome counts. This is the one place that decides: the learning, the KPI reports, the REST API and
 * the support console all classify through {@link #of(String)}.
 */
public enum OutcomeClass {
    /** Still open: the ceremony has not ended (or ended without the page telling us). */
    PENDING,
    /** The passkey was verified (sign-in) or created (append). */
    SUCCESS,
    /** The ceremony ended without a passkey: the browser's prompt failed or the server rejected the response. */
    FAILURE,
    /**
     * The user went another way: the password instead of the prompt, another factor, "Not now", a deferred offer,
     * or the passkey button instead of autofill (a new attempt follows).
     */
    USER_CHOICE,
    /** Nothing was offered: the decision was not to prompt or not to offer. */
    NOT_OFFERED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The class of a stored or reported outcome code. A code that is neither an {@link Outcome} nor a known
     * {@link FailureReason} counts as a failure: stored rows only ever hold failure codes besides the outcomes.
     */
    public static OutcomeClass of(String code) {
        return Outcome.fromCode(code).map(Outcome::outcomeClass).orElse(FAILURE);
    }
}
