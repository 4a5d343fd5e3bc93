package dev.passkeyautopilot.webauthn;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Starts from a valid assertion or registration made by a fixed {@link SoftwareAuthenticator} and lets the fuzzer's bytes
 * alter its decoded parts (overwrite, cut, insert), optionally signing the altered parts again so that the verifier
 * gets past the signature into the deeper checks. The verifiers' one declared failure is a {@link CeremonyException};
 * anything else escaping them would become a 500 at the login form.
 */
class CeremonyVerificationFuzzTest {

    private static final String ORIGIN = "https://login.example.com";
    private static final RelyingParty RP = new RelyingParty("login.example.com", "Example", Set.of(ORIGIN), "required", "required",
            "none", null, List.of(-7L, -257L), 60_000);
    private static final byte[] CHALLENGE = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    private static final int MAX_ALTERATIONS = 4;
    private static final long MAX_SIGN_COUNT = 0xFFFF_FFFFL;

    // A fixed key and credential id, so that a committed input alters the same bytes in every run (only the ECDSA
    // signature still differs from run to run).
    private static final SoftwareAuthenticator AUTHENTICATOR = SoftwareAuthenticator.restore("{"
            + "\"privateKey\":\"MEECAQAwEwYHKoZIzj0CAQYIKoZIzj0DAQcEJzAlAgEBBCD1gIVlwjlbHQBWOGQHgiEwib0jh1_K_1qLcvn0hqgX7w\","
            + "\"publicKey\":\"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEQ2zOUWMiLZtt6iWgMTj-Qa_XOFvFDak-14Xu90oUfgmRqMa5GWGHuCACHlapX9vj_eP7HlEM7SmtR5IE7VrWfw\","
            + "\"credentialId\":\"SNSI0MD-0twavsiSGxSJXSzZ80ujWG1a9nb5-2rJ9Js\",\"userHandle\":null,\"signCount\":0}");
    private static final Map<String, String> ASSERTION = AUTHENTICATOR.assertion(
            "{\"challenge\":\"" + Base64Url.encode(CHALLENGE) + "\",\"rpId\":\"login.example.com\"}", ORIGIN).fields();
    private static final Map<String, String> REGISTRATION = AUTHENTICATOR.register(creationOptions(), ORIGIN);

    private final ResponseFormConverter converter = new ResponseFormConverter();
    private final AssertionVerifier assertionVerifier = new AssertionVerifier();
    private final RegistrationVerifier registrationVerifier = new RegistrationVerifier();

    @FuzzTest(maxDuration = "5m")
    void alteredAssertionVerifiesOrFailsWithAReason(FuzzedDataProvider data) {
        byte[] credentialId = decoded(ASSERTION, ResponseFormConverter.CREDENTIAL_ID);
        byte[] clientData = decoded(ASSERTION, ResponseFormConverter.CLIENT_DATA);
        byte[] authenticatorData = decoded(ASSERTION, ResponseFormConverter.AUTHENTICATOR_DATA);
        byte[] signature = decoded(ASSERTION, ResponseFormConverter.SIGNATURE);
        byte[] userHandle = decoded(ASSERTION, ResponseFormConverter.USER_HANDLE);
        int alterations = data.consumeInt(0, MAX_ALTERATIONS);
        for (int i = 0; i < alterations; i++) {
            switch (data.consumeInt(0, 4)) {
                case 0 -> clientData = alter(clientData, data);
                case 1 -> authenticatorData = alter(authenticatorData, data);
                case 2 -> signature = alter(signature, data);
                case 3 -> userHandle = alter(userHandle, data);
                default -> credentialId = alter(credentialId, data);
            }
        }
        if (data.consumeBoolean()) {
            signature = AUTHENTICATOR.signature(authenticatorData, clientData);
        }
        // The stored counter came from an earlier authenticator data, so it is an unsigned 32-bit number.
        StoredPasskey passkey = new StoredPasskey(AUTHENTICATOR.credentialId(), AUTHENTICATOR.publicKey(),
                data.consumeLong(0, MAX_SIGN_COUNT), null, Set.of("internal"));
        try {
            AssertionResponse response = new AssertionResponse(credentialId, clientData, authenticatorData, signature,
                    userHandle.length == 0 ? null : userHandle);
            assertNotNull(assertionVerifier.verify(response, passkey, RP, CHALLENGE));
        } catch (CeremonyException e) {
            assertNotNull(e.reason());
        }
    }

    @FuzzTest(maxDuration = "5m")
    void alteredRegistrationVerifiesOrFailsWithAReason(FuzzedDataProvider data) {
        byte[] credentialId = decoded(REGISTRATION, ResponseFormConverter.CREDENTIAL_ID);
        byte[] clientData = decoded(REGISTRATION, ResponseFormConverter.CLIENT_DATA);
        byte[] attestationObject = decoded(REGISTRATION, ResponseFormConverter.ATTESTATION_OBJECT);
        int alterations = data.consumeInt(0, MAX_ALTERATIONS);
        for (int i = 0; i < alterations; i++) {
            switch (data.consumeInt(0, 2)) {
                case 0 -> clientData = alter(clientData, data);
                case 1 -> attestationObject = alter(attestationObject, data);
                default -> credentialId = alter(credentialId, data);
            }
        }
        try {
            AttestationResponse response = new AttestationResponse(credentialId, clientData, attestationObject, Set.of(), null);
            assertNotNull(registrationVerifier.verify(response, RP, CHALLENGE));
        } catch (CeremonyException e) {
            assertNotNull(e.reason());
        }
    }

    /** Overwrites, cuts out or inserts a run of fuzzed bytes at a fuzzed offset. */
    private static byte[] alter(byte[] bytes, FuzzedDataProvider data) {
        int at = data.consumeInt(0, bytes.length);
        return switch (data.consumeInt(0, 2)) {
            case 0 -> {
                byte[] run = data.consumeBytes(bytes.length - at);
                byte[] out = bytes.clone();
                System.arraycopy(run, 0, out, at, run.length);
                yield out;
            }
            case 1 -> {
                int end = data.consumeInt(at, bytes.length);
                byte[] out = Arrays.copyOf(bytes, bytes.length - (end - at));
                System.arraycopy(bytes, end, out, at, bytes.length - end);
                yield out;
            }
            default -> {
                byte[] run = data.consumeBytes(data.consumeInt(0, 64));
                byte[] out = new byte[bytes.length + run.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(run, 0, out, at, run.length);
                System.arraycopy(bytes, at, out, at + run.length, bytes.length - at);
                yield out;
            }
        };
    }

    private static byte[] decoded(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isEmpty() ? new byte[0] : Base64Url.decode(value);
    }

    private static String creationOptions() {
        try {
            return new ObjectMapper().writeValueAsString(CreationOptions.of(RP, CHALLENGE, "user-1", "alice", "Alice", List.of()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
