package dev.passkeyautopilot.intelligence;

import dev.passkeyautopilot.environment.Environment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The family a passkey provider belongs to, which decides where its passkeys can be used without another
 * device. Classified from the provider name that Keycloak's AAGUID metadata gives
 * ({@code keycloak-webauthn-metadata.json}) and from the transports the authenticator reported.
 */
public enum Ecosystem {
    /** iCloud Keychain / Apple Passwords: synced across the user's Apple devices. */
    APPLE,
    /** Google Password Manager (synced), and the device-bound profile authenticators of Chrome/Chromium on macOS. */
    GOOGLE,
    /** Windows Hello (device-bound) and Microsoft Password Manager (synced in Edge). */
    MICROSOFT,
    /** Samsung Pass on Samsung phones. */
    SAMSUNG,
    /** A third-party password manager (1Password, Bitwarden, ...): works wherever its app or extension is installed. */
    THIRD_PARTY,
    /** A roaming security key (USB, NFC, BLE). */
    SECURITY_KEY,
    /** Not recognised, or no provider name (e.g. the all-zero AAGUID): no evidence either way. */
    UNKNOWN;

    /** Whether an ecosystem can serve an environment without another device. */
    public enum Availability {
        /** Its passkeys are available in this OS / browser. */
        YES,
        /** Its passkeys are never available in this OS / browser (only through another device). */
        NO,
        /** It depends on what is installed or plugged in, or the environment is not known. */
        UNKNOWABLE
    }

    private static final Set<String> ROAMING_TRANSPORTS = Set.of("usb", "nfc", "ble");

    // Names are matched lower-cased, as substrings. Order matters: "Google Titan Security Key" is a
    // security key, not Google Password Manager, and "Kaspersky Password Manager" is a third party.
    private static final List<String> SECURITY_KEY_NAMES = List.of(
            "security key", "yubikey", "titan", "feitian", "nitrokey", "token2", "solo ", "onlykey", "ledger", "crescendo",
            "etoken", "idprime");
    private static final List<String> THIRD_PARTY_NAMES = List.of(
            "1password", "bitwarden", "dashlane", "proton pass", "keepass", "enpass", "nordpass", "keeper", "lastpass",
            "roboform", "strongbox", "devolutions", "zoho vault", "logmeonce", "kaspersky", "pwsafe", "sticky password",
            "ipasswords", "aliasvault", "heimlane", "passwall", "sésame");
    private static final List<String> APPLE_NAMES = List.of("icloud", "apple");
    // Chrome's and Chromium's profile authenticators on macOS ("Chrome on Mac", "Chromium Browser") are Google's
    // but device-bound; "Edge on Mac" is deliberately left UNKNOWN: it is neither Windows Hello nor synced.
    private static final List<String> GOOGLE_NAMES = List.of("google password manager", "chrome on mac", "chromium browser");
    private static final List<String> MICROSOFT_NAMES = List.of("windows hello", "microsoft password manager");
    private static final List<String> SAMSUNG_NAMES = List.of("samsung pass");

    /** {@link #classify(String, Set, Optional)} without knowing the BE flag. */
    public static Ecosystem classify(String providerName, Set<String> transports) {
        return classify(providerName, transports, Optional.empty());
    }

    /**
     * @param providerName   the AAGUID metadata name, may be null or empty
     * @param transports     reported transports (any case), may be empty or null
     * @param backupEligible the BE flag if known: a backup-eligible credential is never a security key
     */
    public static Ecosystem classify(String providerName, Set<String> transports, Optional<Boolean> backupEligible) {
        String name = providerName == null ? "" : providerName.trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
            if (containsAny(name, SECURITY_KEY_NAMES)) {
                return SECURITY_KEY;
            }
            if (containsAny(name, THIRD_PARTY_NAMES)) {
                return THIRD_PARTY;
            }
            if (containsAny(name, APPLE_NAMES)) {
                return APPLE;
            }
            if (containsAny(name, GOOGLE_NAMES)) {
                return GOOGLE;
            }
            if (containsAny(name, MICROSOFT_NAMES)) {
                return MICROSOFT;
            }
            if (containsAny(name, SAMSUNG_NAMES)) {
                return SAMSUNG;
            }
        }
        // Security keys from vendors we do not list: they report only roaming transports, never "internal"
        // (platform) or "hybrid" (phone). A synced credential cannot be on a security key.
        boolean synced = backupEligible != null && backupEligible.orElse(false);
        Set<String> reported = transports == null ? Set.of() : transports.stream()
                .filter(java.util.Objects::nonNull)
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
        if (!synced && !reported.isEmpty() && ROAMING_TRANSPORTS.containsAll(reported)) {
            return SECURITY_KEY;
        }
        return UNKNOWN;
    }

    /**
     * Whether a provider always syncs its passkeys, for when the BE flag was not recorded.
     *
     * @return empty when the provider name says nothing (unknown providers)
     */
    public static Optional<Boolean> syncedByDefault(String providerName, Set<String> transports) {
        String name = providerName == null ? "" : providerName.trim().toLowerCase(Locale.ROOT);
        return switch (classify(providerName, transports)) {
            case APPLE, SAMSUNG, THIRD_PARTY -> Optional.of(true);
            case GOOGLE -> Optional.of(name.contains("password manager"));
            case MICROSOFT -> Optional.of(name.contains("password manager"));
            case SECURITY_KEY -> Optional.of(false);
            case UNKNOWN -> Optional.empty();
        };
    }

    /**
     * Whether this ecosystem's passkeys are available in an environment without another device. Only the
     * platform ecosystems can be answered; for third parties, security keys and unknown providers it depends
     * on what is installed or plugged in. An unknown OS (or, for Google, an unknown browser) is never a "no":
     * missing information must not make the engine stricter.
     */
    public Availability availableOn(Environment environment) {
        String os = osGroup(environment.osFamily());
        String browser = environment.browserFamily() == null ? "" : environment.browserFamily().trim().toLowerCase(Locale.ROOT);
        boolean osKnown = !os.isEmpty();
        return switch (this) {
            // iCloud Keychain is the platform authenticator of every browser on macOS, iOS and iPadOS.
            case APPLE -> !osKnown ? Availability.UNKNOWABLE : yesIf(os.equals("macos") || os.equals("ios"));
            // Google Password Manager: the platform provider on Android; on desktops only inside Google Chrome
            // (not Chromium, Edge, Firefox or Safari). On iOS Chrome uses the system's provider.
            case GOOGLE -> {
                if (os.equals("android")) {
                    yield Availability.YES;
                }
                if (os.equals("ios")) {
                    yield Availability.NO;
                }
                if (browser.isEmpty() || browser.equals("unknown")) {
                    yield Availability.UNKNOWABLE;
                }
                yield yesIf(browser.equals("chrome"));
            }
            // Windows Hello exists only on Windows.
            case MICROSOFT -> !osKnown ? Availability.UNKNOWABLE : yesIf(os.equals("windows"));
            // Samsung Pass runs on Samsung's Android phones; the user agent rarely tells the maker, so any Android.
            case SAMSUNG -> !osKnown ? Availability.UNKNOWABLE : yesIf(os.equals("android"));
            case THIRD_PARTY, SECURITY_KEY, UNKNOWN -> Availability.UNKNOWABLE;
        };
    }

    /**
     * ua-parser's OS family reduced to the groups that matter for passkeys: {@code macos}, {@code ios},
     * {@code windows}, {@code android}, else the lower-cased family; empty when unknown.
     */
    static String osGroup(String osFamily) {
        String os = osFamily == null ? "" : osFamily.trim().toLowerCase(Locale.ROOT);
        if (os.isEmpty() || os.equals("unknown") || os.equals("other")) {
            return "";
        }
        if (os.equals("mac os x") || os.equals("mac os") || os.equals("macos")) {
            return "macos";
        }
        if (os.equals("ios") || os.equals("ipados")) {
            return "ios";
        }
        if (os.startsWith("windows")) {
            return "windows";
        }
        return os;
    }

    private static Availability yesIf(boolean condition) {
        return condition ? Availability.YES : Availability.NO;
    }

    private static boolean containsAny(String name, List<String> needles) {
        for (String needle : needles) {
            if (name.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
