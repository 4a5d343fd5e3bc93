package dev.passkeyautopilot.webauthn;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * PublicKeyCredentialCreationOptions (WebAuthn L3 §5.4) in the JSON form our pages turn into the browser
 * call. The user handle is the UTF-8 bytes of Keycloak's user id, as Keycloak's own registration uses, so
 * Keycloak's passkey login resolves the same user from it.
 */
public record CreationOptions(String challenge, Rp rp, User user, List<Parameters> pubKeyCredParams,
                              AuthenticatorSelection authenticatorSelection, String attestation,
                              List<CredentialDescriptor> excludeCredentials, long timeout, List<String> hints) {

    public CreationOptions {
        excludeCredentials = List.copyOf(excludeCredentials);
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    public record Rp(String id, String name) {
    }

    public record User(String id, String name, String displayName) {
    }

    public record Parameters(String type, long alg) {
    }

    public record AuthenticatorSelection(String residentKey, boolean requireResidentKey, String userVerification,
                                         String authenticatorAttachment) {
    }

    public static CreationOptions of(RelyingParty relyingParty, byte[] challenge, String userId, String username, String displayName,
                                     List<StoredPasskey> existing) {
        return of(relyingParty, challenge, userId, username, displayName, existing, List.of(), true);
    }

    /**
     * @param crossDevice false: no hint and no excluded credential advertises the hybrid transport
     */
    public static CreationOptions of(RelyingParty relyingParty, byte[] challenge, String userId, String username, String displayName,
                                     List<StoredPasskey> existing, List<Hint> hints, boolean crossDevice) {
        return new CreationOptions(
                Base64Url.encode(challenge),
                new Rp(relyingParty.rpId(), relyingParty.rpName()),
                new User(Base64Url.encode(userId.getBytes(StandardCharsets.UTF_8)), username, displayName),
                relyingParty.algorithms().stream().map(alg -> new Parameters("public-key", alg)).toList(),
                new AuthenticatorSelection(relyingParty.residentKey(), "required".equals(relyingParty.residentKey()),
                        relyingParty.userVerification(), relyingParty.authenticatorAttachment()),
                relyingParty.attestation(),
                existing.stream().map(CredentialDescriptor::of).map(d -> crossDevice ? d : d.withoutHybrid()).filter(d -> d != null).toList(),
                relyingParty.timeoutMillis(),
                hints.stream().filter(h -> crossDevice || h != Hint.HYBRID).map(Hint::code).distinct().toList());
    }
}
