package dev.passkeyautopilot.append;

import java.util.Optional;

/**
 * Whether to offer creating a passkey at the end of this login, and if not, why. Pure logic over what the
 * login knows; the reason codes appear in events and docs.
 */
public final class AppendOffer {

    public enum Skip {
        /** No password was used in this login: the user signed in some other way (e.g. a passkey). */
        NO_PASSWORD_LOGIN,
        /** The user chose "Not now" less than the configured number of days ago. */
        SNOOZED,
        /** The page reported no user-verifying platform authenticator. */
        NO_PLATFORM_AUTHENTICATOR,
        /** One of the user's passkeys was created or used in this very browser. */
        PASSKEY_IN_THIS_BROWSER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private AppendOffer() {
    }

    /**
     * @param passwordUsed             a password was verified in this login
     * @param snoozedUntilMillis       end of the user's "Not now" period, if any
     * @param nowMillis                the current time
     * @param platformAuthenticator    what the page reported, empty if it reported nothing (then we offer:
     *                                 the append page itself tells the user if creation fails)
     * @param passkeyKnownInThisBrowser one of the user's passkeys carries this browser's device marker
     * @return empty to offer, else why not
     */
    public static Optional<Skip> decide(boolean passwordUsed, Optional<Long> snoozedUntilMillis, long nowMillis,
                                        Optional<Boolean> platformAuthenticator, boolean passkeyKnownInThisBrowser) {
        if (!passwordUsed) {
            return Optional.of(Skip.NO_PASSWORD_LOGIN);
        }
        if (snoozedUntilMillis.isPresent() && nowMillis < snoozedUntilMillis.get()) {
            return Optional.of(Skip.SNOOZED);
        }
        if (platformAuthenticator.isPresent() && !platformAuthenticator.get()) {
            return Optional.of(Skip.NO_PLATFORM_AUTHENTICATOR);
        }
        if (passkeyKnownInThisBrowser) {
            return Optional.of(Skip.PASSKEY_IN_THIS_BROWSER);
        }
        return Optional.empty();
    }
}
