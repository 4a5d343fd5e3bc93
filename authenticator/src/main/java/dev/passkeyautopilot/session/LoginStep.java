package dev.passkeyautopilot.session;

/**
 * Where a login stands inside the identifier-first step, kept in the authentication session
 * ({@link AttemptNotes#step()}) so every cluster node sees the same state.
 */
public enum LoginStep {
    IDENTIFIER, PASSKEY, PASSWORD
}
