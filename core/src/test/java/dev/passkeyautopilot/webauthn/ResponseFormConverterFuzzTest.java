package dev.passkeyautopilot.webauthn;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field of the passkey forms is whatever the browser (or an attacker) posts. The converter's one declared
 * failure is a {@link CeremonyException} with {@link FailureReason#MALFORMED_RESPONSE}; any other exception is a finding.
 */
class ResponseFormConverterFuzzTest {

    private static final List<String> ASSERTION_FIELDS = List.of(ResponseFormConverter.CREDENTIAL_ID,
            ResponseFormConverter.CLIENT_DATA, ResponseFormConverter.AUTHENTICATOR_DATA, ResponseFormConverter.SIGNATURE,
            ResponseFormConverter.USER_HANDLE);
    private static final List<String> ATTESTATION_FIELDS = List.of(ResponseFormConverter.CREDENTIAL_ID,
            ResponseFormConverter.CLIENT_DATA, ResponseFormConverter.ATTESTATION_OBJECT, ResponseFormConverter.TRANSPORTS,
            ResponseFormConverter.ATTACHMENT);

    private final ResponseFormConverter converter = new ResponseFormConverter();

    @FuzzTest(maxDuration = "5m")
    void assertionFormIsConvertedOrRefusedAsMalformed(FuzzedDataProvider data) {
        Map<String, String> form = form(data, ASSERTION_FIELDS);
        try {
            AssertionResponse response = converter.toAssertion(form::get);
            assertTrue(response.credentialId().length > 0 && response.credentialId().length <= ResponseFormConverter.MAX_CREDENTIAL_ID_BYTES);
            response.userHandle().ifPresent(h -> assertTrue(h.length <= ResponseFormConverter.MAX_USER_HANDLE_BYTES));
        } catch (CeremonyException e) {
            assertEquals(FailureReason.MALFORMED_RESPONSE, e.reason());
        }
    }

    @FuzzTest(maxDuration = "5m")
    void attestationFormIsConvertedOrRefusedAsMalformed(FuzzedDataProvider data) {
        Map<String, String> form = form(data, ATTESTATION_FIELDS);
        try {
            AttestationResponse response = converter.toAttestation(form::get);
            assertTrue(response.attestationObject().length <= ResponseFormConverter.MAX_ATTESTATION_OBJECT_BYTES);
        } catch (CeremonyException e) {
            assertEquals(FailureReason.MALFORMED_RESPONSE, e.reason());
        }
    }

    /** A field is absent, or a string that is base64url of fuzzed bytes, or fuzzed text as it is. */
    private static Map<String, String> form(FuzzedDataProvider data, List<String> fields) {
        Map<String, String> form = new HashMap<>();
        for (String field : fields) {
            switch (data.consumeInt(0, 2)) {
                case 0 -> { }
                case 1 -> form.put(field, Base64Url.encode(data.consumeBytes(data.consumeInt(0, 2048))));
                default -> form.put(field, data.consumeString(2048));
            }
        }
        return form;
    }
}
