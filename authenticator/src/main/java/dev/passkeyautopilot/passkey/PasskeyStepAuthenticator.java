package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.mfa.LevelOfAuthentication;
import org.keycloak.authentication.AuthenticationFlowCallback;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.util.OptionalInt;

/**
 * What the two steps that ask for a passkey ({@link PasskeyStep}) share as Keycloak authenticators: the level of
 * authentication their success earns, set again after Keycloak's level condition, and no required actions or
 * resources of their own. An interface with defaults, since the identifier-first step's superclass is Keycloak's.
 */
public interface PasskeyStepAuthenticator extends Authenticator, AuthenticationFlowCallback {

    /** The level of authentication (Keycloak's step-up LoA) this step's success earns in this login, if any. */
    OptionalInt earnedLevel(AuthenticationFlowContext context);

    /** Raises the session's level of authentication as far as this step's success earns; never lowers it. */
    default void raiseLevel(AuthenticationFlowContext context) {
        earnedLevel(context).ifPresent(level -> LevelOfAuthentication.raise(context.getSession(), context.getAuthenticationSession(), level));
    }

    /** Keycloak's level condition of our sub-flow has just set its own level: raise it again if it is lower. */
    @Override
    default void onParentFlowSuccess(AuthenticationFlowContext context) {
        raiseLevel(context);
    }

    /** A passkey step runs once the flow knows the user, unless it is the one that identifies them. */
    @Override
    default boolean requiresUser() {
        return true;
    }

    /** Nothing to set up, unless a step needs credentials of the user to ask for. */
    @Override
    default boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    default void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    default void close() {
    }
}
