package dev.passkeyautopilot.vocabulary;

import java.util.Locale;

/** How a sign-in step was attempted, as events report it ({@link EventDetail#LOGIN_METHOD}). */
public enum LoginMethod {
    /** The passkey prompt the page started by itself after the username. */
    PASSKEY_AUTOMATIC,
    /** A passkey picked from the browser's autofill on the username or password field. */
    PASSKEY_AUTOFILL,
    /** The passkey prompt started by the user's click on the passkey button. */
    PASSKEY_BUTTON,
    /** The passkey asked for after the password, as the second factor. */
    PASSKEY_SECOND_FACTOR,
    PASSWORD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
