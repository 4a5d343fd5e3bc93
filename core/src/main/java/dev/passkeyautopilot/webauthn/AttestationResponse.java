package dev.passkeyautopilot.webauthn;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a page posts after {@code navigator.credentials.create()}: the fields of an
 * <a href="https://www.w3.org/TR/webauthn-3/#authenticatorattestationresponse">AuthenticatorAttestationResponse</a>,
 * decoded, with the transports and authenticator attachment the browser reported (hints, not verified facts).
 */
public final class AttestationResponse {

    private final byte[] credentialId;
    private final byte[] clientDataJSON;
    private final byte[] attestationObject;
    private final Set<String> transports;
    private final String authenticatorAttachment;

    public AttestationResponse(byte[] credentialId, byte[] clientDataJSON, byte[] attestationObject, Set<String> transports,
                               String authenticatorAttachment) {
        this.credentialId = credentialId.clone();
        this.clientDataJSON = clientDataJSON.clone();
        this.attestationObject = attestationObject.clone();
        this.transports = Set.copyOf(transports);
        this.authenticatorAttachment = authenticatorAttachment;
    }

    public byte[] credentialId() {
        return credentialId.clone();
    }

    public byte[] clientDataJSON() {
        return clientDataJSON.clone();
    }

    public byte[] attestationObject() {
        return attestationObject.clone();
    }

    public Set<String> transports() {
        return transports;
    }

    /** {@code platform} or {@code cross-platform} when the browser reported it. */
    public Optional<String> authenticatorAttachment() {
        return Optional.ofNullable(authenticatorAttachment);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof AttestationResponse that)) return false;
        return Arrays.equals(credentialId, that.credentialId) && Arrays.equals(clientDataJSON, that.clientDataJSON)
                && Arrays.equals(attestationObject, that.attestationObject) && transports.equals(that.transports)
                && java.util.Objects.equals(authenticatorAttachment, that.authenticatorAttachment);
    }

    @Override
    public int hashCode() {
        int result = Arrays.hashCode(credentialId);
        result = 31 * result + Arrays.hashCode(clientDataJSON);
        result = 31 * result + Arrays.hashCode(attestationObject);
        return 31 * result + transports.hashCode();
    }

    @Override
    public String toString() {
        return "AttestationResponse{credentialId=" + Base64Url.encode(credentialId) + ", attestationObject="
                + attestationObject.length + " bytes, transports=" + transports + ", attachment=" + authenticatorAttachment + '}';
    }
}
