package dev.passkeyautopilot.intelligence;

import dev.passkeyautopilot.webauthn.Hint;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HintPolicyTest {

    private static final Set<String> PLATFORM = Set.of("internal", "hybrid");
    private static final Set<String> SECURITY_KEY = Set.of("usb", "nfc");

    private static LoginDecision decision(Decision decision, Reason... reasons) {
        return new LoginDecision(decision, List.of(reasons));
    }

    @Nested
    @DisplayName("Sign-in")
    class SignIn {

        @Test
        @DisplayName("H1: passkeys only on security keys → security-key, whatever the decision")
        void securityKeysOnly() {
            assertEquals(List.of(Hint.SECURITY_KEY), HintPolicy.forSignIn(decision(Decision.BUTTON_ONLY, Reason.SECURITY_KEY),
                    List.of(SECURITY_KEY, Set.of("usb")), true));
            assertEquals(List.of(Hint.SECURITY_KEY), HintPolicy.forSignIn(decision(Decision.AUTO_PASSKEY, Reason.PLATFORM_AUTHENTICATOR_AVAILABLE),
                    List.of(SECURITY_KEY), false));
        }

        @Test
        @DisplayName("H2: a passkey expected here (automatic prompt, autofill) → client-device")
        void passkeyHere() {
            assertEquals(List.of(Hint.CLIENT_DEVICE), HintPolicy.forSignIn(decision(Decision.AUTO_PASSKEY, Reason.PLATFORM_AUTHENTICATOR_AVAILABLE),
                    List.of(PLATFORM, SECURITY_KEY), true));
            assertEquals(List.of(Hint.CLIENT_DEVICE), HintPolicy.forSignIn(decision(Decision.CONDITIONAL_ONLY, Reason.THIRD_PARTY_PROVIDER),
                    List.of(PLATFORM), false));
        }

        @Test
        @DisplayName("H3: every passkey on another device, cross-device available → hybrid; cross-device off → no hybrid")
        void anotherDevice() {
            LoginDecision elsewhere = decision(Decision.BUTTON_ONLY, Reason.DEVICE_BOUND_PASSKEY_OTHER_DEVICE, Reason.HYBRID_AVAILABLE);
            assertEquals(List.of(Hint.HYBRID), HintPolicy.forSignIn(elsewhere, List.of(PLATFORM), true));
            assertEquals(List.of(), HintPolicy.forSignIn(elsewhere, List.of(PLATFORM), false));
        }

        @Test
        @DisplayName("H4: a button for a password manager's passkey, or no prompt → no hint")
        void noHint() {
            assertEquals(List.of(), HintPolicy.forSignIn(decision(Decision.BUTTON_ONLY, Reason.THIRD_PARTY_PROVIDER), List.of(PLATFORM), true));
            assertEquals(List.of(), HintPolicy.forSignIn(decision(Decision.FALLBACK, Reason.CROSS_DEVICE_DISABLED), List.of(PLATFORM), false));
            assertEquals(List.of(), HintPolicy.forSignIn(decision(Decision.FALLBACK, Reason.NO_PASSKEYS), List.of(), true));
        }
    }

    @Nested
    @DisplayName("Creation")
    class Creation {

        @Test
        @DisplayName("A passkey on this device → client-device")
        void platform() {
            assertEquals(List.of(Hint.CLIENT_DEVICE), HintPolicy.forCreation(null, true));
            assertEquals(List.of(Hint.CLIENT_DEVICE), HintPolicy.forCreation("platform", false));
        }

        @Test
        @DisplayName("A roaming authenticator → security-key, and hybrid only while cross-device is allowed")
        void roaming() {
            assertEquals(List.of(Hint.SECURITY_KEY, Hint.HYBRID), HintPolicy.forCreation("cross-platform", true));
            assertEquals(List.of(Hint.SECURITY_KEY), HintPolicy.forCreation("cross-platform", false));
        }
    }

    @Test
    @DisplayName("Wire values")
    void codes() {
        assertEquals(List.of("client-device", "hybrid", "security-key"), List.of(Hint.values()).stream().map(Hint::code).toList());
    }
}
