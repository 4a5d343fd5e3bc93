package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.RequestEnvironment;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.form.RequestTooLargeException;
import dev.passkeyautopilot.login.LoginDecider;
import dev.passkeyautopilot.login.LoginPage;
import dev.passkeyautopilot.mfa.AuthenticationMethod;
import dev.passkeyautopilot.mfa.SessionMethods;
import dev.passkeyautopilot.operation.OperationEnd;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.vocabulary.LoginMethod;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.FailureReason;
import dev.passkeyautopilot.webauthn.PasswordlessPolicy;
import dev.passkeyautopilot.webauthn.RelyingParty;
import dev.passkeyautopilot.webauthn.RequestOptions;
import dev.passkeyautopilot.webauthn.VerifiedAssertion;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.WebAuthnConstants;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.services.messages.Messages;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Prompt for a passkey, verify it, record the outcome, fall back": the one implementation the identifier-first
 * step and the second-factor step share. Each step keeps only its own rules: whose passkey it may be, what it
 * shows after a failure, what a success adds (a level, a brute-force reset).
 *
 * <p>A collaborator rather than a base class (as Keycloak's {@code WebAuthnPasswordlessAuthenticator extends
 * WebAuthnAuthenticator}): the identifier-first step must extend Keycloak's {@code AbstractUsernameFormAuthenticator}
 * for its password check, brute-force and disabled-user handling, and Java allows one superclass.
 */
public final class PasskeyStep {

    private static final Logger LOG = Logger.getLogger(PasskeyStep.class);
    public static final String TEMPLATE_PASSKEY = "passkey-autopilot-passkey.ftl";
    private static final String REQUEST_TOO_LARGE_MESSAGE = "paRequestTooLarge";

    /**
     * The messages a step shows when the browser's prompt ended without a passkey. Browsers report a closed
     * prompt, one left to run out and a passkey missing on this device alike (NotAllowedError, on purpose): none
     * of these is an error of the user's, so they are neutral information. A browser that cannot run the prompt
     * at all gets a warning; red stays for passkeys the server refused.
     */
    public record PromptMessages(String notFinished, String unavailable) {

        public PageMessage of(FailureReason reason) {
            return switch (reason) {
                case CANCELLED, TIMEOUT, NOT_ALLOWED -> PageMessage.info(notFinished);
                default -> PageMessage.warning(unavailable);
            };
        }
    }

    /** How a step records the outcome of its passkey attempt, for the user it may name (null: nobody). */
    @FunctionalInterface
    public interface OutcomeRecorder {
        void record(UserModel user, OperationEnd end);
    }

    private final UserPasskeys passkeys;
    private final PasskeyServices services;
    private final PasskeyOperations operations;
    private final LoginDecider decider;

    /** @param decider how this step decides to offer the user's passkeys (its rollout feature, its operation kind) */
    public PasskeyStep(PasskeyServices services, UserPasskeys passkeys, PasskeyOperations operations, LoginDecider decider) {
        this.services = services;
        this.passkeys = passkeys;
        this.operations = operations;
        this.decider = decider;
    }

    public UserPasskeys passkeys() {
        return passkeys;
    }

    /** The passkey operations of this session, for a step's own records (e.g. a new attempt started by a click). */
    public PasskeyOperations operations() {
        return operations;
    }

    /** How to offer this user's passkeys here, recorded as the attempt's pending operation. */
    public LoginDecider.Decided decide(AuthenticationFlowContext context, UserModel user) {
        return decider.decide(context, user);
    }

    /** See {@link LoginDecider#rememberExperiments}: for an attempt started without a decision. */
    public void rememberExperiments(AuthenticationFlowContext context, UserModel user) {
        decider.rememberExperiments(context, user);
    }

    /**
     * Reads the posted form and hands it to the step; a post too large to read is answered here.
     *
     * @param user        the user the event names, if the login knows one
     * @param currentPage the page the user is on, with the error set
     */
    public void onPost(AuthenticationFlowContext context, UserModel user, Function<LoginFormsProvider, Response> currentPage,
                       Consumer<PostedForm> handler) {
        PostedForm form;
        try {
            form = PostedForm.read(context.getHttpRequest());
        } catch (RequestTooLargeException e) {
            rejectInvalidRequest(context, user, FailureReason.REQUEST_TOO_LARGE, Response.Status.REQUEST_ENTITY_TOO_LARGE, currentPage);
            return;
        }
        handler.accept(form);
    }

    /** Keeps the page's signals for this login and adds the environment and experiment arms to the event. */
    public ClientSignals describe(AuthenticationFlowContext context, PostedForm form) {
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        ClientSignals signals = notes.rememberSignals(form.signals());
        PasskeyEventDetails.environment(context.getEvent(), RequestEnvironment.of(context.getSession(), signals), signals);
        PasskeyEventDetails.experiments(context.getEvent(), context.getAuthenticationSession());
        return signals;
    }

    /** A post we cannot act on: an error event, the pending challenge spent, the current page again with a message. */
    public void rejectInvalidRequest(AuthenticationFlowContext context, UserModel user, FailureReason reason, Response.Status status,
                                     Function<LoginFormsProvider, Response> currentPage) {
        if (user != null) {
            context.getEvent().user(user);
        }
        context.getEvent().detail(PasskeyEventDetails.REASON, reason.code()).error(Errors.INVALID_REQUEST);
        // A malformed post may have been aimed at a pending challenge; it is spent either way.
        AttemptNotes.of(context.getAuthenticationSession()).discardChallenge();
        String message = reason == FailureReason.REQUEST_TOO_LARGE ? REQUEST_TOO_LARGE_MESSAGE : Messages.INVALID_REQUEST;
        context.challenge(currentPage.apply(context.form().setError(message).setStatus(status)));
    }

    /**
     * Verifies the posted passkey. On rejection the attempt's outcome is recorded, then the error event is sent
     * and the login remembers that a passkey failed; the step shows its page.
     *
     * @return the verified attempt, or empty when it was rejected
     */
    public Optional<AssertionAttempt> verify(AuthenticationFlowContext context, PostedForm form, AssertionAttempt.SignerRule rule,
                                             OutcomeRecorder recorder) {
        context.getEvent().detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE);
        form.durationMillis().ifPresent(ms -> context.getEvent().detail(PasskeyEventDetails.DURATION_MS, Long.toString(ms)));
        AssertionAttempt attempt = new AssertionAttempt(context, passkeys, services.assertionVerifier());
        try {
            attempt.verify(form, relyingParty(context), rule);
            return Optional.of(attempt);
        } catch (CeremonyException e) {
            recorder.record(attempt.user(), OperationEnd.failed(e.reason()).withDuration(form.durationMillis())
                    .withCredential(attempt.credentialId()));
            LOG.debugf("Passkey rejected (%s): %s", e.reason().code(), e.getMessage());
            AttemptNotes.of(context.getAuthenticationSession()).passkeyFailed(e.reason());
            context.getEvent()
                    .detail(PasskeyEventDetails.REASON, e.reason().code())
                    .detail(WebAuthnConstants.AUTH_ERR_LABEL, e.reason().code())
                    .error(Errors.INVALID_USER_CREDENTIALS);
            return Optional.empty();
        }
    }

    /** Records the verified use and what it proves, for the {@code amr} claim; the step then succeeds. */
    public void accept(AuthenticationFlowContext context, PostedForm form, AssertionAttempt attempt, ClientSignals signals,
                       OutcomeRecorder recorder) {
        attempt.accept(signals);
        recorder.record(attempt.user(), OperationEnd.of(Outcome.SUCCESS).withDuration(form.durationMillis())
                .withCredential(attempt.credentialId()));
        VerifiedAssertion verified = attempt.verified();
        SessionMethods.recordSuccess(context, AuthenticationMethod.ofPasskey(verified.backupEligible(), verified.userVerified()));
    }

    /**
     * The page reports the browser's prompt ended without a passkey (cancelled, timed out, no matching passkey
     * on this device). Not a wrong credential, so no brute-force count: an error event, the operation's outcome.
     *
     * @return why, for the step's message
     */
    public FailureReason promptFailed(AuthenticationFlowContext context, PostedForm form, UserModel user, LoginMethod method) {
        FailureReason reason = FailureReason.fromClientError(form.clientError().orElse(null));
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        notes.passkeyFailed(reason);
        finishOperation(context, user, OperationEnd.failed(reason).withDuration(form.durationMillis()).withMethod(method));
        // Whatever challenge was pending is void now.
        notes.discardChallenge();
        if (user != null) {
            context.getEvent().user(user);
        }
        form.clientError().ifPresent(name -> context.getEvent().detail(PasskeyEventDetails.CLIENT_ERROR, name));
        form.durationMillis().ifPresent(ms -> context.getEvent().detail(PasskeyEventDetails.DURATION_MS, Long.toString(ms)));
        context.getEvent()
                .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                .detail(PasskeyEventDetails.LOGIN_METHOD, method.code())
                .detail(PasskeyEventDetails.REASON, reason.code())
                .error(Errors.NOT_ALLOWED);
        return reason;
    }

    /** Completes this attempt's pending operation, if any: the next passkey attempt is a new one. */
    public void finishOperation(AuthenticationFlowContext context, UserModel user, OperationEnd end) {
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        Optional<String> operation = notes.operation();
        if (operation.isPresent()) {
            operations.finish(operation, user, end);
            notes.operationEnded();
        }
    }

    /**
     * The passkey page: a fresh challenge for these passkeys.
     *
     * @param attributes the page's {@code pa} attribute, given the request options as JSON
     */
    public Response passkeyPage(AuthenticationFlowContext context, LoginFormsProvider page, List<Passkey> userPasskeys,
                                Function<String, LoginPage> attributes) {
        String options = requestOptions(context, userPasskeys);
        return page.setAttribute("pa", attributes.apply(options)).createForm(TEMPLATE_PASSKEY);
    }

    /** Request options with a fresh challenge of this login, as the page's JSON. */
    public String requestOptions(AuthenticationFlowContext context, List<Passkey> userPasskeys) {
        RelyingParty relyingParty = relyingParty(context);
        byte[] challenge = AttemptNotes.of(context.getAuthenticationSession()).issueChallenge(relyingParty.timeoutMillis());
        return LoginPage.json(RequestOptions.of(relyingParty, challenge, userPasskeys.stream().map(Passkey::stored).toList()));
    }

    public static RelyingParty relyingParty(AuthenticationFlowContext context) {
        return PasswordlessPolicy.relyingParty(context.getRealm(), context.getUriInfo().getBaseUri());
    }
}
