package dev.passkeyautopilot.webauthn;

import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Follows WebAuthn L3 §7.2 "Verifying an Authentication Assertion", one nested class per step we rely on. */
class AssertionVerifierTest {

    private static final String ORIGIN = "https://login.example.com";
    private static final RelyingParty RP = new RelyingParty("login.example.com", "Example", Set.of(ORIGIN, "https://app.example.com"),
            "required", "required", "none", null, List.of(-7L, -257L), 60_000);

    private final AssertionVerifier verifier = new AssertionVerifier();
    private SoftwareAuthenticator authenticator;
    private byte[] challenge;
    private String options;

    @BeforeEach
    void newAuthenticator() {
        authenticator = new SoftwareAuthenticator();
        challenge = new byte[32];
        new java.security.SecureRandom().nextBytes(challenge);
        options = "{\"challenge\":\"" + Base64Url.encode(challenge) + "\",\"rpId\":\"login.example.com\"}";
    }

    private StoredPasskey stored(long counter) {
        return new StoredPasskey(authenticator.credentialId(), authenticator.publicKey(), counter, null, Set.of("internal"));
    }

    private VerifiedAssertion verify(Map<String, String> fields, long storedCounter) throws CeremonyException {
        AssertionResponse response = new ResponseFormConverter().toAssertion(fields::get);
        return verifier.verify(response, stored(storedCounter), RP, challenge);
    }

    private FailureReason failure(Map<String, String> fields) {
        return assertThrows(CeremonyException.class, () -> verify(fields, 0)).reason();
    }

    @Test
    @DisplayName("Succeeds for an untouched assertion and reports counter and flags")
    void succeedsForValidAssertion() throws CeremonyException {
        VerifiedAssertion verified = verify(authenticator.assertion(options, ORIGIN).fields(), 0);
        assertEquals(1, verified.signCount());
        assertTrue(verified.userVerified());
    }

    @Test
    @DisplayName("Succeeds for an extra origin of the policy")
    void succeedsForExtraOrigin() throws CeremonyException {
        verify(authenticator.assertion(options, "https://app.example.com").fields(), 0);
    }

    @Nested
    @DisplayName("§7.2 step 5: the credential must be one the server allowed")
    class CredentialId {
        @Test
        @DisplayName("Fails if the assertion names another credential")
        void failsForOtherCredential() {
            Map<String, String> fields = authenticator.assertion(options, ORIGIN).fields();
            fields.put("pa_credential_id", new SoftwareAuthenticator().credentialIdBase64Url());
            assertEquals(FailureReason.UNKNOWN_CREDENTIAL, failure(fields));
        }
    }

    @Nested
    @DisplayName("§7.2 step 11: C.type must be webauthn.get")
    class Type {
        @Test
        @DisplayName("Fails if the type is webauthn.create")
        void failsForCreateType() {
            assertEquals(FailureReason.BAD_TYPE, failure(authenticator.assertion(options, ORIGIN).type("webauthn.create").fields()));
        }
    }

    @Nested
    @DisplayName("§7.2 step 12: C.challenge must equal the issued challenge")
    class Challenge {
        @Test
        @DisplayName("Fails if the challenge differs")
        void failsForOtherChallenge() {
            assertEquals(FailureReason.BAD_CHALLENGE,
                    failure(authenticator.assertion(options, ORIGIN).challenge(Base64Url.encode(new byte[32])).fields()));
        }
    }

    @Nested
    @DisplayName("§7.2 step 13: C.origin must be an expected origin")
    class OriginStep {
        @Test
        @DisplayName("Fails for a look-alike origin")
        void failsForOtherOrigin() {
            assertEquals(FailureReason.BAD_ORIGIN, failure(authenticator.assertion(options, "https://login.example.com.evil.test").fields()));
        }
    }

    @Nested
    @DisplayName("§7.2 step 14: C.topOrigin, when present, must be a page the RP expects to be framed in; ours are never framed by another origin")
    class TopOrigin {
        @Test
        @DisplayName("Fails if the ceremony ran in a frame under another site (topOrigin), even when crossOrigin says false")
        void failsForForeignTopOrigin() {
            assertEquals(FailureReason.BAD_ORIGIN, failure(authenticator.assertion(options, ORIGIN)
                    .clientData(c -> c.put("crossOrigin", false).put("topOrigin", "https://evil.example")).fields()));
        }

        @Test
        @DisplayName("Fails if the client reports a cross-origin frame")
        void failsForCrossOriginFrame() {
            assertEquals(FailureReason.BAD_ORIGIN, failure(authenticator.assertion(options, ORIGIN)
                    .clientData(c -> c.put("crossOrigin", true).put("topOrigin", ORIGIN)).fields()));
        }

        @Test
        @DisplayName("Succeeds if topOrigin is one of the RP's own origins and crossOrigin is false")
        void succeedsForOwnTopOrigin() throws CeremonyException {
            verify(authenticator.assertion(options, ORIGIN).clientData(c -> c.put("crossOrigin", false).put("topOrigin", ORIGIN)).fields(), 0);
        }
    }

    @Nested
    @DisplayName("§7.2 step 14 (Level 2): C.tokenBinding, when present, must be readable")
    class TokenBinding {
        @Test
        @DisplayName("Fails as malformed, not with a runtime exception, if C.tokenBinding.id is not base64url")
        void failsAsMalformedForTokenBindingIdThatIsNotBase64url() {
            Map<String, String> fields = authenticator.assertion(options, ORIGIN)
                    .clientData(c -> c.putObject("tokenBinding").put("status", "present").put("id", "!!")).fields();
            assertEquals(FailureReason.MALFORMED_RESPONSE, failure(fields));
        }

        @Test
        @DisplayName("Succeeds if C.tokenBinding says supported without an id (browsers that know the member)")
        void succeedsForTokenBindingSupported() throws CeremonyException {
            verify(authenticator.assertion(options, ORIGIN)
                    .clientData(c -> c.putObject("tokenBinding").put("status", "supported")).fields(), 0);
        }
    }

    @Nested
    @DisplayName("§7.2 step 18: the extensions in authenticatorData must be readable")
    class Extensions {
        @Test
        @DisplayName("Fails as malformed, not with a runtime exception, if the extensions are not readable CBOR")
        void failsAsMalformedForUnreadableExtensions() {
            Map<String, String> fields = authenticator.assertion(options, ORIGIN).fields();
            // flags UP, UV and ED, then signed extensions {"largeBlobKey": ["<not UTF-8>"]}: a byte string expected
            byte[] extensions = {(byte) 0xa1, 0x6c, 'l', 'a', 'r', 'g', 'e', 'B', 'l', 'o', 'b', 'K', 'e', 'y',
                    (byte) 0x81, 0x61, (byte) 0xfa};
            byte[] authenticatorData = Arrays.copyOf(Base64Url.decode(fields.get("pa_authenticator_data")), 37 + extensions.length);
            authenticatorData[32] = (byte) (SoftwareAuthenticator.FLAG_UP | SoftwareAuthenticator.FLAG_UV | 0x80);
            System.arraycopy(extensions, 0, authenticatorData, 37, extensions.length);
            byte[] clientData = Base64Url.decode(fields.get("pa_client_data"));
            fields.put("pa_authenticator_data", Base64Url.encode(authenticatorData));
            fields.put("pa_signature", Base64Url.encode(authenticator.signature(authenticatorData, clientData)));
            assertEquals(FailureReason.MALFORMED_RESPONSE, failure(fields));
        }
    }

    @Nested
    @DisplayName("§7.2 step 15: rpIdHash must be the SHA-256 of the RP ID")
    class RpId {
        @Test
        @DisplayName("Fails if the authenticator data is for another RP")
        void failsForOtherRpId() {
            assertEquals(FailureReason.BAD_RP_ID, failure(authenticator.assertion(options, ORIGIN).rpId("evil.test").fields()));
        }
    }

    @Nested
    @DisplayName("§7.2 steps 16-17: user presence, and user verification when required")
    class Flags {
        @Test
        @DisplayName("Fails without the UP flag")
        void failsWithoutUserPresence() {
            assertEquals(FailureReason.USER_NOT_PRESENT,
                    failure(authenticator.assertion(options, ORIGIN).flags(SoftwareAuthenticator.FLAG_UV).fields()));
        }

        @Test
        @DisplayName("Fails without the UV flag when the policy requires verification")
        void failsWithoutUserVerification() {
            assertEquals(FailureReason.USER_NOT_VERIFIED,
                    failure(authenticator.assertion(options, ORIGIN).flags(SoftwareAuthenticator.FLAG_UP).fields()));
        }
    }

    @Nested
    @DisplayName("§7.2 step 21: the signature must verify over authenticatorData || hash(clientDataJSON)")
    class SignatureStep {
        @Test
        @DisplayName("Fails if the signature is altered")
        void failsForTamperedSignature() {
            Map<String, String> fields = authenticator.assertion(options, ORIGIN).fields();
            byte[] signature = Base64Url.decode(fields.get("pa_signature"));
            signature[signature.length - 1] ^= 0x01;
            fields.put("pa_signature", Base64Url.encode(signature));
            assertEquals(FailureReason.BAD_SIGNATURE, failure(fields));
        }

        @Test
        @DisplayName("Fails if the authenticator data is altered after signing")
        void failsForTamperedAuthenticatorData() {
            Map<String, String> fields = authenticator.assertion(options, ORIGIN).fields();
            byte[] data = Base64Url.decode(fields.get("pa_authenticator_data"));
            data[data.length - 1] ^= 0x01; // the low byte of the signature counter
            fields.put("pa_authenticator_data", Base64Url.encode(data));
            assertEquals(FailureReason.BAD_SIGNATURE, failure(fields));
        }

        @Test
        @DisplayName("Fails if the client data is altered after signing")
        void failsForTamperedClientData() {
            Map<String, String> fields = authenticator.assertion(options, ORIGIN).fields();
            String clientData = new String(Base64Url.decode(fields.get("pa_client_data")), StandardCharsets.UTF_8)
                    .replace("\"crossOrigin\":false", "\"crossOrigin\":false ");
            fields.put("pa_client_data", Base64Url.encode(clientData.getBytes(StandardCharsets.UTF_8)));
            assertEquals(FailureReason.BAD_SIGNATURE, failure(fields));
        }
    }

    @Nested
    @DisplayName("§7.2 step 22: the signature counter must grow")
    class Counter {
        @Test
        @DisplayName("Fails, reporting both values, if the counter went backwards")
        void failsForRegressedCounter() {
            Map<String, String> fields = authenticator.withSignCount(4).assertion(options, ORIGIN).fields();
            CounterRegressionException e = assertThrows(CounterRegressionException.class, () -> verify(fields, 10));
            assertEquals(10, e.storedCounter());
            assertEquals(5, e.presentedCounter());
            assertEquals(FailureReason.COUNTER_REGRESSED, e.reason());
        }

        @Test
        @DisplayName("Succeeds when the authenticator keeps no counter (always 0)")
        void succeedsForZeroCounters() throws CeremonyException {
            Map<String, String> fields = authenticator.assertion(options, ORIGIN).signCount(0).fields();
            assertEquals(0, verify(fields, 0).signCount());
        }
    }

    @Nested
    @DisplayName("Parsing: malformed input is a MALFORMED_RESPONSE, never a runtime exception")
    class Malformed {
        @Test
        @DisplayName("Fails for client data that is not JSON")
        void failsForGarbageClientData() {
            Map<String, String> fields = authenticator.assertion(options, ORIGIN).fields();
            fields.put("pa_client_data", Base64Url.encode("{not json".getBytes(StandardCharsets.UTF_8)));
            assertEquals(FailureReason.MALFORMED_RESPONSE, failure(fields));
        }

        @Test
        @DisplayName("Fails for authenticator data too short to hold its header")
        void failsForTruncatedAuthenticatorData() {
            Map<String, String> fields = authenticator.assertion(options, ORIGIN).fields();
            fields.put("pa_authenticator_data", Base64Url.encode(new byte[5]));
            assertEquals(FailureReason.MALFORMED_RESPONSE, failure(fields));
        }
    }
}
