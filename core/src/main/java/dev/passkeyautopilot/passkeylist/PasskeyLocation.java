package dev.passkeyautopilot.passkeylist;

import dev.passkeyautopilot.intelligence.Ecosystem;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a passkey lives, in the words the FIDO Alliance's design guidelines ask for ("synced with your Google
 * account", "on this device", "on a security key") instead of synced / device-bound. Derived from the backup
 * eligibility flag when it was recorded, else from what the provider always does, the attachment and the
 * transports.
 *
 * @param kind    where it lives
 * @param account for {@link Kind#SYNCED}: the account it syncs with ("Google", "Apple", "1Password"); null when the
 *                provider is not known
 */
public record PasskeyLocation(Kind kind, String account) {

    public enum Kind {
        /** Backed up to the user's account with the provider, usable on their other devices. */
        SYNCED,
        /** Bound to the device (browser profile, TPM, secure enclave) that created it. */
        ONE_DEVICE,
        /** On a roaming security key (USB, NFC, BLE). */
        SECURITY_KEY,
        /** Nothing recorded says either way. */
        UNKNOWN
    }

    private static final Set<String> ROAMING = Set.of("usb", "nfc", "ble");

    /**
     * @param backupEligible the BE flag at creation, null when not recorded (passkeys made by Keycloak's own pages)
     * @param attachment     {@code platform} or {@code cross-platform} as the browser reported it, may be null
     * @param transports     the transports the authenticator reported, may be empty
     * @param providerName   the AAGUID metadata name, may be null
     */
    public static PasskeyLocation of(Boolean backupEligible, String attachment, Set<String> transports, String providerName) {
        Set<String> reported = transports == null ? Set.of() : transports;
        Ecosystem ecosystem = Ecosystem.classify(providerName, reported, Optional.ofNullable(backupEligible));
        Boolean synced = backupEligible != null ? backupEligible : Ecosystem.syncedByDefault(providerName, reported).orElse(null);
        if (Boolean.TRUE.equals(synced)) {
            return new PasskeyLocation(Kind.SYNCED, account(ecosystem, providerName));
        }
        if (ecosystem == Ecosystem.SECURITY_KEY
                || ("cross-platform".equals(attachment) && !reported.isEmpty() && ROAMING.containsAll(reported))) {
            return new PasskeyLocation(Kind.SECURITY_KEY, null);
        }
        if (Boolean.FALSE.equals(synced) || "platform".equals(attachment) || reported.contains("internal")) {
            return new PasskeyLocation(Kind.ONE_DEVICE, null);
        }
        return new PasskeyLocation(Kind.UNKNOWN, null);
    }

    /** Whether the passkey can sign in on another device, the phone showing a QR code's prompt (the hybrid transport). */
    public static boolean crossDevice(Set<String> transports) {
        return transports != null && transports.stream().anyMatch(t -> "hybrid".equals(t == null ? null : t.toLowerCase(Locale.ROOT)));
    }

    private static String account(Ecosystem ecosystem, String providerName) {
        return switch (ecosystem) {
            case APPLE -> "Apple";
            case GOOGLE -> "Google";
            case MICROSOFT -> "Microsoft";
            case SAMSUNG -> "Samsung";
            case THIRD_PARTY -> providerName == null || providerName.isBlank() ? null : providerName.trim();
            case SECURITY_KEY, UNKNOWN -> null;
        };
    }
}
