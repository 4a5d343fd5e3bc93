package dev.passkeyautopilot.webauthn;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the form fields our pages post into {@link AssertionResponse} / {@link AttestationResponse}.
 * Only this class knows the field names and their encodings; every malformed or oversized field becomes
 * a {@link CeremonyException} with {@link FailureReason#MALFORMED_RESPONSE}, never a runtime exception.
 */
public final class ResponseFormConverter {

    public static final String CREDENTIAL_ID = "pa_credential_id";
    public static final String CLIENT_DATA = "pa_client_data";
    public static final String AUTHENTICATOR_DATA = "pa_authenticator_data";
    public static final String SIGNATURE = "pa_signature";
    public static final String USER_HANDLE = "pa_user_handle";
    public static final String ATTESTATION_OBJECT = "pa_attestation_object";
    public static final String TRANSPORTS = "pa_transports";
    public static final String ATTACHMENT = "pa_attachment";

    // WebAuthn L3 §5.8.3 caps credential ids at 1023 bytes and §5.4.3 user handles at 64. The other caps are
    // generous for real authenticators (packed attestation with a certificate chain is a few KiB).
    static final int MAX_CREDENTIAL_ID_BYTES = 1023;
    static final int MAX_USER_HANDLE_BYTES = 64;
    static final int MAX_CLIENT_DATA_BYTES = 8 * 1024;
    static final int MAX_AUTHENTICATOR_DATA_BYTES = 8 * 1024;
    static final int MAX_SIGNATURE_BYTES = 1024;
    static final int MAX_ATTESTATION_OBJECT_BYTES = 32 * 1024;

    private static final Set<String> KNOWN_TRANSPORTS = Set.of("usb", "nfc", "ble", "internal", "hybrid", "smart-card");
    private static final Set<String> KNOWN_ATTACHMENTS = Set.of("platform", "cross-platform");

    public AssertionResponse toAssertion(Function<String, String> form) throws CeremonyException {
        return new AssertionResponse(
                required(form, CREDENTIAL_ID, MAX_CREDENTIAL_ID_BYTES),
                required(form, CLIENT_DATA, MAX_CLIENT_DATA_BYTES),
                required(form, AUTHENTICATOR_DATA, MAX_AUTHENTICATOR_DATA_BYTES),
                required(form, SIGNATURE, MAX_SIGNATURE_BYTES),
                optional(form, USER_HANDLE, MAX_USER_HANDLE_BYTES));
    }

    public AttestationResponse toAttestation(Function<String, String> form) throws CeremonyException {
        return new AttestationResponse(
                required(form, CREDENTIAL_ID, MAX_CREDENTIAL_ID_BYTES),
                required(form, CLIENT_DATA, MAX_CLIENT_DATA_BYTES),
                required(form, ATTESTATION_OBJECT, MAX_ATTESTATION_OBJECT_BYTES),
                transports(form.apply(TRANSPORTS)),
                attachment(form.apply(ATTACHMENT)));
    }

    private static byte[] required(Function<String, String> form, String field, int maxBytes) throws CeremonyException {
        byte[] value = optional(form, field, maxBytes);
        if (value == null) {
            throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Missing field " + field);
        }
        return value;
    }

    private static byte[] optional(Function<String, String> form, String field, int maxBytes) throws CeremonyException {
        String text = form.apply(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        // base64url needs 4 characters per 3 bytes: refuse before decoding anything oversized
        if (text.length() > (maxBytes * 4L + 2) / 3 + 3) {
            throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Field " + field + " is longer than " + maxBytes + " bytes");
        }
        try {
            byte[] bytes = Base64Url.decode(text.trim());
            if (bytes.length == 0 || bytes.length > maxBytes) {
                throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Field " + field + " has an invalid length");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Field " + field + " is not base64url", e);
        }
    }

    /** Unknown transports are dropped rather than refused: browsers add new ones over time. */
    static Set<String> transports(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank() || commaSeparated.length() > 200) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .filter(KNOWN_TRANSPORTS::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String attachment(String value) {
        return value != null && KNOWN_ATTACHMENTS.contains(value) ? value : null;
    }
}
