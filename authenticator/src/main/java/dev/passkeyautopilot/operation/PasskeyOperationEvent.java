package dev.passkeyautopilot.operation;

import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderEvent;

/**
 * Published (synchronously, in the caller's transaction) when a passkey operation starts or ends, so the audit
 * stream can report decisions and outcomes that Keycloak's own events do not carry, without this module
 * knowing about the stream.
 *
 * @param session   the request's session: listeners write in its transaction
 * @param operation   the operation as it is now (the outcome is {@code pending} when it starts)
 * @param experiments the user's experiment arms in this login ({@code experiment:arm,…}), or null
 */
public record PasskeyOperationEvent(KeycloakSession session, Phase phase, PasskeyOperationEntity operation, String experiments)
        implements ProviderEvent {

    public enum Phase { STARTED, FINISHED }
}
