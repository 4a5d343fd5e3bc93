package dev.passkeyautopilot.webauthn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
    @DisplayName("§7.1 step 10: fails if the ceremony ran in a frame under another site (C.topOrigin), even when crossOrigin says false")
    void failsForForeignTopOrigin() throws Exception {
        Map<String, String> fields = new SoftwareAuthenticator().register(json(options), ORIGIN);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode clientData = (ObjectNode) mapper.readTree(Base64Url.decode(fields.get("pa_client_data")));
        clientData.put("crossOrigin", false).put("topOrigin", "https://evil.example");
        // "none" attestation signs nothing, so the altered client data needs no new signature
        fields.put("pa_client_data", Base64Url.encode(mapper.writeValueAsBytes(clientData)));
        assertEquals(FailureReason.BAD_ORIGIN, assertThrows(CeremonyException.class,
                () -> verifier.verify(new ResponseFormConverter().toAttestation(fields::get), RP, challenge)).reason());
    }

    @Test
    @DisplayName("§7.1 step 15: fails without user verification when the policy requires it")
    void failsWithoutUserVerification() {
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator().withFlags(SoftwareAuthenticator.FLAG_UP);
        assertEquals(FailureReason.USER_NOT_VERIFIED, assertThrows(CeremonyException.class, () -> register(authenticator, ORIGIN)).reason());
    }

    @Test
    @DisplayName("§7.1 step 10 (Level 2): fails as malformed, not with a runtime exception, if C.tokenBinding.id is not base64url")
    void failsAsMalformedForTokenBindingIdThatIsNotBase64url() throws Exception {
        Map<String, String> fields = new SoftwareAuthenticator().register(json(options), ORIGIN);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode clientData = (ObjectNode) mapper.readTree(Base64Url.decode(fields.get("pa_client_data")));
        clientData.putObject("tokenBinding").put("status", "present").put("id", "!!");
        // "none" attestation signs nothing, so the altered client data needs no new signature
        fields.put("pa_client_data", Base64Url.encode(mapper.writeValueAsBytes(clientData)));
        assertEquals(FailureReason.MALFORMED_RESPONSE, assertThrows(CeremonyException.class,
                () -> verifier.verify(new ResponseFormConverter().toAttestation(fields::get), RP, challenge)).reason());
    }

    @Test
    @DisplayName("§7.1 step 11: fails as malformed, not with a runtime exception, if the credential public key is not readable CBOR")
    void failsAsMalformedForUnreadableCredentialPublicKey() {
        // an EC2 P-256 COSE key whose y coordinate (label -3) is an array holding a text string that is not UTF-8
        ByteArrayOutputStream cose = new ByteArrayOutputStream();
        cose.writeBytes(new byte[] {(byte) 0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20});
        cose.writeBytes(new byte[32]);
        cose.writeBytes(new byte[] {0x22, (byte) 0x81, 0x61, (byte) 0xfa});
        assertEquals(FailureReason.MALFORMED_RESPONSE, registrationFailure(cose.toByteArray()));
    }

    @Test
    @DisplayName("§7.1 step 11: fails as malformed, not with a runtime exception, if the credential public key is CBOR null")
    void failsAsMalformedForNullCredentialPublicKey() {
        assertEquals(FailureReason.MALFORMED_RESPONSE, registrationFailure(new byte[] {(byte) 0xf6}));
    }

    /** Registers attested credential data (UP, UV, AT; zero AAGUID) that carries the given bytes as its public key. */
    private FailureReason registrationFailure(byte[] coseKey) {
        ByteArrayOutputStream authenticatorData = new ByteArrayOutputStream();
        authenticatorData.writeBytes(SoftwareAuthenticator.sha256("login.example.com".getBytes(StandardCharsets.UTF_8)));
        authenticatorData.write(SoftwareAuthenticator.FLAG_UP | SoftwareAuthenticator.FLAG_UV | SoftwareAuthenticator.FLAG_AT);
        authenticatorData.writeBytes(new byte[4 + 16]); // sign count, AAGUID
        byte[] credentialId = new byte[16];
        authenticatorData.writeBytes(new byte[] {0, (byte) credentialId.length});
        authenticatorData.writeBytes(credentialId);
        authenticatorData.writeBytes(coseKey);
        byte[] authData = authenticatorData.toByteArray();
        ByteArrayOutputStream attestationObject = new ByteArrayOutputStream();
        attestationObject.write(0xa3);
        attestationObject.writeBytes(new byte[] {0x63, 'f', 'm', 't', 0x64, 'n', 'o', 'n', 'e'});
        attestationObject.writeBytes(new byte[] {0x67, 'a', 't', 't', 'S', 't', 'm', 't', (byte) 0xa0});
        attestationObject.writeBytes(new byte[] {0x68, 'a', 'u', 't', 'h', 'D', 'a', 't', 'a', 0x58, (byte) authData.length});
        attestationObject.writeBytes(authData);
        Map<String, String> fields = new SoftwareAuthenticator().register(json(options), ORIGIN);
        fields.put("pa_credential_id", Base64Url.encode(credentialId));
        fields.put("pa_attestation_object", Base64Url.encode(attestationObject.toByteArray()));
        return assertThrows(CeremonyException.class,
                () -> verifier.verify(new ResponseFormConverter().toAttestation(fields::get), RP, challenge)).reason();
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
