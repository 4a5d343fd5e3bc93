package dev.passkeyautopilot.passkeylist;

import dev.passkeyautopilot.passkeylist.PasskeyLocation.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasskeyLocationTest {

    @Test
    @DisplayName("Backup eligible: synced with the provider's account, named by its ecosystem")
    void syncedByFlag() {
        assertEquals(new PasskeyLocation(Kind.SYNCED, "Google"),
                PasskeyLocation.of(true, "platform", Set.of("hybrid", "internal"), "Google Password Manager"));
        assertEquals(new PasskeyLocation(Kind.SYNCED, "Apple"), PasskeyLocation.of(true, "platform", Set.of("internal"), "iCloud Keychain"));
        assertEquals(new PasskeyLocation(Kind.SYNCED, "1Password"), PasskeyLocation.of(true, "platform", Set.of("internal"), "1Password"));
        assertEquals(new PasskeyLocation(Kind.SYNCED, null), PasskeyLocation.of(true, "platform", Set.of("internal"), null));
    }

    @Test
    @DisplayName("Not backup eligible on the platform: on one device only, whatever the provider's usual habit")
    void deviceBoundByFlag() {
        assertEquals(Kind.ONE_DEVICE, PasskeyLocation.of(false, "platform", Set.of("internal"), "Windows Hello").kind());
        assertEquals(Kind.ONE_DEVICE, PasskeyLocation.of(false, "platform", Set.of("internal"), "Chrome on Mac").kind());
        assertEquals(Kind.ONE_DEVICE, PasskeyLocation.of(false, null, Set.of(), null).kind());
    }

    @Test
    @DisplayName("Roaming transports only, or a known key vendor: on a security key")
    void securityKey() {
        assertEquals(Kind.SECURITY_KEY, PasskeyLocation.of(false, "cross-platform", Set.of("usb", "nfc"), null).kind());
        assertEquals(Kind.SECURITY_KEY, PasskeyLocation.of(null, null, Set.of("usb"), "YubiKey 5 Series").kind());
        assertEquals(Kind.SECURITY_KEY, PasskeyLocation.of(null, "cross-platform", Set.of("usb"), null).kind());
    }

    @Test
    @DisplayName("Flag not recorded (Keycloak's own pages): the provider's habit decides, then the attachment")
    void flagUnknown() {
        assertEquals(new PasskeyLocation(Kind.SYNCED, "Apple"), PasskeyLocation.of(null, null, Set.of("internal"), "iCloud Keychain"));
        assertEquals(Kind.ONE_DEVICE, PasskeyLocation.of(null, null, Set.of("internal"), "Windows Hello").kind());
        assertEquals(Kind.ONE_DEVICE, PasskeyLocation.of(null, "platform", Set.of(), null).kind());
        assertEquals(Kind.UNKNOWN, PasskeyLocation.of(null, null, Set.of(), null).kind());
        assertEquals(Kind.UNKNOWN, PasskeyLocation.of(null, null, null, "Some Unknown Vendor").kind());
    }

    @Test
    @DisplayName("Sign-in from another device: only with the hybrid transport")
    void crossDevice() {
        assertTrue(PasskeyLocation.crossDevice(Set.of("internal", "hybrid")));
        assertTrue(PasskeyLocation.crossDevice(Set.of("HYBRID")));
        assertFalse(PasskeyLocation.crossDevice(Set.of("internal")));
        assertFalse(PasskeyLocation.crossDevice(Set.of()));
        assertFalse(PasskeyLocation.crossDevice(null));
    }
}
