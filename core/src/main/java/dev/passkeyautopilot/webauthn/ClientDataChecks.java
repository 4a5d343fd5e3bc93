package dev.passkeyautopilot.webauthn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webauthn4j.data.client.CollectedClientData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.TokenBinding;

import java.io.IOException;
import java.util.Set;

/**
 * Reads the parts of the client data that webauthn4j keeps as text and decodes only while verifying, so that a
 * malformed one is refused as {@link FailureReason#MALFORMED_RESPONSE} at parse time: decoded later, it escapes the
 * verifier as the JDK decoder's {@link IllegalArgumentException} (found by {@code CeremonyVerificationFuzzTest}).
 */
final class ClientDataChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * WebAuthn L3 §7.1 step 10 and §7.2 step 14: when {@code C.topOrigin} is present the RP must expect the ceremony
     * inside a frame, and the top-level page must be one it expects. Our pages are never framed by another origin
     * (Keycloak sends {@code frame-ancestors 'self'}), so a ceremony reported from a cross-origin frame, or under a
     * top-level page that is not one of our origins, is refused; webauthn4j does not check {@code topOrigin}.
     * {@code topOrigin} is read from the client data JSON itself: webauthn4j 0.29 (Keycloak 26.4 and 26.5) drops the
     * member while parsing, 0.30 (Keycloak 26.7) keeps it, and the check must hold on every supported Keycloak.
     *
     * @param clientDataJSON the bytes webauthn4j parsed {@code clientData} from, so they are known to be a JSON object
     */
    static void requireOwnTopLevelPage(byte[] clientDataJSON, CollectedClientData clientData, Set<String> origins)
            throws CeremonyException {
        if (Boolean.TRUE.equals(clientData.getCrossOrigin())) {
            throw new CeremonyException(FailureReason.BAD_ORIGIN, "Ceremony ran in a cross-origin frame");
        }
        Origin topOrigin = topOrigin(clientDataJSON);
        if (topOrigin != null && !origins.contains(topOrigin.toString())) {
            throw new CeremonyException(FailureReason.BAD_ORIGIN, "Ceremony ran in a frame under another site");
        }
    }

    private static Origin topOrigin(byte[] clientDataJSON) throws CeremonyException {
        JsonNode member;
        try {
            member = JSON.readTree(clientDataJSON).get("topOrigin");
        } catch (IOException e) {
            throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Client data is not JSON", e);
        }
        if (member == null || member.isNull()) {
            return null;
        }
        if (!member.isTextual()) {
            throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Client data topOrigin is not a string");
        }
        try {
            return new Origin(member.textValue());
        } catch (IllegalArgumentException e) {
            throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Client data topOrigin is not an origin", e);
        }
    }
}
