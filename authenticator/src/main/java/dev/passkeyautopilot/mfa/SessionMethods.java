package dev.passkeyautopilot.mfa;

import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.session.AttemptNotes;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.Constants;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a login session was authenticated with. Keycloak keeps the executions a session completed (the
 * {@code AUTHENTICATORS_COMPLETED} user-session note, merged across SSO and step-up); our steps add, per
 * execution, what exactly they verified (password or passkey, synced or not, user verified or not), because
 * one execution of ours can end in either. Keycloak's own steps are mapped by their provider id.
 */
public final class SessionMethods {

    /** User-session note per execution of ours: {@code pa.amr.<executionId>} = comma-separated methods. */
    static final String NOTE_PREFIX = AttemptNotes.METHODS_NOTE_PREFIX;

    private static final Map<String, List<AuthenticationMethod>> KEYCLOAK_STEPS = Map.of(
            "auth-username-password-form", List.of(AuthenticationMethod.PWD),
            "auth-password-form", List.of(AuthenticationMethod.PWD),
            "direct-grant-validate-password", List.of(AuthenticationMethod.PWD),
            "auth-otp-form", List.of(AuthenticationMethod.OTP),
            "direct-grant-validate-otp", List.of(AuthenticationMethod.OTP),
            "auth-recovery-authn-code-form", List.of(AuthenticationMethod.OTP),
            // Keycloak's security-key second factor: device-bound keys are the norm, verification is not required
            "webauthn-authenticator", List.of(AuthenticationMethod.HWK),
            // Keycloak's passkey login requires user verification by default
            "webauthn-authenticator-passwordless", List.of(AuthenticationMethod.HWK, AuthenticationMethod.USER));

    private SessionMethods() {
    }

    /** What one of Keycloak's own steps verifies; nothing for steps we do not know (better no claim than a wrong one). */
    public static List<AuthenticationMethod> ofKeycloakStep(String providerId) {
        return KEYCLOAK_STEPS.getOrDefault(providerId, List.of());
    }

    /** Records what this execution verified; it counts once Keycloak marks the execution completed. */
    public static void record(AuthenticationSessionModel authSession, String executionId, Collection<AuthenticationMethod> methods) {
        authSession.setUserSessionNote(NOTE_PREFIX + executionId, AuthenticationMethods.of(methods).joined());
    }

    /**
     * Records what the running execution verified, at its success, and names the methods of the login so far
     * on its event ({@code pa_amr}).
     */
    public static void recordSuccess(AuthenticationFlowContext context, Collection<AuthenticationMethod> methods) {
        String executionId = context.getExecution().getId();
        record(context.getAuthenticationSession(), executionId, methods);
        context.getEvent().detail(PasskeyEventDetails.AMR, ofAuthenticationWith(context.getAuthenticationSession(), executionId).joined());
    }

    /** The methods an execution of ours recorded in this authentication session, if any. */
    public static List<AuthenticationMethod> recorded(AuthenticationSessionModel authSession, String executionId) {
        return AuthenticationMethods.parse(authSession.getUserSessionNotes().get(NOTE_PREFIX + executionId));
    }

    /**
     * The methods of a session, from its notes (a user session's or an authentication session's user-session
     * notes).
     */
    public static AuthenticationMethods of(RealmModel realm, Function<String, String> userSessionNote) {
        Map<String, Integer> completed = AuthenticatorUtils.parseCompletedExecutions(userSessionNote.apply(Constants.AUTHENTICATORS_COMPLETED));
        List<AuthenticationMethod> methods = new ArrayList<>();
        for (String executionId : completed.keySet()) {
            String ours = userSessionNote.apply(NOTE_PREFIX + executionId);
            if (ours != null) {
                methods.addAll(AuthenticationMethods.parse(ours));
                continue;
            }
            AuthenticationExecutionModel execution = realm.getAuthenticationExecutionById(executionId);
            if (execution != null && execution.getAuthenticator() != null) {
                methods.addAll(ofKeycloakStep(execution.getAuthenticator()));
            }
        }
        return AuthenticationMethods.of(methods);
    }

    /** The methods of this authentication once the given execution of ours, succeeding now, is completed. */
    public static AuthenticationMethods ofAuthenticationWith(AuthenticationSessionModel authSession, String executionId) {
        List<AuthenticationMethod> methods = new ArrayList<>(ofAuthentication(authSession).methods());
        methods.addAll(recorded(authSession, executionId));
        return AuthenticationMethods.of(methods);
    }

    /** The methods completed so far in this authentication (including an SSO session it continues). */
    public static AuthenticationMethods ofAuthentication(AuthenticationSessionModel authSession) {
        Map<String, String> notes = authSession.getUserSessionNotes();
        return of(authSession.getRealm(), notes::get);
    }
}
