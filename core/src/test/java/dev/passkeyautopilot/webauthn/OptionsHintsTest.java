package dev.passkeyautopilot.webauthn;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What request and creation options advertise: hints as given, and nothing hybrid with cross-device off. */
class OptionsHintsTest {

    private static final RelyingParty RP = new RelyingParty("login.example.com", "Example", Set.of("https://login.example.com"),
            "required", "required", "none", null, List.of(-7L), 60_000);
    private static final byte[] CHALLENGE = new byte[32];
    private static final StoredPasskey PHONE_ONLY = new StoredPasskey(new byte[]{1}, null, 0, true, Set.of("hybrid"));
    private static final StoredPasskey LAPTOP = new StoredPasskey(new byte[]{2}, null, 0, true, Set.of("internal", "hybrid"));
    private static final StoredPasskey OLD = new StoredPasskey(new byte[]{3}, null, 0, null, Set.of());

    @Test
    @DisplayName("Cross-device on: hints and transports as they are")
    void crossDeviceOn() {
        RequestOptions options = RequestOptions.of(RP, CHALLENGE, List.of(PHONE_ONLY, LAPTOP, OLD), List.of(Hint.HYBRID), true);
        assertEquals(List.of("hybrid"), options.hints());
        assertEquals(List.of(List.of("hybrid"), List.of("hybrid", "internal"), List.of()),
                options.allowCredentials().stream().map(CredentialDescriptor::transports).toList());
    }

    @Test
    @DisplayName("Cross-device off: no hybrid hint, no hybrid transport, a phone-only passkey left out")
    void crossDeviceOff() {
        RequestOptions options = RequestOptions.of(RP, CHALLENGE, List.of(PHONE_ONLY, LAPTOP, OLD), List.of(Hint.CLIENT_DEVICE, Hint.HYBRID), false);
        assertEquals(List.of("client-device"), options.hints());
        assertEquals(List.of(Base64Url.encode(new byte[]{2}), Base64Url.encode(new byte[]{3})),
                options.allowCredentials().stream().map(CredentialDescriptor::id).toList());
        assertEquals(List.of(List.of("internal"), List.of()), options.allowCredentials().stream().map(CredentialDescriptor::transports).toList());

        CreationOptions creation = CreationOptions.of(RP, CHALLENGE, "user-1", "alice", "Alice", List.of(PHONE_ONLY, LAPTOP),
                List.of(Hint.SECURITY_KEY, Hint.HYBRID), false);
        assertEquals(List.of("security-key"), creation.hints());
        assertEquals(List.of(List.of("internal")), creation.excludeCredentials().stream().map(CredentialDescriptor::transports).toList());
    }

    @Test
    @DisplayName("Without hints given, none are sent")
    void noHints() {
        assertEquals(List.of(), RequestOptions.of(RP, CHALLENGE, List.of(LAPTOP)).hints());
        assertEquals(List.of(), CreationOptions.of(RP, CHALLENGE, "user-1", "alice", "Alice", List.of()).hints());
    }
}
