package dev.passkeyautopilot.webauthn;

import java.util.List;

/**
 * PublicKeyCredentialRequestOptions (WebAuthn L3 §5.5) in the JSON form our pages turn into the browser
 * call: binary values in base64url, {@code timeout} in milliseconds, {@code hints} as their wire values.
 */
public record RequestOptions(String challenge, String rpId, List<CredentialDescriptor> allowCredentials, String userVerification,
                             long timeout, List<String> hints) {

    public RequestOptions {
        allowCredentials = List.copyOf(allowCredentials);
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    /** Options without hints that name every transport each passkey reported. */
    public static RequestOptions of(RelyingParty relyingParty, byte[] challenge, List<StoredPasskey> allowed) {
        return of(relyingParty, challenge, allowed, List.of(), true);
    }

    /**
     * @param crossDevice false: nothing in the options advertises the hybrid transport. A passkey that reported
     *                    only {@code hybrid} lives on another device and is left out, since an empty transport
     *                    list would let the browser offer every transport again.
     */
    public static RequestOptions of(RelyingParty relyingParty, byte[] challenge, List<StoredPasskey> allowed, List<Hint> hints,
                                    boolean crossDevice) {
        List<CredentialDescriptor> descriptors = allowed.stream().map(CredentialDescriptor::of)
                .map(d -> crossDevice ? d : d.withoutHybrid())
                .filter(d -> d != null)
                .toList();
        List<String> hintCodes = hints.stream().filter(h -> crossDevice || h != Hint.HYBRID).map(Hint::code).distinct().toList();
        return new RequestOptions(Base64Url.encode(challenge), relyingParty.rpId(), descriptors, relyingParty.userVerification(),
                relyingParty.timeoutMillis(), hintCodes);
    }
}
