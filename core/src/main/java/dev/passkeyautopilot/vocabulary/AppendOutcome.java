package dev.passkeyautopilot.vocabulary;

import java.util.Locale;

/** How an append offer ended, as events report it ({@link EventDetail#APPEND_OUTCOME}). */
public enum AppendOutcome {
    CREATED,
    SKIPPED,
    FAILED,
    /** Created by the browser's automatic passkey upgrade (conditional create), without the offer page. */
    UPGRADED;

    /** The {@link EventDetail#REASON} of a {@link #SKIPPED} offer: the user chose "Not now". */
    public static final String NOT_NOW_REASON = "user_chose_not_now";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
