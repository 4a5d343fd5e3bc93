package dev.passkeyautopilot.login;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.environment.RequestEnvironment;
import dev.passkeyautopilot.environment.SessionSignals;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.gate.RolloutGate;
import dev.passkeyautopilot.intelligence.PasskeyIntelligence;
import dev.passkeyautopilot.mfa.AuthenticationMethod;
import dev.passkeyautopilot.mfa.AuthenticationMethods;
import dev.passkeyautopilot.mfa.LevelOfAuthentication;
import dev.passkeyautopilot.mfa.RegulatedMode;
import dev.passkeyautopilot.mfa.SessionMethods;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.form.RequestTooLargeException;
import dev.passkeyautopilot.passkey.AssertionAttempt;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.webauthn.AssertionResponse;
import dev.passkeyautopilot.webauthn.AssertionVerifier;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.ChallengeNotes;
import dev.passkeyautopilot.webauthn.FailureReason;
import dev.passkeyautopilot.webauthn.PasswordlessPolicy;
import dev.passkeyautopilot.webauthn.RelyingParty;
import dev.passkeyautopilot.webauthn.RequestOptions;
import dev.passkeyautopilot.webauthn.VerifiedAssertion;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.WebAuthnConstants;
import org.keycloak.authentication.AuthenticationFlowCallback;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.keycloak.services.validation.Validation.FIELD_PASSWORD;
import static org.keycloak.services.validation.Validation.FIELD_USERNAME;

/**
 * Identifier-first login with an automatic passkey prompt. One page asks for the username or email (and
 * offers passkey autofill). A user with passkeys then gets a page that starts the passkey prompt by itself;
 * everyone else, including identifiers that name nobody, gets the password step, so the response does not
 * tell whether an account exists unless it has a passkey. Any passkey failure falls back to the password
 * step with a short message. Verification is ours (webauthn4j, see {@link AssertionVerifier}); the password
 * check, brute-force protection and disabled-user handling are Keycloak's, inherited.
 */
public class IdentifierFirstPasskeyAuthenticator extends AbstractUsernameFormAuthenticator implements AuthenticationFlowCallback {

    private static final Logger LOG = Logger.getLogger(IdentifierFirstPasskeyAuthenticator.class);

    static final String TEMPLATE_IDENTIFIER = "passkey-autopilot-identifier.ftl";
    static final String TEMPLATE_PASSKEY = "passkey-autopilot-passkey.ftl";
    static final String TEMPLATE_PASSWORD = "passkey-autopilot-password.ftl";
    private static final int MAX_USERNAME_LENGTH = 255;

    private static final String OPERATION_NOTE = LoginDecider.OPERATION_NOTE;
    private static final String DECISION_NOTE = LoginDecider.DECISION_NOTE;
    private static final String DECISION_REASONS_NOTE = LoginDecider.DECISION_REASONS_NOTE;
    /** Posts that sign in with a passkey (or ask to), refused in regulated mode. */
    private static final java.util.Set<String> PASSKEY_ACTIONS = java.util.Set.of("passkey", "retry_passkey");

    /** Auth note: whether the passkey page now shown starts the prompt by itself. */
    static final String AUTO_START_NOTE = "pa.passkey-auto-start";

    private final UserPasskeys passkeys;
    private final AssertionVerifier verifier;
    private final PasskeyOperations operations;
    private final LoginDecider decider;

    IdentifierFirstPasskeyAuthenticator(UserPasskeys passkeys, AssertionVerifier verifier, PasskeyIntelligence intelligence,
                                        PasskeyOperations operations, RolloutGate gate) {
        this.passkeys = passkeys;
        this.verifier = verifier;
        this.operations = operations;
        this.decider = new LoginDecider(passkeys, intelligence, operations, gate, Feature.LOGIN, PasskeyOperations.KIND_LOGIN);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel preset = context.getUser();
        if (preset != null) {
            // Re-authentication or an earlier step identified the user: skip straight to their credential.
            LoginStep.identified(context.getAuthenticationSession(), preset.getId());
            context.getAuthenticationSession().setAuthNote(ATTEMPTED_USERNAME, preset.getUsername());
            context.getAuthenticationSession().setAuthNote(USERNAME_HIDDEN, "true");
            context.challenge(secondStep(context, preset, null));
            return;
        }
        context.challenge(identifierPage(context, context.form()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        PostedForm form;
        try {
            form = PostedForm.read(context.getHttpRequest());
        } catch (RequestTooLargeException e) {
            rejectInvalidRequest(context, FailureReason.REQUEST_TOO_LARGE, Messages.INVALID_REQUEST, Response.Status.REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        ClientSignals signals = SessionSignals.remember(context.getAuthenticationSession(), form.signals());
        Environment environment = RequestEnvironment.of(context.getSession(), signals);
        PasskeyEventDetails.environment(context.getEvent(), environment, signals);
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
        PasskeyEventDetails.experiments(context.getEvent(), context.getAuthenticationSession());
        String decision = context.getAuthenticationSession().getAuthNote(DECISION_NOTE);
        if (decision != null) {
            context.getEvent().detail(PasskeyEventDetails.DECISION, decision)
                    .detail(PasskeyEventDetails.DECISION_REASONS, context.getAuthenticationSession().getAuthNote(DECISION_REASONS_NOTE));
        }

        if (RegulatedMode.isOn(context.getRealm()) && PASSKEY_ACTIONS.contains(form.action())) {
            // no page of ours offers a passkey here in regulated mode; a post that uses one anyway is refused
            rejectInvalidRequest(context, FailureReason.REGULATED_MODE, Messages.INVALID_REQUEST, Response.Status.BAD_REQUEST);
            return;
        }
        switch (form.action()) {
            case "identify" -> identify(context, form);
            case "passkey" -> verifyPasskey(context, form, signals);
            case "passkey_error" -> passkeyPromptFailed(context, form);
            case "use_password" -> {
                finishOperation(context, "password_chosen", form.durationMillis(), null);
                context.challenge(showPassword(context, context.form()));
            }
            case "retry_passkey" -> retryPasskey(context);
            case "password" -> verifyPassword(context, form);
            default -> rejectInvalidRequest(context, FailureReason.MALFORMED_RESPONSE, Messages.INVALID_REQUEST, Response.Status.BAD_REQUEST);
        }
    }

    private void identify(AuthenticationFlowContext context, PostedForm form) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (LoginStep.current(authSession) != LoginStep.IDENTIFIER) {
            // A login names its user once ("restart login" starts afresh): identifying again at a later step
            // would let one login session decide, and store, again and again, for any name.
            rejectInvalidRequest(context, FailureReason.MALFORMED_RESPONSE, Messages.INVALID_REQUEST, Response.Status.BAD_REQUEST);
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
            context.failureChallenge(AuthenticationFlowError.INVALID_USER, identifierPage(context, page));
            return;
        }
        username = username.trim();
        context.getEvent().detail(Details.USERNAME, username);
        authSession.setAuthNote(ATTEMPTED_USERNAME, username);
        // keycloak.v2's layout then shows the username with its "restart login" link on the next pages
        authSession.setAuthNote(USERNAME_HIDDEN, "true");
        UserModel user = findUser(context, username);
        LoginStep.identified(authSession, user == null ? "" : user.getId());
        AuthenticatorUtils.processRememberMe(context, form.fields());
        context.challenge(secondStep(context, user, null));
    }

    /**
     * Asks the intelligence how to offer this user's passkeys here, records the decision as a pending
     * operation, and shows the page it chose. Unknown and disabled accounts get the password step, like a
     * user without passkeys, and leave no operation behind.
     */
    private Response secondStep(AuthenticationFlowContext context, UserModel user, String message) {
        LoginFormsProvider page = context.form();
        if (message != null) {
            page.setError(message);
        }
        if (user == null || !user.isEnabled()) {
            return showPassword(context, page);
        }
        LoginDecider.Decided decided = decider.decide(context, user);
        return switch (decided.decision().decision()) {
            case AUTO_PASSKEY -> showPasskey(context, decided.passkeys(), true);
            case BUTTON_ONLY -> showPasskey(context, decided.passkeys(), false);
            case CONDITIONAL_ONLY -> showPassword(context, page, decided.passkeys());
            case FALLBACK -> showPassword(context, page);
        };
    }

    /** @param autoStart start the prompt on load, or wait for the user's click on "Use your passkey" */
    private Response showPasskey(AuthenticationFlowContext context, List<Passkey> userPasskeys, boolean autoStart) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        RelyingParty relyingParty = relyingParty(context);
        byte[] challenge = ChallengeNotes.issue(authSession, relyingParty.timeoutMillis());
        RequestOptions options = RequestOptions.of(relyingParty, challenge, userPasskeys.stream().map(Passkey::stored).toList());
        LoginStep.PASSKEY.enter(authSession);
        authSession.setAuthNote(AUTO_START_NOTE, Boolean.toString(autoStart));
        return context.form()
                .setAttribute("pa", LoginPage.passkey(attemptedUsername(context), LoginPage.json(options), autoStart))
                .createForm(TEMPLATE_PASSKEY);
    }

    private Response showPassword(AuthenticationFlowContext context, LoginFormsProvider page) {
        return showPassword(context, page, List.of());
    }

    /** @param autofillPasskeys passkeys the password field offers in autofill (conditional mediation); none: no autofill */
    private Response showPassword(AuthenticationFlowContext context, LoginFormsProvider page, List<Passkey> autofillPasskeys) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        LoginStep.PASSWORD.enter(authSession);
        UserModel user = identifiedUser(context);
        boolean passkeyAvailable = user != null && user.isEnabled() && !RegulatedMode.isOn(context.getRealm()) && passkeys.hasAny(user)
                && !Boolean.FALSE.equals(SessionSignals.read(authSession).webauthn().orElse(null));
        String conditional = null;
        if (!autofillPasskeys.isEmpty()) {
            RelyingParty relyingParty = relyingParty(context);
            byte[] challenge = ChallengeNotes.issue(authSession, relyingParty.timeoutMillis());
            conditional = LoginPage.json(RequestOptions.of(relyingParty, challenge, autofillPasskeys.stream().map(Passkey::stored).toList()));
        }
        return page.setAttribute("pa", LoginPage.password(attemptedUsername(context), passkeyAvailable, conditional))
                .createForm(TEMPLATE_PASSWORD);
    }

    /** Completes this attempt's pending operation, if any. */
    private void finishOperation(AuthenticationFlowContext context, String outcome, Optional<Long> duration, String credentialId) {
        finishOperation(context, outcome, duration, credentialId, null);
    }

    /** @param automatic corrects the operation's "automatic" flag, or null to keep it */
    private void finishOperation(AuthenticationFlowContext context, String outcome, Optional<Long> duration, String credentialId,
                                 Boolean automatic) {
        String operation = context.getAuthenticationSession().getAuthNote(OPERATION_NOTE);
        if (operation != null) {
            operations.finish(operation, identifiedUser(context), outcome, duration, credentialId, automatic);
            context.getAuthenticationSession().removeAuthNote(OPERATION_NOTE);
        }
    }

    private Response identifierPage(AuthenticationFlowContext context, LoginFormsProvider page) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        LoginStep.IDENTIFIER.enter(authSession);
        String conditional = null;
        if (IdentifierFirstConfig.of(context.getAuthenticatorConfig()).conditionalUi() && !RegulatedMode.isOn(context.getRealm())) {
            RelyingParty relyingParty = relyingParty(context);
            byte[] challenge = ChallengeNotes.issue(authSession, relyingParty.timeoutMillis());
            conditional = LoginPage.json(RequestOptions.of(relyingParty, challenge, List.of()));
        }
        String username = authSession.getAuthNote(ATTEMPTED_USERNAME);
        return page.setAttribute("pa", LoginPage.identifier(username, conditional)).createForm(TEMPLATE_IDENTIFIER);
    }

    /** The user asked for the passkey ("Sign in with a passkey"): a new attempt, started by a click. */
    private void retryPasskey(AuthenticationFlowContext context) {
        UserModel user = identifiedUser(context);
        if (user == null || !user.isEnabled() || !passkeys.hasAny(user)) {
            context.challenge(showPassword(context, context.form()));
            return;
        }
        // only a pending autofill offer (conditional_only) is still open here; it ends with the click
        finishOperation(context, PasskeyOperations.PASSKEY_BUTTON_CHOSEN, Optional.empty(), null);
        ClientSignals signals = SessionSignals.read(context.getAuthenticationSession());
        context.getAuthenticationSession().setAuthNote(OPERATION_NOTE, operations.start(context.getRealm(), user,
                PasskeyOperations.KIND_LOGIN, RequestEnvironment.of(context.getSession(), signals), signals.deviceMarker(), Optional.empty(), 0, false));
        context.challenge(showPasskey(context, passkeys.list(context.getRealm(), user), true));
    }

    private void verifyPasskey(AuthenticationFlowContext context, PostedForm form, ClientSignals signals) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        // autofill on the identifier or password page, or the passkey page (started by itself or by a click)
        boolean fromPasskeyPage = LoginStep.current(authSession) == LoginStep.PASSKEY;
        boolean automatic = fromPasskeyPage && "true".equals(authSession.getAuthNote(AUTO_START_NOTE));
        boolean autofill = !automatic;
        context.getEvent()
                .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                .detail(PasskeyEventDetails.LOGIN_METHOD, !fromPasskeyPage ? "passkey_autofill"
                        : automatic ? "passkey_automatic" : "passkey_button");
        form.durationMillis().ifPresent(ms -> context.getEvent().detail(PasskeyEventDetails.DURATION_MS, Long.toString(ms)));

        AssertionAttempt attempt = new AssertionAttempt(context, passkeys, verifier);
        try {
            attempt.verify(form, relyingParty(context), response -> assertingUser(context, response));
            UserModel user = attempt.user();
            if (!user.getId().equals(LoginStep.identifiedUserId(authSession))) {
                // autofill before anyone (or after nobody) was identified: the user handle is trusted only now that
                // the signature verified
                authSession.setAuthNote(ATTEMPTED_USERNAME, user.getUsername());
                LoginStep.identified(authSession, user.getId());
                context.getEvent().detail(Details.USERNAME, user.getUsername());
            }
            if (!enabledUser(context, user)) {
                return;
            }
            attempt.accept(signals);
            recordPasskeyOutcome(context, user, PasskeyOperations.SUCCESS, form.durationMillis(), attempt.credentialId(), autofill);
            VerifiedAssertion verified = attempt.verified();
            SessionMethods.recordSuccess(context, AuthenticationMethod.ofPasskey(verified.backupEligible(), verified.userVerified()));
            raiseLevelIfMultiFactor(context);
            context.setUser(user);
            context.success(UserPasskeys.CREDENTIAL_TYPE);
        } catch (CeremonyException e) {
            recordPasskeyOutcome(context, attempt.user(), e.reason().code(), form.durationMillis(), attempt.credentialId(), autofill);
            passkeyRejected(context, e);
        }
    }

    /**
     * Completes the attempt's operation; passkey autofill on the identifier page had none (nobody was
     * identified yet), so one is recorded for it now.
     */
    private void recordPasskeyOutcome(AuthenticationFlowContext context, UserModel user, String outcome, Optional<Long> duration,
                                      String credentialId, boolean autofill) {
        if (user == null) {
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (authSession.getAuthNote(OPERATION_NOTE) == null) {
            ClientSignals signals = SessionSignals.read(authSession);
            authSession.setAuthNote(OPERATION_NOTE, operations.start(context.getRealm(), user, PasskeyOperations.KIND_LOGIN,
                    RequestEnvironment.of(context.getSession(), signals), signals.deviceMarker(), Optional.empty(), 0, false));
        }
        finishOperation(context, outcome, duration, credentialId, autofill ? Boolean.FALSE : null);
    }

    /**
     * The user the assertion is for: the one the identifier named, or (passkey autofill on the identifier
     * page) the one the user handle names. A user handle that contradicts the identifier is refused. A user
     * handle identifies nobody yet: until the signature verifies, it is just a claim, and whatever it names,
     * a failed assertion answers the same page.
     */
    private UserModel assertingUser(AuthenticationFlowContext context, AssertionResponse response) throws CeremonyException {
        String identified = LoginStep.identifiedUserId(context.getAuthenticationSession());
        Optional<String> handleUserId = response.userHandle().map(h -> new String(h, StandardCharsets.UTF_8));
        KeycloakSession session = context.getSession();
        if (identified != null && !identified.isEmpty() && LoginStep.current(context.getAuthenticationSession()) != LoginStep.IDENTIFIER) {
            if (handleUserId.isPresent() && !handleUserId.get().equals(identified)) {
                throw new CeremonyException(FailureReason.USER_HANDLE_MISMATCH, "User handle names another user");
            }
            UserModel user = session.users().getUserById(context.getRealm(), identified);
            if (user == null) {
                throw new CeremonyException(FailureReason.UNKNOWN_CREDENTIAL, "Identified user no longer exists");
            }
            return user;
        }
        String userId = handleUserId.orElseThrow(
                () -> new CeremonyException(FailureReason.UNKNOWN_CREDENTIAL, "Autofill passkey without user handle"));
        UserModel user = session.users().getUserById(context.getRealm(), userId);
        if (user == null) {
            throw new CeremonyException(FailureReason.UNKNOWN_CREDENTIAL, "User handle names no user");
        }
        return user;
    }

    /**
     * Auth note set when a passkey attempt of this login failed: the append offer then ignores "this browser
     * already has a passkey", because evidently it has none that works.
     */
    public static final String PASSKEY_FAILED_NOTE = "pa.passkey-failed";

    private void passkeyRejected(AuthenticationFlowContext context, CeremonyException e) {
        context.getAuthenticationSession().setAuthNote(PASSKEY_FAILED_NOTE, e.reason().code());
        LOG.debugf("Passkey rejected (%s): %s", e.reason().code(), e.getMessage());
        context.getEvent()
                .detail(PasskeyEventDetails.REASON, e.reason().code())
                .detail(WebAuthnConstants.AUTH_ERR_LABEL, e.reason().code())
                .error(Errors.INVALID_USER_CREDENTIALS);
        Response page;
        if (LoginStep.identifiedUserId(context.getAuthenticationSession()) == null) {
            // Autofill on the identifier page failed before anyone was identified: stay there.
            page = identifierPage(context, context.form().setError("paPasskeyFailed"));
        } else {
            page = showPassword(context, context.form().setError("paPasskeyFailed"));
        }
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page);
    }

    /**
     * The page reports the browser's prompt ended without a passkey (cancelled, timed out, no matching
     * passkey on this device). Not a wrong credential, so no brute-force count; an error event and the
     * password step with a message that says what happened.
     */
    private void passkeyPromptFailed(AuthenticationFlowContext context, PostedForm form) {
        FailureReason reason = FailureReason.fromClientError(form.clientError().orElse(null));
        context.getAuthenticationSession().setAuthNote(PASSKEY_FAILED_NOTE, reason.code());
        finishOperation(context, reason.code(), form.durationMillis(), null);
        // Whatever challenge was pending is void now.
        ChallengeNotes.discard(context.getAuthenticationSession());
        UserModel user = identifiedUser(context);
        if (user != null) {
            context.getEvent().user(user);
        }
        form.clientError().ifPresent(name -> context.getEvent().detail(PasskeyEventDetails.CLIENT_ERROR, name));
        form.durationMillis().ifPresent(ms -> context.getEvent().detail(PasskeyEventDetails.DURATION_MS, Long.toString(ms)));
        context.getEvent()
                .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                .detail(PasskeyEventDetails.LOGIN_METHOD, "true".equals(context.getAuthenticationSession().getAuthNote(AUTO_START_NOTE))
                        ? "passkey_automatic" : "passkey_button")
                .detail(PasskeyEventDetails.REASON, reason.code())
                .error(Errors.NOT_ALLOWED);
        String message = switch (reason) {
            case CANCELLED -> "paPasskeyCancelled";
            case TIMEOUT -> "paPasskeyTimeout";
            case NOT_ALLOWED, INVALID_STATE -> "paPasskeyUnavailable";
            default -> "paPasskeyFailed";
        };
        context.challenge(showPassword(context, context.form().setError(message)));
    }

    private void verifyPassword(AuthenticationFlowContext context, PostedForm form) {
        context.getEvent().detail(PasskeyEventDetails.LOGIN_METHOD, "password")
                .detail(Details.CREDENTIAL_TYPE, PasswordCredentialModel.TYPE);
        String identified = LoginStep.identifiedUserId(context.getAuthenticationSession());
        if (identified == null) {
            // A password post before any identifier: start over at the identifier page.
            context.getEvent().error(Errors.INVALID_REQUEST);
            context.challenge(identifierPage(context, context.form().setError(Messages.INVALID_REQUEST)));
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

    private void rejectInvalidRequest(AuthenticationFlowContext context, FailureReason reason, String message, Response.Status status) {
        UserModel identified = identifiedUser(context);
        if (identified != null) {
            context.getEvent().user(identified);
        }
        context.getEvent().detail(PasskeyEventDetails.REASON, reason.code()).error(Errors.INVALID_REQUEST);
        // A malformed post may have been aimed at a pending challenge; it is spent either way.
        ChallengeNotes.discard(context.getAuthenticationSession());
        LoginFormsProvider page = context.form().setError(reason == FailureReason.REQUEST_TOO_LARGE ? "paRequestTooLarge" : message)
                .setStatus(status);
        context.challenge(renderCurrentStep(context, page));
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
            boolean fieldShown = field != null && !(FIELD_PASSWORD.equals(field) && LoginStep.current(context.getAuthenticationSession()) == LoginStep.IDENTIFIER);
            if (fieldShown) {
                page.addError(new FormMessage(field, error));
            } else {
                page.setError(error);
            }
        }
        return renderCurrentStep(context, page);
    }

    private Response renderCurrentStep(AuthenticationFlowContext context, LoginFormsProvider page) {
        return switch (LoginStep.current(context.getAuthenticationSession())) {
            case IDENTIFIER -> identifierPage(context, page);
            // From the passkey step, errors are shown where the user can act on them: the password step.
            case PASSKEY, PASSWORD -> showPassword(context, page);
        };
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

    private UserModel identifiedUser(AuthenticationFlowContext context) {
        String userId = LoginStep.identifiedUserId(context.getAuthenticationSession());
        if (userId == null || userId.isEmpty()) {
            return null;
        }
        return context.getSession().users().getUserById(context.getRealm(), userId);
    }

    private static String attemptedUsername(AuthenticationFlowContext context) {
        return context.getAuthenticationSession().getAuthNote(ATTEMPTED_USERNAME);
    }

    private static RelyingParty relyingParty(AuthenticationFlowContext context) {
        RealmModel realm = context.getRealm();
        return PasswordlessPolicy.relyingParty(realm, context.getUriInfo().getBaseUri());
    }

    /**
     * A passkey login with user verification is multi-factor on its own: the session's level of authentication
     * is raised to the configured level, so clients asking for that {@code acr} accept it.
     */
    private static void raiseLevelIfMultiFactor(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (AuthenticationMethods.of(SessionMethods.recorded(authSession, context.getExecution().getId())).isMultiFactor()) {
            LevelOfAuthentication.raise(context.getSession(), authSession,
                    IdentifierFirstConfig.of(context.getAuthenticatorConfig()).passkeyLevel());
        }
    }

    /** Keycloak's level condition of our sub-flow has just set its own level: raise it again if it is lower. */
    @Override
    public void onParentFlowSuccess(AuthenticationFlowContext context) {
        raiseLevelIfMultiFactor(context);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
