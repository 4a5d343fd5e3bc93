package dev.passkeyautopilot.vocabulary;

import java.util.Locale;

/** How an append offer ended, as events report it ({@link EventDetail#APPEND_OUTCOME}). */
public enum AppendOutcome {
    CREATED,
    SKIPPED,
    FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
