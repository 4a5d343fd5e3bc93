package dev.passkeyautopilot.vocabulary;

import java.util.Locale;

/**
 * A change the user makes on the "Your passkeys" page, as events report it ({@link EventDetail#LIST_ACTION}).
 * A refused change carries a {@link Refusal} code in {@link EventDetail#REASON}.
 */
public enum ListAction {
    RENAME,
    DELETE,
    CREATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Why the list page refused a change; nothing was changed in each case. */
    public enum Refusal {
        /** The credential id names no passkey of this user (someone else's, already deleted, made up). */
        UNKNOWN_PASSKEY,
        /** The new label is empty after trimming. */
        LABEL_EMPTY,
        /** The new label is longer than the limit after trimming. */
        LABEL_TOO_LONG,
        /** The new label has control characters. */
        LABEL_INVALID,
        /** Another passkey of the user has this label (case-insensitive). */
        LABEL_TAKEN,
        /** The form was rendered for an earlier state of the page (its token was used or replaced). */
        STALE_FORM,
        /** The sign-in is older than the action's maximum authentication age. */
        REAUTHENTICATION_REQUIRED,
        /** Adding a passkey is not open to this user here (rollout rules or the intelligence's append decision). */
        ADD_NOT_OFFERED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
