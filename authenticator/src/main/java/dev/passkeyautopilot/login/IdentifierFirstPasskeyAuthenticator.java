package dev.passkeyautopilot.login;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.RequestEnvironment;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.mfa.AuthenticationMethod;
import dev.passkeyautopilot.mfa.AuthenticationMethods;
import dev.passkeyautopilot.mfa.RegulatedMode;
import dev.passkeyautopilot.mfa.SessionMethods;
import dev.passkeyautopilot.operation.OperationEnd;
import dev.passkeyautopilot.operation.OperationStart;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.passkey.AssertionAttempt;
import dev.passkeyautopilot.passkey.PasskeyStep;
import dev.passkeyautopilot.passkey.PasskeyStepAuthenticator;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.session.LoginStep;
import dev.passkeyautopilot.vocabulary.LoginMethod;
import dev.passkeyautopilot.vocabulary.OperationKind;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.webauthn.AssertionVerifier;
import dev.passkeyautopilot.webauthn.FailureReason;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import static org.keycloak.services.validation.Validation.FIELD_PASSWORD;
import static org.keycloak.services.validation.Validation.FIELD_USERNAME;

/**
 * Identifier-first login with an automatic passkey prompt. One page asks for the username or email (and
 * offers passkey autofill). A user with passkeys then gets a page that starts the passkey prompt by itself;
 * everyone else, including identifiers that name nobody, gets the password step, so the response does not
 * tell whether an account exists unless it has a passkey. Any passkey failure falls back to the password
 * step with a short message. The passkey part (prompt, verify, record the outcome) is {@link PasskeyStep},
 * shared with the second factor; this class keeps the identifier-first rules. Verification is ours (webauthn4j,
 * see {@link AssertionVerifier}); the password check, brute-force protection and disabled-user handling are
 * Keycloak's, inherited.
 */
public class IdentifierFirstPasskeyAuthenticator extends AbstractUsernameFormAuthenticator implements PasskeyStepAuthenticator {

    private static final Logger LOG = Logger.getLogger(IdentifierFirstPasskeyAuthenticator.class);

    private static final int MAX_USERNAME_LENGTH = 255;
    private static final String PASSKEY_FAILED_MESSAGE = "paPasskeyFailed";

    /** Posts that sign in with a passkey (or ask to), refused in regulated mode. */
    private static final Set<String> PASSKEY_ACTIONS = Set.of("passkey", "retry_passkey");
    private static final PasskeyStep.PromptMessages PROMPT_MESSAGES =
            new PasskeyStep.PromptMessages("paPasskeyNotFinished", "paPasskeyUnavailable");

    private final PasskeyStep step;
    private final PasskeyOperations operations;
    private final IdentifierFirstPages pages;

    IdentifierFirstPasskeyAuthenticator(PasskeyStep step) {
        this.step = step;
        this.operations = step.operations();
        this.pages = new IdentifierFirstPages(step);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (context.getUser() == null) {
            context.challenge(pages.identifier(context, context.form()));
            return;
        }
        // Re-authentication or an earlier step identified the user: skip straight to their credential.
        UserModel preset = context.getUser();
        AttemptNotes.of(context.getAuthenticationSession()).identified(preset.getId());
        context.getAuthenticationSession().setAuthNote(ATTEMPTED_USERNAME, preset.getUsername());
        context.getAuthenticationSession().setAuthNote(USERNAME_HIDDEN, Boolean.TRUE.toString());
        context.challenge(secondStep(context, preset));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        step.onPost(context, identifiedUser(context), page -> pages.current(context, page), form -> act(context, form));
    }

    private void act(AuthenticationFlowContext context, PostedForm form) {
        ClientSignals signals = step.describe(context, form);
        UserModel identified = identifiedUser(context);
        if (identified != null) {
            // every event of this attempt, even for a post we refuse unread, names the account it targeted
            context.getEvent().user(identified);
        }
        String attempted = attemptedUsername(context);
        if (attempted != null) {
            // unknown identifiers too, as Keycloak's own form records them: password spraying leaves a trace
            context.getEvent().detail(Details.USERNAME, attempted);
        }
        AttemptNotes.of(context.getAuthenticationSession()).decision().ifPresent(decision -> context.getEvent()
                .detail(PasskeyEventDetails.DECISION, decision.code())
                .detail(PasskeyEventDetails.DECISION_REASONS, decision.reasons()));

        if (RegulatedMode.isOn(context.getRealm()) && PASSKEY_ACTIONS.contains(form.action())) {
            // no page of ours offers a passkey here in regulated mode; a post that uses one anyway is refused
            rejectInvalidRequest(context, FailureReason.REGULATED_MODE);
            return;
        }
        switch (form.action()) {
            case "identify" -> identify(context, form);
            case "passkey" -> verifyPasskey(context, form, signals);
            case "passkey_error" -> passkeyPromptFailed(context, form);
            case "use_password" -> {
                finishOperation(context, OperationEnd.of(Outcome.PASSWORD_CHOSEN).withDuration(form.durationMillis()));
                context.challenge(pages.password(context, context.form()));
            }
            case "retry_passkey" -> retryPasskey(context);
            case "password" -> verifyPassword(context, form);
            default -> rejectInvalidRequest(context, FailureReason.MALFORMED_RESPONSE);
        }
    }

    private void identify(AuthenticationFlowContext context, PostedForm form) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (AttemptNotes.of(authSession).step() != LoginStep.IDENTIFIER) {
            // A login names its user once ("restart login" starts afresh): identifying again at a later step
            // would let one login session decide, and store, again and again, for any name.
            rejectInvalidRequest(context, FailureReason.MALFORMED_RESPONSE);
            return;
        }
        String username = form.get(AuthenticationManager.FORM_USERNAME);
        if (username == null || username.isBlank() || username.length() > MAX_USERNAME_LENGTH) {
            if (username != null && !username.isBlank()) {
                // what was tried, cut to the length an identifier can have
                context.getEvent().detail(Details.USERNAME, username.trim().substring(0, Math.min(username.trim().length(), MAX_USERNAME_LENGTH)));
            }
            context.getEvent().error(Errors.USER_NOT_FOUND);
            LoginFormsProvider page = context.form().addError(new FormMessage(FIELD_USERNAME, Messages.MISSING_USERNAME));
            context.failureChallenge(AuthenticationFlowError.INVALID_USER, pages.identifier(context, page));
            return;
        }
        username = username.trim();
        context.getEvent().detail(Details.USERNAME, username);
        authSession.setAuthNote(ATTEMPTED_USERNAME, username);
        // keycloak.v2's layout then shows the username with its "restart login" link on the next pages
        authSession.setAuthNote(USERNAME_HIDDEN, Boolean.TRUE.toString());
        UserModel user = findUser(context, username);
        AttemptNotes.of(authSession).identified(user == null ? "" : user.getId());
        AuthenticatorUtils.processRememberMe(context, form.fields());
        context.challenge(secondStep(context, user));
    }

    /**
     * Asks the intelligence how to offer this user's passkeys here, records the decision as a pending
     * operation, and shows the page it chose. Unknown and disabled accounts get the password step, like a
     * user without passkeys, and leave no operation behind.
     */
    private Response secondStep(AuthenticationFlowContext context, UserModel user) {
        LoginFormsProvider page = context.form();
        if (user == null || !user.isEnabled()) {
            return pages.password(context, page);
        }
        LoginDecider.Decided decided = step.decide(context, user);
        return switch (decided.decision().decision()) {
            case AUTO_PASSKEY -> pages.passkey(context, decided.passkeys(), true);
            case BUTTON_ONLY -> pages.passkey(context, decided.passkeys(), false);
            case CONDITIONAL_ONLY -> pages.password(context, page, decided.passkeys());
            case FALLBACK -> pages.password(context, page);
        };
    }

    /** Completes this attempt's pending operation, if any, for the user the identifier named. */
    private void finishOperation(AuthenticationFlowContext context, OperationEnd end) {
        step.finishOperation(context, identifiedUser(context), end);
    }

    /** The user asked for the passkey ("Sign in with a passkey"): a new attempt, started by a click. */
    private void retryPasskey(AuthenticationFlowContext context) {
        UserModel user = identifiedUser(context);
        if (user == null || !user.isEnabled() || !step.passkeys().hasAny(user)) {
            context.challenge(pages.password(context, context.form()));
            return;
        }
        // only a pending autofill offer (conditional_only) is still open here; it ends with the click
        finishOperation(context, OperationEnd.of(Outcome.PASSKEY_BUTTON_CHOSEN));
        startAttempt(context, user);
        context.challenge(pages.passkey(context, step.passkeys().list(context.getRealm(), user), true));
    }

    private void verifyPasskey(AuthenticationFlowContext context, PostedForm form, ClientSignals signals) {
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        // autofill on the identifier or password page, or the passkey page (started by itself or by a click)
        boolean fromPasskeyPage = notes.step() == LoginStep.PASSKEY;
        LoginMethod method = !fromPasskeyPage ? LoginMethod.PASSKEY_AUTOFILL
                : notes.autoStart() ? LoginMethod.PASSKEY_AUTOMATIC : LoginMethod.PASSKEY_BUTTON;
        context.getEvent().detail(PasskeyEventDetails.LOGIN_METHOD, method.code());
        PasskeyStep.OutcomeRecorder recorder = (user, end) -> recordPasskeyOutcome(context, user, end.withMethod(method));
        step.verify(context, form, new IdentifierFirstSigner(context), recorder)
                .ifPresentOrElse(attempt -> signIn(context, form, attempt, signals, recorder), () -> passkeyRejected(context));
    }

    private void signIn(AuthenticationFlowContext context, PostedForm form, AssertionAttempt attempt, ClientSignals signals,
                        PasskeyStep.OutcomeRecorder recorder) {
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        UserModel user = attempt.user();
        if (!user.getId().equals(notes.identifiedUserId())) {
            // autofill before anyone (or after nobody) was identified: the user handle is trusted only now that
            // the signature verified
            context.getAuthenticationSession().setAuthNote(ATTEMPTED_USERNAME, user.getUsername());
            notes.identified(user.getId());
            context.getEvent().detail(Details.USERNAME, user.getUsername());
        }
        if (!enabledUser(context, user)) {
            return;
        }
        step.accept(context, form, attempt, signals, recorder);
        raiseLevel(context);
        context.setUser(user);
        context.success(UserPasskeys.CREDENTIAL_TYPE);
    }

    /**
     * Completes the attempt's operation; passkey autofill on the identifier page had none (nobody was
     * identified yet), so one is recorded for it now. Nothing for nobody: a user handle that did not verify
     * names no one.
     */
    private void recordPasskeyOutcome(AuthenticationFlowContext context, UserModel user, OperationEnd end) {
        if (user == null) {
            return;
        }
        if (AttemptNotes.of(context.getAuthenticationSession()).operation().isEmpty()) {
            startAttempt(context, user);
        }
        step.finishOperation(context, user, end);
    }

    /** A passkey attempt the user started (a click, an autofill) without a decision of ours. */
    private void startAttempt(AuthenticationFlowContext context, UserModel user) {
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        ClientSignals signals = notes.signals();
        step.rememberExperiments(context, user);
        notes.operation(operations.start(context.getRealm(), user,
                OperationStart.attempt(OperationKind.LOGIN, RequestEnvironment.of(context.getSession(), signals), signals.deviceMarker())));
    }

    private void passkeyRejected(AuthenticationFlowContext context) {
        Response page;
        if (AttemptNotes.of(context.getAuthenticationSession()).identifiedUserId() == null) {
            // Autofill on the identifier page failed before anyone was identified: stay there.
            page = pages.identifier(context, context.form().setError(PASSKEY_FAILED_MESSAGE));
        } else {
            page = pages.password(context, context.form().setError(PASSKEY_FAILED_MESSAGE));
        }
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page);
    }

    /** The browser's prompt ended without a passkey: the password step, with a message that says what happened. */
    private void passkeyPromptFailed(AuthenticationFlowContext context, PostedForm form) {
        LoginMethod method = AttemptNotes.of(context.getAuthenticationSession()).autoStart()
                ? LoginMethod.PASSKEY_AUTOMATIC : LoginMethod.PASSKEY_BUTTON;
        FailureReason reason = step.promptFailed(context, form, identifiedUser(context), method);
        context.challenge(pages.password(context, PROMPT_MESSAGES.of(reason).applyTo(context.form())));
    }

    private void verifyPassword(AuthenticationFlowContext context, PostedForm form) {
        context.getEvent().detail(PasskeyEventDetails.LOGIN_METHOD, LoginMethod.PASSWORD.code())
                .detail(Details.CREDENTIAL_TYPE, PasswordCredentialModel.TYPE);
        if (AttemptNotes.of(context.getAuthenticationSession()).identifiedUserId() == null) {
            // A password post before any identifier: start over at the identifier page.
            context.getEvent().error(Errors.INVALID_REQUEST);
            context.challenge(pages.identifier(context, context.form().setError(Messages.INVALID_REQUEST)));
            return;
        }
        UserModel user = identifiedUser(context);
        if (user == null) {
            // Same work, event and page as a wrong password, so unknown identifiers cannot be told apart.
            AuthenticatorUtils.dummyHash(context);
            context.getEvent().error(Errors.USER_NOT_FOUND);
            context.failureChallenge(AuthenticationFlowError.INVALID_USER, challenge(context, Messages.INVALID_USER, FIELD_PASSWORD));
            return;
        }
        context.getEvent().user(user);
        if (!validatePassword(context, user, form.fields(), false) || !enabledUser(context, user)) {
            return;
        }
        SessionMethods.recordSuccess(context, List.of(AuthenticationMethod.PWD));
        context.setUser(user);
        context.success(PasswordCredentialModel.TYPE);
    }

    private void rejectInvalidRequest(AuthenticationFlowContext context, FailureReason reason) {
        step.rejectInvalidRequest(context, identifiedUser(context), reason, Response.Status.BAD_REQUEST, page -> pages.current(context, page));
    }

    /**
     * Keycloak's inherited checks (wrong password, brute force, disabled user) call this to show an error:
     * we show it on the step the user is on.
     */
    @Override
    protected Response challenge(AuthenticationFlowContext context, String error, String field) {
        LoginFormsProvider page = context.form().setExecution(context.getExecution().getId());
        if (error != null) {
            // the identifier page has no password field to show an error at (e.g. a lockout after passkey autofill)
            boolean fieldShown = field != null
                    && !(FIELD_PASSWORD.equals(field) && AttemptNotes.of(context.getAuthenticationSession()).step() == LoginStep.IDENTIFIER);
            if (fieldShown) {
                page.addError(new FormMessage(field, error));
            } else {
                page.setError(error);
            }
        }
        return pages.current(context, page);
    }

    @Override
    protected String disabledByBruteForceFieldError() {
        return FIELD_PASSWORD;
    }

    private UserModel findUser(AuthenticationFlowContext context, String username) {
        try {
            return KeycloakModelUtils.findUserByNameOrEmail(context.getSession(), context.getRealm(), username);
        } catch (ModelDuplicateException e) {
            // Two accounts share this email: treat like an unknown identifier rather than reveal it.
            LOG.warnf("Identifier matches more than one user in realm %s", context.getRealm().getName());
            return null;
        }
    }

    static UserModel identifiedUser(AuthenticationFlowContext context) {
        String userId = AttemptNotes.of(context.getAuthenticationSession()).identifiedUserId();
        if (userId == null || userId.isEmpty()) {
            return null;
        }
        return context.getSession().users().getUserById(context.getRealm(), userId);
    }

    static String attemptedUsername(AuthenticationFlowContext context) {
        return context.getAuthenticationSession().getAuthNote(ATTEMPTED_USERNAME);
    }

    /**
     * A passkey login with user verification is multi-factor on its own: the session's level of authentication
     * is raised to the configured level, so clients asking for that {@code acr} accept it.
     */
    @Override
    public OptionalInt earnedLevel(AuthenticationFlowContext context) {
        List<AuthenticationMethod> verified = SessionMethods.recorded(context.getAuthenticationSession(), context.getExecution().getId());
        return AuthenticationMethods.of(verified).isMultiFactor()
                ? OptionalInt.of(IdentifierFirstConfig.of(context.getAuthenticatorConfig()).passkeyLevel()) : OptionalInt.empty();
    }

    /** This step identifies the user. */
    @Override
    public boolean requiresUser() {
        return false;
    }
}
