package dev.passkeyautopilot.webauthn;

import java.util.List;

/**
 * PublicKeyCredentialRequestOptions (WebAuthn L3 §5.5) in the JSON form our pages turn into the browser
 * call: binary values in base64url, {@code timeout} in milliseconds.
 */
public record RequestOptions(String challenge, String rpId, List<CredentialDescriptor> allowCredentials, String userVerification,
                             long timeout) {

    public RequestOptions {
        allowCredentials = List.copyOf(allowCredentials);
    }

    public static RequestOptions of(RelyingParty relyingParty, byte[] challenge, List<StoredPasskey> allowed) {
        return new RequestOptions(Base64Url.encode(challenge), relyingParty.rpId(),
                allowed.stream().map(CredentialDescriptor::of).toList(), relyingParty.userVerification(), relyingParty.timeoutMillis());
    }
}
