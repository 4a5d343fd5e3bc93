package dev.passkeyautopilot.append;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.environment.RequestEnvironment;
import dev.passkeyautopilot.events.LoginEventDetails;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.gate.RolloutGate;
import dev.passkeyautopilot.kpi.ExperimentAssignments;
import dev.passkeyautopilot.rollout.Experiment;
import dev.passkeyautopilot.vocabulary.AppendStage;
import org.keycloak.models.RealmModel;
import dev.passkeyautopilot.intelligence.Reason;
import dev.passkeyautopilot.mfa.AuthenticationMethod;
import dev.passkeyautopilot.mfa.RegulatedMode;
import dev.passkeyautopilot.mfa.SessionMethods;
import dev.passkeyautopilot.rollout.Assignment;
import dev.passkeyautopilot.rollout.ExperimentKind;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.intelligence.AppendDecision;
import dev.passkeyautopilot.intelligence.DeviceFacts;
import dev.passkeyautopilot.intelligence.IntelligenceSettings;
import dev.passkeyautopilot.intelligence.PasskeyIntelligence;
import dev.passkeyautopilot.operation.OperationEnd;
import dev.passkeyautopilot.operation.OperationStart;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.vocabulary.AppendOutcome;
import dev.passkeyautopilot.vocabulary.OperationKind;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.form.RequestTooLargeException;
import dev.passkeyautopilot.login.LoginPage;
import dev.passkeyautopilot.passkey.PasskeyCreation;
import dev.passkeyautopilot.passkey.PageMessage;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.FailureReason;
import dev.passkeyautopilot.webauthn.RegistrationVerifier;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After a password login, offers to create a passkey ("append"). Triggered per login, never stored on the
 * user, so it does not show up as a pending action in the admin console. "Not now" continues the login and
 * keeps the offer away for the configured number of days.
 */
public class AppendPasskeyRequiredAction implements RequiredActionProvider {

    private static final Logger LOG = Logger.getLogger(AppendPasskeyRequiredAction.class);
    static final String TEMPLATE = "passkey-autopilot-append.ftl";
    static final String TEMPLATE_CREATED = "passkey-autopilot-created.ftl";
    private static final String NOT_CREATED_MESSAGE = "paAppendNotCreated";

    private final UserPasskeys passkeys;
    private final PasskeyCreation creation;
    private final PasskeyIntelligence intelligence;
    private final PasskeyOperations operations;
    private final RolloutGate gate;
    private final ExperimentAssignments assignments;

    AppendPasskeyRequiredAction(UserPasskeys passkeys, RegistrationVerifier verifier, PasskeyIntelligence intelligence,
                                PasskeyOperations operations, RolloutGate gate, ExperimentAssignments assignments) {
        this.gate = gate;
        this.assignments = assignments;
        this.passkeys = passkeys;
        this.creation = new PasskeyCreation(passkeys, verifier);
        this.intelligence = intelligence;
        this.operations = operations;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        AttemptNotes notes = AttemptNotes.of(authSession);
        // Triggers are evaluated once the login has signed in: only now is this browser's device marker one the
        // user is known to use, which the realm-wide learning trusts (the identifier alone is anyone's to type).
        operations.signedIn(notes.decidedOperation().orElse(null), context.getUser());
        if (notes.appendOffered().isPresent()) {
            return;
        }
        if (notes.upgradeAttempted()) {
            // the password page asked the browser for an automatic upgrade (upgrade experiment, arm "automatic"):
            // that was this login's offer, whatever the browser did
            notes.appendStage(AppendStage.OFFERED);
            return;
        }
        // until a check below lets it further
        notes.appendStage(AppendStage.NOT_ELIGIBLE);
        if (authSession.getRedirectUri() == null) {
            // No browser to show a page to (a direct grant, for one): a pending offer would only fail the
            // login with "Account is not fully set up".
            return;
        }
        UserModel user = context.getUser();
        boolean codesUsed = SessionMethods.ofAuthentication(authSession).methods().contains(AuthenticationMethod.OTP);
        if (RegulatedMode.isOn(context.getRealm()) && !codesUsed) {
            // passkeys serve only as a second factor here: the offer replaces one-time codes, never the password
            LOG.debugf("Not offering a passkey to %s: %s", user.getId(), Reason.REGULATED_MODE.code());
            return;
        }
        if (codesUsed) {
            notes.codesUsed();
        }
        ClientSignals signals = notes.signals();
        Environment environment = RequestEnvironment.of(context.getSession(), signals);
        if (!gate.evaluate(context.getRealm(), Feature.APPEND,
                () -> RolloutGate.request(context.getSession(), authSession, user, environment, signals)).allowed()) {
            LOG.debugf("Not offering a passkey to %s: %s", user.getId(), Reason.ROLLOUT_EXCLUDED.code());
            notes.appendStage(AppendStage.ROLLOUT_EXCLUDED);
            return;
        }
        String experiments = RolloutGate.describe(gate.assignments(context.getRealm(), user.getId()));
        if (!experiments.isEmpty()) {
            notes.experiments(experiments);
        }
        boolean laterLogin = gate.assignment(context.getRealm(), Feature.APPEND, ExperimentKind.TIMING, user.getId())
                .map(a -> ExperimentKind.TIMING_SECOND.equals(a.arm())).orElse(false);
        long started = System.nanoTime();
        boolean passwordUsed = Boolean.parseBoolean(authSession.getAuthNote(AuthenticationManager.PASSWORD_VALIDATED));
        // Without the password in this login the intelligence declines before it looks at anything else (its first
        // append rule, no_password_login). Every passkey login of the realm, Keycloak's own included, comes through here:
        // loading the user's passkeys and attributes for that was a fifth of our code's server time (docs/performance.md).
        boolean snoozed = passwordUsed && AppendSnooze.until(user).map(until -> Time.currentTimeMillis() < until).orElse(false);
        AppendDecision decision = intelligence.decideAppend(
                passwordUsed ? passkeys.facts(passkeys.list(context.getRealm(), user)) : List.of(),
                new DeviceFacts(environment, signals.webauthn(), signals.platformAuthenticator(), signals.conditionalGet(),
                        signals.hybridTransport(), signals.deviceMarker()),
                passwordUsed,
                snoozed,
                // a passkey that failed in this very login is no passkey "usable here", whatever the marker says
                notes.passkeyFailed(),
                IntelligenceSettings.defaults());
        if (!decision.offer()) {
            LOG.debugf("Not offering a passkey to %s: %s", user.getId(), decision.reasonCodes());
            notes.appendStage(AppendStage.INTELLIGENCE_DECLINED);
            return;
        }
        long micros = (System.nanoTime() - started) / 1000;
        assignments.assign(context.getRealm(), user, appendExperiments(context.getRealm(), user));
        if (laterLogin && operations.count(context.getRealm(), user, OperationKind.APPEND, Outcome.DEFERRED) == 0) {
            // timing experiment, arm "second": the first time the offer would be made, it is held for the next login
            String deferred = operations.start(context.getRealm(), user,
                    OperationStart.appendOffer(environment, signals.deviceMarker(), decision.reasonCodes(), micros));
            operations.finish(Optional.of(deferred), user, OperationEnd.of(Outcome.DEFERRED));
            notes.appendOffered(deferred);
            notes.appendStage(AppendStage.DEFERRED);
            return;
        }
        notes.appendOffered(operations.start(context.getRealm(), user,
                OperationStart.appendOffer(environment, signals.deviceMarker(), decision.reasonCodes(), micros)));
        notes.appendStage(AppendStage.OFFERED);
        // the LOGIN event now waits for the offer, and will be built from scratch then
        LoginEventDetails.remember(authSession, context.getEvent());
        authSession.addRequiredAction(AppendPasskeyRequiredActionFactory.PROVIDER_ID);
    }

    /** The user's arms of the append feature's experiments: the experiments an offer takes part in. */
    private List<Assignment> appendExperiments(RealmModel realm, UserModel user) {
        Set<String> appendExperiments = gate.ruleSet(realm).experiments().stream()
                .filter(experiment -> experiment.feature() == Feature.APPEND)
                .map(Experiment::name)
                .collect(Collectors.toSet());
        return gate.assignments(realm, user.getId()).stream().filter(a -> appendExperiments.contains(a.experiment())).toList();
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (AttemptNotes.of(context.getAuthenticationSession()).appendCreated()) {
            context.challenge(createdPage(context, context.form()));
            return;
        }
        context.challenge(offerPage(context, context.form()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        PostedForm form;
        try {
            form = PostedForm.read(context.getHttpRequest());
        } catch (RequestTooLargeException e) {
            failed(context, FailureReason.REQUEST_TOO_LARGE, PageMessage.error("paRequestTooLarge"), Response.Status.REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        ClientSignals signals = AttemptNotes.of(context.getAuthenticationSession()).rememberSignals(form.signals());
        Environment environment = RequestEnvironment.of(context.getSession(), signals);
        PasskeyEventDetails.environment(context.getEvent(), environment, signals);
        PasskeyEventDetails.experiments(context.getEvent(), context.getAuthenticationSession());
        form.durationMillis().ifPresent(ms -> context.getEvent().detail(PasskeyEventDetails.DURATION_MS, Long.toString(ms)));

        if (AttemptNotes.of(context.getAuthenticationSession()).appendCreated()) {
            continueAfterCreation(context, form);
            return;
        }
        switch (form.action()) {
            case "skip" -> skip(context);
            case "create" -> create(context, form, environment, signals);
            case "create_error" -> {
                form.clientError().ifPresent(name -> context.getEvent().detail(PasskeyEventDetails.CLIENT_ERROR, name));
                FailureReason reason = FailureReason.fromClientError(form.clientError().orElse(null));
                // the user closed the browser's prompt or let it run out: no error of theirs, the offer stands
                boolean notFinished = reason == FailureReason.NOT_ALLOWED || reason == FailureReason.CANCELLED || reason == FailureReason.TIMEOUT;
                failed(context, reason, notFinished ? PageMessage.info(NOT_CREATED_MESSAGE) : PageMessage.warning(NOT_CREATED_MESSAGE),
                        Response.Status.OK);
            }
            default -> failed(context, FailureReason.MALFORMED_RESPONSE, PageMessage.error("paInvalidRequest"), Response.Status.BAD_REQUEST);
        }
    }

    private void skip(RequiredActionContext context) {
        AttemptNotes.of(context.getAuthenticationSession()).discardChallenge();
        int days = AppendConfig.of(context.getConfig()).snoozeDays();
        AppendSnooze.snooze(context.getUser(), Time.currentTimeMillis(), days);
        finishOperation(context, OperationEnd.of(Outcome.SKIPPED));
        context.getEvent()
                .detail(PasskeyEventDetails.APPEND_OUTCOME, AppendOutcome.SKIPPED.code())
                .detail(PasskeyEventDetails.REASON, AppendOutcome.NOT_NOW_REASON);
        LoginEventDetails.restore(context.getAuthenticationSession(), context.getEvent());
        context.success();
    }

    private void create(RequiredActionContext context, PostedForm form, Environment environment, ClientSignals signals) {
        try {
            PasskeyCreation.Created created = creation.create(context.getAuthenticationSession(), context.getRealm(), context.getUser(),
                    form, context.getUriInfo().getBaseUri(), environment, signals);
            AppendSnooze.clear(context.getUser());
            assignments.converted(context.getRealm(), context.getUser());
            finishOperation(context, OperationEnd.of(Outcome.SUCCESS).withDuration(form.durationMillis()).withCredential(created.credentialModelId()));
            PasskeyCreation.createdEvent(context.getEvent().clone(), created)
                    .detail(PasskeyEventDetails.APPEND_OUTCOME, AppendOutcome.CREATED.code())
                    .success();
            // the login goes on from the confirmation, which names where the passkey was saved
            AttemptNotes.of(context.getAuthenticationSession()).appendCreated(created.credentialModelId(),
                    Optional.ofNullable(created.provider()));
            context.challenge(createdPage(context, context.form()));
        } catch (CeremonyException e) {
            LOG.debugf("Passkey creation rejected (%s): %s", e.reason().code(), e.getMessage());
            failed(context, e.reason(), PageMessage.error(NOT_CREATED_MESSAGE), Response.Status.OK);
        }
    }

    /**
     * After the confirmation: the LOGIN event says how the user signed in and that a passkey was created. Any
     * other post is refused there: the passkey exists, nothing is left to create or skip.
     */
    private void continueAfterCreation(RequiredActionContext context, PostedForm form) {
        if (!"continue".equals(form.action())) {
            context.getEvent().clone()
                    .event(EventType.CUSTOM_REQUIRED_ACTION_ERROR)
                    .detail(PasskeyEventDetails.REASON, FailureReason.MALFORMED_RESPONSE.code())
                    .error(Errors.INVALID_REQUEST);
            context.challenge(createdPage(context, context.form().setError("paInvalidRequest").setStatus(Response.Status.BAD_REQUEST)));
            return;
        }
        context.getEvent().detail(PasskeyEventDetails.APPEND_OUTCOME, AppendOutcome.CREATED.code());
        LoginEventDetails.restore(context.getAuthenticationSession(), context.getEvent());
        context.success();
    }

    /**
     * Records how the append operation ended. A failed creation leaves the operation open in spirit: the
     * offer is shown again, so the outcome stays the last failure until the user creates or skips.
     */
    private void finishOperation(RequiredActionContext context, OperationEnd end) {
        operations.finish(AttemptNotes.of(context.getAuthenticationSession()).appendOffered(), context.getUser(), end);
    }

    /** An error event; the offer is shown again with a message, so the user can retry or choose "Not now". */
    private void failed(RequiredActionContext context, FailureReason reason, PageMessage message, Response.Status status) {
        AttemptNotes.of(context.getAuthenticationSession()).discardChallenge();
        finishOperation(context, OperationEnd.failed(reason));
        context.getEvent().clone()
                .event(EventType.UPDATE_CREDENTIAL_ERROR)
                .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                .detail(PasskeyEventDetails.APPEND_OUTCOME, AppendOutcome.FAILED.code())
                .detail(PasskeyEventDetails.REASON, reason.code())
                .error(reason == FailureReason.REQUEST_TOO_LARGE || reason == FailureReason.MALFORMED_RESPONSE
                        ? Errors.INVALID_REQUEST : Errors.INVALID_USER_CREDENTIALS);
        context.challenge(offerPage(context, message.applyTo(context.form()).setStatus(status)));
    }

    private Response offerPage(RequiredActionContext context, LoginFormsProvider page) {
        UserModel user = context.getUser();
        String options = creation.options(context.getAuthenticationSession(), context.getRealm(), user, context.getUriInfo().getBaseUri());
        String copyVariant = gate.assignment(context.getRealm(), Feature.APPEND, ExperimentKind.COPY, user.getId())
                .map(Assignment::arm).orElse(null);
        LoginPage attributes = LoginPage.append(user.getUsername(), options, copyVariant);
        if (AttemptNotes.of(context.getAuthenticationSession()).appendReplacesCodes()) {
            attributes.replacingCodes();
        }
        return page.setAttribute("pa", attributes).createForm(TEMPLATE);
    }

    private Response createdPage(RequiredActionContext context, LoginFormsProvider page) {
        String provider = AttemptNotes.of(context.getAuthenticationSession()).appendCreatedProvider().orElse(null);
        return page.setAttribute("pa", LoginPage.created(context.getUser().getUsername(), provider)).createForm(TEMPLATE_CREATED);
    }

    @Override
    public void close() {
    }
}
