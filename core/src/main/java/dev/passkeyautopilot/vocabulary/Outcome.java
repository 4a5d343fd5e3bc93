package dev.passkeyautopilot.vocabulary;

import dev.passkeyautopilot.webauthn.FailureReason;

import java.util.Locale;
import java.util.Optional;

/**
 * How a passkey operation ended, other than by a failure. Failures are stored as their
 * {@link FailureReason#code()}; {@link OutcomeClass#of(String)} classifies both kinds of code.
 */
public enum Outcome {
    PENDING(OutcomeClass.PENDING),
    SUCCESS(OutcomeClass.SUCCESS),
    /**
     * Append, automatic-upgrade arm: the browser created a passkey without a prompt (WebAuthn conditional create)
     * right after a password sign-in. A success of its own, so the arms of the upgrade experiment can be told apart.
     */
    UPGRADED(OutcomeClass.SUCCESS),
    /** The decision was not to prompt (login) or not to offer (append). */
    NOT_OFFERED(OutcomeClass.NOT_OFFERED),
    /** "Not now" on the append offer. */
    SKIPPED(OutcomeClass.USER_CHOICE),
    /** An append offer held back for a later login (timing experiment). */
    DEFERRED(OutcomeClass.USER_CHOICE),
    /** The user clicked "Sign in with a passkey" while autofill was offered: a new, clicked attempt follows. */
    PASSKEY_BUTTON_CHOSEN(OutcomeClass.USER_CHOICE),
    /** The user chose the password while the passkey prompt was offered. */
    PASSWORD_CHOSEN(OutcomeClass.USER_CHOICE),
    /** At the second factor, the user chose another factor (one-time code, security key) over the passkey. */
    FALLBACK_CHOSEN(OutcomeClass.USER_CHOICE);

    private final OutcomeClass outcomeClass;

    Outcome(OutcomeClass outcomeClass) {
        this.outcomeClass = outcomeClass;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public OutcomeClass outcomeClass() {
        return outcomeClass;
    }

    public static Optional<Outcome> fromCode(String code) {
        for (Outcome outcome : values()) {
            if (outcome.code().equals(code)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an automatic prompt that ended with this code did not work for the user, for the learning: a
     * failure, or the user leaving the prompt for the password or another factor. A click on the passkey
     * button is not such a case: the user wanted the passkey.
     */
    public static boolean promptDidNotWork(String code) {
        OutcomeClass outcomeClass = OutcomeClass.of(code);
        return outcomeClass == OutcomeClass.FAILURE || PASSWORD_CHOSEN.code().equals(code) || FALLBACK_CHOSEN.code().equals(code);
    }
}
