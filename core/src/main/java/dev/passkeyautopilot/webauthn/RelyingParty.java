package dev.passkeyautopilot.webauthn;

import java.util.List;
import java.util.Set;

/**
 * The relying party as this realm's WebAuthn passwordless policy defines it, resolved for one request.
 * Immutable; has no Keycloak types so ceremonies can be unit-tested.
 *
 * @param rpId                     RP ID (the realm policy's, or the request host)
 * @param rpName                   name shown by some authenticators
 * @param origins                  every origin a client may report: the server's own plus the policy's extra origins
 * @param userVerification         {@code required}, {@code preferred} or {@code discouraged}
 * @param residentKey              {@code required}, {@code preferred} or {@code discouraged}
 * @param attestation              attestation conveyance preference: {@code none}, {@code indirect}, {@code direct}
 * @param authenticatorAttachment  {@code platform}, {@code cross-platform} or null for any
 * @param algorithms               COSE algorithm identifiers, most preferred first
 * @param timeoutMillis            how long the browser prompt and the challenge live
 */
public record RelyingParty(String rpId, String rpName, Set<String> origins, String userVerification, String residentKey,
                           String attestation, String authenticatorAttachment, List<Long> algorithms, long timeoutMillis) {

    public RelyingParty {
        origins = Set.copyOf(origins);
        algorithms = List.copyOf(algorithms);
    }

    public boolean userVerificationRequired() {
        return "required".equals(userVerification);
    }
}
