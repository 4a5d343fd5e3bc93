package dev.passkeyautopilot.webauthn;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a page posts after {@code navigator.credentials.get()}: the fields of an
 * <a href="https://www.w3.org/TR/webauthn-3/#authenticatorassertionresponse">AuthenticatorAssertionResponse</a>
 * plus the credential's raw id, already decoded from base64url. Holds data only; nothing is verified yet.
 */
public final class AssertionResponse {

    private final byte[] credentialId;
    private final byte[] clientDataJSON;
    private final byte[] authenticatorData;
    private final byte[] signature;
    private final byte[] userHandle;

    public AssertionResponse(byte[] credentialId, byte[] clientDataJSON, byte[] authenticatorData, byte[] signature, byte[] userHandle) {
        this.credentialId = credentialId.clone();
        this.clientDataJSON = clientDataJSON.clone();
        this.authenticatorData = authenticatorData.clone();
        this.signature = signature.clone();
        this.userHandle = userHandle == null || userHandle.length == 0 ? null : userHandle.clone();
    }

    public byte[] credentialId() {
        return credentialId.clone();
    }

    public byte[] clientDataJSON() {
        return clientDataJSON.clone();
    }

    public byte[] authenticatorData() {
        return authenticatorData.clone();
    }

    public byte[] signature() {
        return signature.clone();
    }

    /** Present for discoverable credentials (passkeys); Keycloak's user handle is the UTF-8 user id. */
    public Optional<byte[]> userHandle() {
        return Optional.ofNullable(userHandle).map(byte[]::clone);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof AssertionResponse that)) return false;
        return Arrays.equals(credentialId, that.credentialId) && Arrays.equals(clientDataJSON, that.clientDataJSON)
                && Arrays.equals(authenticatorData, that.authenticatorData) && Arrays.equals(signature, that.signature)
                && Arrays.equals(userHandle, that.userHandle);
    }

    @Override
    public int hashCode() {
        int result = Arrays.hashCode(credentialId);
        result = 31 * result + Arrays.hashCode(clientDataJSON);
        result = 31 * result + Arrays.hashCode(authenticatorData);
        result = 31 * result + Arrays.hashCode(signature);
        return 31 * result + Arrays.hashCode(userHandle);
    }

    @Override
    public String toString() {
        return "AssertionResponse{credentialId=" + Base64Url.encode(credentialId) + ", clientDataJSON=" + clientDataJSON.length
                + " bytes, authenticatorData=" + authenticatorData.length + " bytes, signature=" + signature.length
                + " bytes, userHandle=" + (userHandle != null) + '}';
    }
}
