package dev.passkeyautopilot.signal;

import dev.passkeyautopilot.passkey.PasskeyUser;
import org.keycloak.models.UserModel;

import java.util.Optional;

/**
 * What the user's passkey providers have not been told yet, kept on the user (user attributes, unmanaged by the
 * user profile, like the append snooze): it follows the user to whichever browser signs in next, on any node.
 *
 * <ul>
 *   <li>The list of accepted passkeys changed outside a page of the user's (a support revocation): the next
 *       sign-in signals {@code signalAllAcceptedCredentials}.</li>
 *   <li>The name and display name the user's passkeys were created with (or last told): when the user's current
 *       ones differ, the next sign-in signals {@code signalCurrentUserDetails}.</li>
 * </ul>
 */
public final class PendingSignals {

    static final String ACCEPTED_CHANGED = "passkey-autopilot.signal.accepted-changed";
    static final String KNOWN_NAME = "passkey-autopilot.signal.known-name";
    static final String KNOWN_DISPLAY_NAME = "passkey-autopilot.signal.known-display-name";

    private PendingSignals() {
    }

    /** Passkeys were removed without the user's browser being there (support revocation, admin). */
    public static void acceptedChanged(UserModel user, long nowMillis) {
        user.setSingleAttribute(ACCEPTED_CHANGED, Long.toString(nowMillis));
    }

    public static boolean acceptedPending(UserModel user) {
        return user.getFirstAttribute(ACCEPTED_CHANGED) != null;
    }

    public static void acceptedSignalled(UserModel user) {
        user.removeAttribute(ACCEPTED_CHANGED);
    }

    /** The names the user's passkey providers know: set when a passkey is created and after they were told. */
    public static void namesKnown(UserModel user, PasskeyUser names) {
        user.setSingleAttribute(KNOWN_NAME, names.name());
        user.setSingleAttribute(KNOWN_DISPLAY_NAME, names.displayName());
    }

    /** Empty for a user whose passkeys were all created before this was kept (or by Keycloak's own pages). */
    public static Optional<PasskeyUser> namesKnown(UserModel user) {
        String name = user.getFirstAttribute(KNOWN_NAME);
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new PasskeyUser(PasskeyUser.handle(user.getId()), name, user.getFirstAttribute(KNOWN_DISPLAY_NAME)));
    }

    /** The user's current names differ from those the providers know. */
    public static boolean namesChanged(UserModel user) {
        PasskeyUser current = PasskeyUser.of(user);
        return namesKnown(user).map(known -> !known.equals(current)).orElse(false);
    }
}
