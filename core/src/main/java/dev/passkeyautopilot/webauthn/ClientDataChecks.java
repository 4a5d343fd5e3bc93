package dev.passkeyautopilot.webauthn;

import com.webauthn4j.data.client.CollectedClientData;
import com.webauthn4j.data.client.TokenBinding;

/**
 * Reads the parts of the client data that webauthn4j keeps as text and decodes only while verifying, so that a
 * malformed one is refused as {@link FailureReason#MALFORMED_RESPONSE} at parse time: decoded later, it escapes the
 * verifier as the JDK decoder's {@link IllegalArgumentException} (found by {@code CeremonyVerificationFuzzTest}).
 */
final class ClientDataChecks {

    private ClientDataChecks() {
    }

    /** WebAuthn Level 2 C.tokenBinding.id is base64url; Level 3 dropped token binding, browsers no longer send it. */
    static void requireReadableTokenBinding(CollectedClientData clientData) throws CeremonyException {
        TokenBinding tokenBinding = clientData.getTokenBinding();
        if (tokenBinding == null || tokenBinding.getId() == null) {
            return;
        }
        try {
            Base64Url.decode(tokenBinding.getId());
        } catch (IllegalArgumentException e) {
            throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Client data token binding id is not base64url", e);
        }
    }
}
