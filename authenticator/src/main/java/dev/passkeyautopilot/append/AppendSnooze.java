package dev.passkeyautopilot.append;

import org.keycloak.models.UserModel;

import java.util.Optional;

/**
 * "Not now" is remembered on the user (a user attribute, so it follows the user across browsers and cluster
 * nodes and disappears with the user). Unmanaged by the user profile: users and admins do not see it.
 */
final class AppendSnooze {

    static final String ATTRIBUTE = "passkey-autopilot.append.snoozed-until";
    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private AppendSnooze() {
    }

    static Optional<Long> until(UserModel user) {
        String value = user.getFirstAttribute(ATTRIBUTE);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void snooze(UserModel user, long nowMillis, int days) {
        user.setSingleAttribute(ATTRIBUTE, Long.toString(nowMillis + days * DAY_MILLIS));
    }

    static void clear(UserModel user) {
        user.removeAttribute(ATTRIBUTE);
    }
}
