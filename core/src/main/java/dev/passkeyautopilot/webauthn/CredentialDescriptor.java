package dev.passkeyautopilot.webauthn;

import java.util.List;

/** A PublicKeyCredentialDescriptor as the page's JSON carries it: the id in base64url. */
public record CredentialDescriptor(String type, String id, List<String> transports) {

    public static CredentialDescriptor of(StoredPasskey passkey) {
        return new CredentialDescriptor("public-key", Base64Url.encode(passkey.credentialId()),
                passkey.transports().stream().sorted().toList());
    }
}
