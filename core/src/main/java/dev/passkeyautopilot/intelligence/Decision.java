package dev.passkeyautopilot.intelligence;

import java.util.Locale;
import java.util.Optional;

/**
 * What the login page does for one identified user. The constants are ordered from the most to the least
 * passkey-forward; {@link PasskeyIntelligence} degrades along this order when a decision is not allowed.
 * The {@link #code()} values are a public contract: they appear in events, stored operations and docs.
 */
public enum Decision {
    /** Start the passkey prompt at once, listing the user's passkeys ({@code allowCredentials}). */
    AUTO_PASSKEY,
    /** Offer passkeys only where the user asks for them: the browser's autofill (conditional mediation). */
    CONDITIONAL_ONLY,
    /** No prompt on its own; a "Use a passkey" button (which also leads to cross-device sign-in via QR/hybrid). */
    BUTTON_ONLY,
    /** Go to the password or other factor; no passkey prompt and no button. */
    FALLBACK;

    /** The lower_snake_case code used in events and configuration, e.g. {@code auto_passkey}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The decision with this code (case-insensitive, surrounding blanks ignored), if any. */
    public static Optional<Decision> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        for (Decision decision : values()) {
            if (decision.code().equalsIgnoreCase(wanted)) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }
}
