package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.webauthn.StoredPasskey;

import java.util.Optional;

/**
 * One passkey of a user: Keycloak's credential (id, label) with what we keep next to it.
 *
 * @param credentialModelId Keycloak's credential id (the CREDENTIAL row)
 * @param label             the user label shown in Keycloak's account console
 * @param aaguid            the authenticator model, as Keycloak stored it
 * @param stored            what verification needs
 * @param details           our row, absent for passkeys created by Keycloak's own pages and not used here yet
 */
public record Passkey(String credentialModelId, String label, String aaguid, StoredPasskey stored, Optional<PasskeyDetails> details) {
}
