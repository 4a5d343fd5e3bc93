package dev.passkeyautopilot.webauthn;

import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WebAuthn L3 §7.1 "Registering a New Credential". */
class RegistrationVerifierTest {

    private static final String ORIGIN = "https://login.example.com";
    private static final RelyingParty RP = new RelyingParty("login.example.com", "Example", Set.of(ORIGIN), "required", "required",
            "none", null, List.of(-7L), 60_000);

    private final RegistrationVerifier verifier = new RegistrationVerifier();
    private final byte[] challenge = new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    private final CreationOptions options = CreationOptions.of(RP, challenge, "user-1", "alice", "Alice", List.of());

    private VerifiedRegistration register(SoftwareAuthenticator authenticator, String origin) throws CeremonyException {
        Map<String, String> fields = authenticator.register(json(options), origin);
        return verifier.verify(new ResponseFormConverter().toAttestation(fields::get), RP, challenge);
    }

    @Test
    @DisplayName("Succeeds and returns the attested credential, transports and flags")
    void succeedsForValidRegistration() throws CeremonyException {
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        VerifiedRegistration registration = register(authenticator, ORIGIN);
        assertArrayEquals(authenticator.credentialId(), registration.attestedCredentialData().getCredentialId());
        assertEquals(Set.of("internal", "hybrid"), registration.transports());
        assertEquals("platform", registration.authenticatorAttachment());
        assertEquals("none", registration.attestationFormat());
        assertTrue(registration.userVerified());
        assertFalse(registration.backupEligible());
    }

    @Test
    @DisplayName("Reports a synced passkey from the BE and BS flags")
    void reportsBackupFlags() throws CeremonyException {
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator().withFlags(SoftwareAuthenticator.FLAG_UP
                | SoftwareAuthenticator.FLAG_UV | SoftwareAuthenticator.FLAG_BE | SoftwareAuthenticator.FLAG_BS);
        VerifiedRegistration registration = register(authenticator, ORIGIN);
        assertTrue(registration.backupEligible());
        assertTrue(registration.backedUp());
    }

    @Test
    @DisplayName("§7.1 step 9: fails for another origin")
    void failsForOtherOrigin() {
        assertEquals(FailureReason.BAD_ORIGIN,
                assertThrows(CeremonyException.class, () -> register(new SoftwareAuthenticator(), "https://evil.test")).reason());
    }

    @Test
    @DisplayName("§7.1 step 15: fails without user verification when the policy requires it")
    void failsWithoutUserVerification() {
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator().withFlags(SoftwareAuthenticator.FLAG_UP);
        assertEquals(FailureReason.USER_NOT_VERIFIED, assertThrows(CeremonyException.class, () -> register(authenticator, ORIGIN)).reason());
    }

    @Test
    @DisplayName("Fails if the posted credential id is not the attested one")
    void failsForSwappedCredentialId() {
        Map<String, String> fields = new SoftwareAuthenticator().register(json(options), ORIGIN);
        fields.put("pa_credential_id", new SoftwareAuthenticator().credentialIdBase64Url());
        assertEquals(FailureReason.MALFORMED_RESPONSE, assertThrows(CeremonyException.class,
                () -> verifier.verify(new ResponseFormConverter().toAttestation(fields::get), RP, challenge)).reason());
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
