package dev.passkeyautopilot.webauthn;

import java.util.Locale;

/**
 * A WebAuthn Level 3 public-key credential hint (§5.8.7, {@code PublicKeyCredentialHint}): which kind of
 * authenticator the relying party expects, so the browser can put the right option first. A hint never restricts
 * what the user may choose; browsers that do not know hints ignore them (Chrome 128+, Safari 18 read them).
 */
public enum Hint {
    /** A platform authenticator on this device. */
    CLIENT_DEVICE,
    /** A phone or tablet over the hybrid transport (QR code, cross-device). */
    HYBRID,
    /** A roaming security key (USB, NFC, BLE). */
    SECURITY_KEY;

    /** The wire value: {@code client-device}, {@code hybrid}, {@code security-key}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
