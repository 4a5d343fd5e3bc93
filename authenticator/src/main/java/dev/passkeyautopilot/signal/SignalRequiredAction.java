package dev.passkeyautopilot.signal;

import dev.passkeyautopilot.events.LoginEventDetails;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.form.RequestTooLargeException;
import dev.passkeyautopilot.login.LoginPage;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.PasskeyUser;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.webauthn.Base64Url;
import dev.passkeyautopilot.webauthn.FailureReason;
import dev.passkeyautopilot.webauthn.PasswordlessPolicy;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.util.List;
import java.util.Set;

/**
 * Tells the browser's passkey provider what changed while it was not there, right after a sign-in: the accepted
 * passkeys after a support revocation ({@code signalAllAcceptedCredentials}), the user's new name or display name
 * ({@code signalCurrentUserDetails}). Only when something is pending ({@link PendingSignals}) and the page reported
 * the Signal API; the page makes the calls and continues by itself, so the user sees it only for a moment. A
 * signal is cleared once the page reports it made the call; a browser without the API leaves it for the next one.
 *
 * <p>Why a page of its own: a successful sign-in redirects straight to the application, and every page before it is
 * shown before the user is proven, when the user's id and passkey list must not reach the browser. Signals that
 * follow every passkey sign-in need none of this: the passkey page signals the list it already shows (see
 * {@code PasskeyStep#acceptedAfterSignIn}).
 */
public class SignalRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "passkey-autopilot-signal.ftl";
    /** Posted by the page: which signals it made, comma-separated ({@code accepted}, {@code details}). */
    static final String SIGNALLED_FIELD = "pa_signalled";
    static final String ACCEPTED = "accepted";
    static final String DETAILS = "details";

    private final UserPasskeys passkeys;

    SignalRequiredAction(UserPasskeys passkeys) {
        this.passkeys = passkeys;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        UserModel user = context.getUser();
        if (authSession.getRedirectUri() == null || user == null || AttemptNotes.of(authSession).signalPageAdded()) {
            // Keycloak evaluates the triggers again after each required action: a signal the browser could not
            // make (no Signal API after all) must not bring the page back in the same login
            return;
        }
        boolean hasPasskeys = passkeys.hasAny(user);
        if (hasPasskeys && PendingSignals.namesKnown(user).isEmpty()) {
            // passkeys created before names were kept: from now on a change is noticed
            PendingSignals.namesKnown(user, PasskeyUser.of(user));
        }
        boolean pending = PendingSignals.acceptedPending(user) || (hasPasskeys && PendingSignals.namesChanged(user));
        if (!pending || !AttemptNotes.of(authSession).signalApi()
                || authSession.getRequiredActions().contains(SignalRequiredActionFactory.PROVIDER_ID)) {
            return;
        }
        // the LOGIN event now waits for this page, and will be built from scratch then
        LoginEventDetails.remember(authSession, context.getEvent());
        AttemptNotes.of(authSession).markSignalPageAdded();
        authSession.addRequiredAction(SignalRequiredActionFactory.PROVIDER_ID);
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        UserModel user = context.getUser();
        String rpId = PasswordlessPolicy.relyingParty(context.getRealm(), context.getUriInfo().getBaseUri()).rpId();
        List<String> accepted = PendingSignals.acceptedPending(user)
                ? passkeys.list(context.getRealm(), user).stream().map(Passkey::stored).map(p -> Base64Url.encode(p.credentialId())).toList()
                : null;
        PasskeyUser current = PasskeyUser.of(user);
        boolean details = passkeys.hasAny(user) && PendingSignals.namesChanged(user);
        PageSignals signals = PageSignals.pending(rpId, current.userHandle(), accepted,
                details ? current.name() : null, details ? current.displayName() : null);
        context.challenge(context.form().setAttribute("pa", LoginPage.identifier(user.getUsername(), null).withSignals(LoginPage.json(signals)))
                .createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        UserModel user = context.getUser();
        PostedForm form;
        try {
            form = PostedForm.read(context.getHttpRequest());
        } catch (RequestTooLargeException e) {
            refused(context, FailureReason.REQUEST_TOO_LARGE);
            return;
        }
        String action = form.action();
        if (!"continue".equals(action)) {
            refused(context, FailureReason.MALFORMED_RESPONSE);
            return;
        }
        String signalled = form.get(SIGNALLED_FIELD);
        Set<String> done = signalled == null || signalled.length() > 64 ? Set.of() : Set.of(signalled.split(","));
        if (done.contains(ACCEPTED)) {
            PendingSignals.acceptedSignalled(user);
        }
        if (done.contains(DETAILS)) {
            PendingSignals.namesKnown(user, PasskeyUser.of(user));
        }
        LoginEventDetails.restore(context.getAuthenticationSession(), context.getEvent());
        context.success();
    }

    /** A post this page never sends: an error event, nothing cleared, and the sign-in goes on (the page only informs). */
    private void refused(RequiredActionContext context, FailureReason reason) {
        context.getEvent().clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION_ERROR)
                .detail(PasskeyEventDetails.REASON, reason.code())
                .error(Errors.INVALID_REQUEST);
        LoginEventDetails.restore(context.getAuthenticationSession(), context.getEvent());
        context.success();
    }

    @Override
    public void close() {
    }
}
