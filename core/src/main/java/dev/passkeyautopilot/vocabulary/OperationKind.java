package dev.passkeyautopilot.vocabulary;

import java.util.Locale;
import java.util.Optional;

/** What a passkey operation was an attempt at. The {@link #code()} is stored and sent in events. */
public enum OperationKind {
    /** A passkey sign-in at the identifier-first step (automatic prompt, button or autofill). */
    LOGIN,
    /** An offer to create a passkey (append), after a sign-in with another method. */
    APPEND,
    /** A passkey asked for after the password, as the second factor. */
    SECOND_FACTOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OperationKind> fromCode(String code) {
        for (OperationKind kind : values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
