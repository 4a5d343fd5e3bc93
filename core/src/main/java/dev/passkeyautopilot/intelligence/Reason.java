package dev.passkeyautopilot.intelligence;

import java.util.Locale;

/**
 * Why {@link PasskeyIntelligence} decided what it did. The {@link #code()} values are a public contract:
 * they appear in events, in stored passkey operations, in the support console and in
 * {@code docs/intelligence.md}. Never rename one; add new constants instead.
 */
public enum Reason {

    // --- login ---------------------------------------------------------------------------------------------

    /** The user has no passkey. */
    NO_PASSKEYS,
    /** The page reported that this browser has no WebAuthn at all. */
    NO_WEBAUTHN,
    /** One of the user's passkeys was created in this very browser (device marker match). */
    PASSKEY_CREATED_IN_THIS_BROWSER,
    /** One of the user's passkeys was last used in this very browser (device marker match). */
    PASSKEY_USED_IN_THIS_BROWSER,
    /** A synced passkey of a provider that serves this operating system / browser (e.g. iCloud Keychain on macOS). */
    SYNCED_PASSKEY_SAME_ECOSYSTEM,
    /** The user's device-bound passkeys were created on another device or in another browser. */
    DEVICE_BOUND_PASSKEY_OTHER_DEVICE,
    /** The passkey's provider does not serve this platform (e.g. Windows Hello on macOS, iCloud Keychain on Android). */
    PROVIDER_NOT_AVAILABLE_ON_PLATFORM,
    /** The passkey lives in a third-party password manager, which may or may not be installed here. */
    THIRD_PARTY_PROVIDER,
    /** The user's usable passkey is a security key (USB, NFC or BLE only). */
    SECURITY_KEY,
    /** The device is a phone or tablet, where plugging in or tapping a security key is awkward. */
    MOBILE_DEVICE,
    /** The page reported that no platform authenticator is available in this browser. */
    NO_PLATFORM_AUTHENTICATOR,
    /** The page reported that a platform authenticator is available in this browser. */
    PLATFORM_AUTHENTICATOR_AVAILABLE,
    /** Cross-device sign-in (hybrid, QR code) is enabled and not reported unavailable: the button can reach a phone. */
    HYBRID_AVAILABLE,
    /** The page reported that this browser cannot do cross-device sign-in (hybrid transport). */
    HYBRID_NOT_AVAILABLE,
    /** Cross-device sign-in is switched off in the realm's settings. */
    CROSS_DEVICE_DISABLED,
    /** Automatic prompts for this user failed or were cancelled here repeatedly since the last success. */
    RECENT_FAILURES_IN_ENVIRONMENT,
    /** Realm-wide, passkey attempts in this OS + browser fail too often within the look-back window. */
    REALM_FAILURES_IN_ENVIRONMENT,
    /** The decision the rules chose is not allowed by the realm's settings; the next allowed one was taken. */
    DECISION_NOT_ALLOWED,
    /** The page reported that passkey autofill (conditional mediation) is available. */
    CONDITIONAL_UI_AVAILABLE,
    /** The page reported that passkey autofill (conditional mediation) is not available. */
    CONDITIONAL_UI_NOT_AVAILABLE,
    /** The page sent no capability signals the rule needed; the engine kept the foundation behaviour (prompt). */
    SIGNALS_MISSING,
    /** The realm's rollout rules keep this user or request out of the feature (see docs/rollout.md). */
    ROLLOUT_EXCLUDED,
    /** The realm is in regulated mode: passkeys serve only as a second factor, never for sign-in on their own. */
    REGULATED_MODE,

    // --- append (offer to create a passkey after a password login) -----------------------------------------

    /** No password was used in this login: nothing to replace. */
    NO_PASSWORD_LOGIN,
    /** The user chose "Not now" recently. */
    SNOOZED,
    /** A passkey of the user already works here (created/used in this browser, or synced in this ecosystem). */
    PASSKEY_USABLE_HERE,
    /** This browser cannot create a passkey (no WebAuthn or no platform authenticator, as reported by the page). */
    CANNOT_CREATE_HERE,
    /** Creating a passkey is offered. */
    OFFER,
    /** A passkey was tried in this login and failed, so the user evidently has none that works here. */
    PASSKEY_FAILED_IN_THIS_LOGIN,
    /** The user has passkeys, but none is known to work here. */
    NO_PASSKEY_USABLE_HERE;

    /** The lower_snake_case code used in events and docs, e.g. {@code passkey_created_in_this_browser}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
