package dev.passkeyautopilot.intelligence;

import dev.passkeyautopilot.webauthn.Hint;

import java.util.List;
import java.util.Set;

/**
 * Which WebAuthn hints our pages send (docs/intelligence.md, "Hints"). Hints follow the login decision: where
 * the intelligence expects a passkey on this device the browser is told so, where it expects only another
 * device to help the browser is told to reach for a phone, and with cross-device sign-in switched off no hint
 * names hybrid. Pure: the authenticator module applies the result to the options.
 */
public final class HintPolicy {

    private static final Set<String> SECURITY_KEY_TRANSPORTS = Set.of("usb", "nfc", "ble", "smart-card");

    private HintPolicy() {
    }

    /**
     * Hints for a sign-in with this user's passkeys.
     *
     * <ol>
     *   <li>H1: every passkey reported only security-key transports: {@code security-key}.</li>
     *   <li>H2: the decision expects a passkey here ({@code auto_passkey}, {@code conditional_only}): {@code client-device}.</li>
     *   <li>H3: {@code button_only} because every passkey is on another device and cross-device is available
     *       ({@code hybrid_available}): {@code hybrid}, only while the realm allows cross-device sign-in.</li>
     *   <li>H4: anything else: no hint, the browser decides.</li>
     * </ol>
     *
     * @param transports each passkey's reported transports
     */
    public static List<Hint> forSignIn(LoginDecision decision, List<Set<String>> transports, boolean crossDevice) {
        if (!transports.isEmpty() && transports.stream().allMatch(HintPolicy::securityKeyOnly)) {
            return List.of(Hint.SECURITY_KEY);
        }
        return switch (decision.decision()) {
            case AUTO_PASSKEY, CONDITIONAL_ONLY -> List.of(Hint.CLIENT_DEVICE);
            case BUTTON_ONLY -> crossDevice && decision.reasons().contains(Reason.HYBRID_AVAILABLE) ? List.of(Hint.HYBRID) : List.of();
            case FALLBACK -> List.of();
        };
    }

    /**
     * Hints for creating a passkey after a password sign-in on this device: {@code client-device}, or for a realm
     * whose policy asks for a roaming authenticator ({@code cross-platform}) {@code security-key}, with
     * {@code hybrid} after it while cross-device sign-in is allowed.
     */
    public static List<Hint> forCreation(String authenticatorAttachment, boolean crossDevice) {
        if ("cross-platform".equals(authenticatorAttachment)) {
            return crossDevice ? List.of(Hint.SECURITY_KEY, Hint.HYBRID) : List.of(Hint.SECURITY_KEY);
        }
        return List.of(Hint.CLIENT_DEVICE);
    }

    private static boolean securityKeyOnly(Set<String> transports) {
        return !transports.isEmpty() && SECURITY_KEY_TRANSPORTS.containsAll(transports);
    }
}
