package dev.passkeyautopilot.webauthn;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResponseFormConverterTest {

    private final ResponseFormConverter converter = new ResponseFormConverter();

    private static Map<String, String> validAssertionFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put(ResponseFormConverter.CREDENTIAL_ID, "AAEC");
        fields.put(ResponseFormConverter.CLIENT_DATA, "e30");
        fields.put(ResponseFormConverter.AUTHENTICATOR_DATA, "AAEC");
        fields.put(ResponseFormConverter.SIGNATURE, "AAEC");
        return fields;
    }

    @Test
    @DisplayName("A missing required field is malformed")
    void missingFieldIsMalformed() {
        Map<String, String> fields = validAssertionFields();
        fields.remove(ResponseFormConverter.SIGNATURE);
        assertEquals(FailureReason.MALFORMED_RESPONSE, assertThrows(CeremonyException.class, () -> converter.toAssertion(fields::get)).reason());
    }

    @Test
    @DisplayName("Characters outside base64url are malformed")
    void invalidBase64IsMalformed() {
        Map<String, String> fields = validAssertionFields();
        fields.put(ResponseFormConverter.CLIENT_DATA, "<script>alert(1)</script>");
        assertEquals(FailureReason.MALFORMED_RESPONSE, assertThrows(CeremonyException.class, () -> converter.toAssertion(fields::get)).reason());
    }

    @Test
    @DisplayName("An oversized field is refused before decoding")
    void oversizedFieldIsMalformed() {
        Map<String, String> fields = validAssertionFields();
        fields.put(ResponseFormConverter.CREDENTIAL_ID, "A".repeat(5000));
        assertEquals(FailureReason.MALFORMED_RESPONSE, assertThrows(CeremonyException.class, () -> converter.toAssertion(fields::get)).reason());
    }

    @Test
    @DisplayName("An empty user handle means none")
    void emptyUserHandleIsAbsent() throws CeremonyException {
        Map<String, String> fields = validAssertionFields();
        fields.put(ResponseFormConverter.USER_HANDLE, "");
        assertEquals(java.util.Optional.empty(), converter.toAssertion(fields::get).userHandle());
    }

    @Test
    @DisplayName("Unknown transports and attachments reported by the page are dropped")
    void unknownHintsAreDropped() {
        assertEquals(Set.of("usb", "hybrid"), ResponseFormConverter.transports("usb,<b>x</b>,HYBRID"));
        assertNull(ResponseFormConverter.attachment("<script>"));
        assertEquals("platform", ResponseFormConverter.attachment("platform"));
    }

    @Test
    @DisplayName("Browser error names map to reason codes; anything else is client_error")
    void clientErrorsMap() {
        assertEquals(FailureReason.NOT_ALLOWED, FailureReason.fromClientError("NotAllowedError"));
        assertEquals(FailureReason.CANCELLED, FailureReason.fromClientError("AbortError"));
        assertEquals(FailureReason.TIMEOUT, FailureReason.fromClientError("TimeoutError"));
        assertEquals(FailureReason.CLIENT_ERROR, FailureReason.fromClientError("Whatever"));
        assertEquals("counter_regressed", FailureReason.COUNTER_REGRESSED.code());
    }
}
