/**
 * Passkey intelligence: the pure decision engine that chooses, per login, whether to start the passkey prompt
 * at once, offer passkeys through autofill or a button only, or go to the password without a prompt, and
 * whether to offer creating a passkey after a password login. Every result carries reason codes.
 *
 * <p>No Keycloak or JPA types appear here: callers translate credentials, page signals and stored operations
 * into {@link dev.passkeyautopilot.intelligence.PasskeyFacts}, {@link dev.passkeyautopilot.intelligence.DeviceFacts}
 * and {@link dev.passkeyautopilot.intelligence.History}, so the engine is unit-testable and cheap to call.
 * The engine only chooses user interface; it never decides whether authentication succeeded.
 */
package dev.passkeyautopilot.intelligence;
