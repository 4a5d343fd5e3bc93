package dev.passkeyautopilot.webauthn;

/**
 * The facts a successful assertion proved.
 *
 * @param signCount        the counter the authenticator signed (0 if it keeps none)
 * @param userVerified     UV flag: the authenticator verified the user (biometric, PIN)
 * @param backupEligible   BE flag: the credential can be synced
 * @param backedUp         BS flag: the credential is currently synced
 */
public record VerifiedAssertion(long signCount, boolean userVerified, boolean backupEligible, boolean backedUp) {
}
