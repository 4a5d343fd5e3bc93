package dev.passkeyautopilot.webauthn;

import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;

import java.util.Set;

/**
 * A verified new passkey, ready to be stored.
 *
 * @param attestedCredentialData AAGUID, credential id and public key
 * @param signCount              initial signature counter
 * @param attestationFormat      {@code none}, {@code packed}, ...
 * @param transports             transports reported by the browser
 * @param authenticatorAttachment {@code platform}, {@code cross-platform} or null
 * @param userVerified           UV flag at creation
 * @param backupEligible         BE flag: a synced (multi-device) passkey
 * @param backedUp               BS flag: already backed up
 */
public record VerifiedRegistration(AttestedCredentialData attestedCredentialData, long signCount, String attestationFormat,
                                   Set<String> transports, String authenticatorAttachment, boolean userVerified,
                                   boolean backupEligible, boolean backedUp) {
}
