package dev.passkeyautopilot.append;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.environment.RequestEnvironment;
import dev.passkeyautopilot.events.LoginEventDetails;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.gate.RolloutGate;
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
import dev.passkeyautopilot.intelligence.HintPolicy;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.PasskeyUser;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.webauthn.AttestationResponse;
import dev.passkeyautopilot.webauthn.Base64Url;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.CreationOptions;
import dev.passkeyautopilot.webauthn.FailureReason;
import dev.passkeyautopilot.webauthn.PasswordlessPolicy;
import dev.passkeyautopilot.webauthn.RegistrationVerifier;
import dev.passkeyautopilot.webauthn.RelyingParty;
import dev.passkeyautopilot.webauthn.ResponseFormConverter;
import dev.passkeyautopilot.webauthn.VerifiedRegistration;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.WebAuthnConstants;
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

/**
 * After a password login, offers to create a passkey ("append"). Triggered per login, never stored on the
 * user, so it does not show up as a pending action in the admin console. "Not now" continues the login and
 * keeps the offer away for the configured number of days.
 */
public class AppendPasskeyRequiredAction implements RequiredActionProvider {

    private static final Logger LOG = Logger.getLogger(AppendPasskeyRequiredAction.class);
    static final String TEMPLATE = "passkey-autopilot-append.ftl";

    private final UserPasskeys passkeys;
    private final RegistrationVerifier verifier;
    private final PasskeyIntelligence intelligence;
    private final PasskeyOperations operations;
    private final RolloutGate gate;
    private final PasskeyCreation creation;

    AppendPasskeyRequiredAction(UserPasskeys passkeys, RegistrationVerifier verifier, PasskeyIntelligence intelligence,
                                PasskeyOperations operations, RolloutGate gate) {
        this.gate = gate;
        this.passkeys = passkeys;
        this.verifier = verifier;
        this.intelligence = intelligence;
        this.operations = operations;
        this.creation = new PasskeyCreation(passkeys, verifier);
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
            return;
        }
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
            return;
        }
        String experiments = RolloutGate.describe(gate.assignments(context.getRealm(), user.getId()));
        if (!experiments.isEmpty()) {
            notes.experiments(experiments);
        }
        boolean laterLogin = gate.assignment(context.getRealm(), Feature.APPEND, ExperimentKind.TIMING, user.getId())
                .map(a -> ExperimentKind.TIMING_SECOND.equals(a.arm())).orElse(false);
        long started = System.nanoTime();
        boolean snoozed = AppendSnooze.until(user).map(until -> Time.currentTimeMillis() < until).orElse(false);
        AppendDecision decision = intelligence.decideAppend(
                passkeys.facts(passkeys.list(context.getRealm(), user)),
                new DeviceFacts(environment, signals.webauthn(), signals.platformAuthenticator(), signals.conditionalGet(),
                        signals.hybridTransport(), signals.deviceMarker()),
                Boolean.parseBoolean(authSession.getAuthNote(AuthenticationManager.PASSWORD_VALIDATED)),
                snoozed,
                // a passkey that failed in this very login is no passkey "usable here", whatever the marker says
                notes.passkeyFailed(),
                IntelligenceSettings.defaults());
        if (!decision.offer()) {
            LOG.debugf("Not offering a passkey to %s: %s", user.getId(), decision.reasonCodes());
            return;
        }
        if (laterLogin && operations.count(context.getRealm(), user, OperationKind.APPEND, Outcome.DEFERRED) == 0) {
            // timing experiment, arm "second": the first time the offer would be made, it is held for the next login
            String deferred = operations.start(context.getRealm(), user,
                    OperationStart.appendOffer(environment, signals.deviceMarker(), decision.reasonCodes(), 0));
            operations.finish(Optional.of(deferred), user, OperationEnd.of(Outcome.DEFERRED));
            notes.appendOffered(deferred);
            return;
        }
        long micros = (System.nanoTime() - started) / 1000;
        notes.appendOffered(operations.start(context.getRealm(), user,
                OperationStart.appendOffer(environment, signals.deviceMarker(), decision.reasonCodes(), micros)));
        // the LOGIN event now waits for the offer, and will be built from scratch then
        LoginEventDetails.remember(authSession, context.getEvent());
        authSession.addRequiredAction(AppendPasskeyRequiredActionFactory.PROVIDER_ID);
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(offerPage(context, context.form()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        PostedForm form;
        try {
            form = PostedForm.read(context.getHttpRequest());
        } catch (RequestTooLargeException e) {
            failed(context, FailureReason.REQUEST_TOO_LARGE, "paRequestTooLarge", Response.Status.REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        ClientSignals signals = AttemptNotes.of(context.getAuthenticationSession()).rememberSignals(form.signals());
        Environment environment = RequestEnvironment.of(context.getSession(), signals);
        PasskeyEventDetails.environment(context.getEvent(), environment, signals);
        PasskeyEventDetails.experiments(context.getEvent(), context.getAuthenticationSession());
        form.durationMillis().ifPresent(ms -> context.getEvent().detail(PasskeyEventDetails.DURATION_MS, Long.toString(ms)));

        switch (form.action()) {
            case "skip" -> skip(context);
            case "create" -> create(context, form, environment, signals);
            case "create_error" -> {
                form.clientError().ifPresent(name -> context.getEvent().detail(PasskeyEventDetails.CLIENT_ERROR, name));
                failed(context, FailureReason.fromClientError(form.clientError().orElse(null)), "paAppendFailed", Response.Status.OK);
            }
            default -> failed(context, FailureReason.MALFORMED_RESPONSE, "paInvalidRequest", Response.Status.BAD_REQUEST);
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
        UserModel user = context.getUser();
        try {
            AttestationResponse response = new ResponseFormConverter().toAttestation(form::get);
            byte[] challenge = AttemptNotes.of(context.getAuthenticationSession()).consumeChallenge();
            String credentialModelId = creation.create(context.getRealm(), user, context.getEvent(), response, challenge, relyingParty(context),
                    environment, signals, AppendOutcome.CREATED);
            finishOperation(context, OperationEnd.of(Outcome.SUCCESS).withDuration(form.durationMillis()).withCredential(credentialModelId));
            context.getEvent().detail(PasskeyEventDetails.APPEND_OUTCOME, AppendOutcome.CREATED.code());
            LoginEventDetails.restore(context.getAuthenticationSession(), context.getEvent());
            context.success();
        } catch (CeremonyException e) {
            LOG.debugf("Passkey creation rejected (%s): %s", e.reason().code(), e.getMessage());
            failed(context, e.reason(), "paAppendFailed", Response.Status.OK);
        }
    }

    /**
     * Records how the append operation ended. A failed creation leaves the operation open in spirit: the
     * offer is shown again, so the outcome stays the last failure until the user creates or skips.
     */
    private void finishOperation(RequiredActionContext context, OperationEnd end) {
        operations.finish(AttemptNotes.of(context.getAuthenticationSession()).appendOffered(), context.getUser(), end);
    }

    /** An error event; the offer is shown again with a message, so the user can retry or choose "Not now". */
    private void failed(RequiredActionContext context, FailureReason reason, String message, Response.Status status) {
        AttemptNotes.of(context.getAuthenticationSession()).discardChallenge();
        finishOperation(context, OperationEnd.failed(reason));
        context.getEvent().clone()
                .event(EventType.UPDATE_CREDENTIAL_ERROR)
                .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                .detail(PasskeyEventDetails.APPEND_OUTCOME, AppendOutcome.FAILED.code())
                .detail(PasskeyEventDetails.REASON, reason.code())
                .error(reason == FailureReason.REQUEST_TOO_LARGE || reason == FailureReason.MALFORMED_RESPONSE
                        ? Errors.INVALID_REQUEST : Errors.INVALID_USER_CREDENTIALS);
        context.challenge(offerPage(context, context.form().setError(message).setStatus(status)));
    }

    private Response offerPage(RequiredActionContext context, LoginFormsProvider page) {
        UserModel user = context.getUser();
        RelyingParty relyingParty = relyingParty(context);
        byte[] challenge = AttemptNotes.of(context.getAuthenticationSession()).issueChallenge(relyingParty.timeoutMillis());
        List<Passkey> existing = passkeys.list(context.getRealm(), user);
        PasskeyUser names = PasskeyUser.of(user);
        // no step config here: cross-device sign-in counts as allowed (the intelligence's default)
        boolean crossDevice = IntelligenceSettings.defaults().crossDeviceEnabled();
        CreationOptions options = CreationOptions.of(relyingParty, challenge, user.getId(), names.name(), names.displayName(),
                existing.stream().map(Passkey::stored).toList(), HintPolicy.forCreation(relyingParty.authenticatorAttachment(), crossDevice),
                crossDevice);
        String copyVariant = gate.assignment(context.getRealm(), Feature.APPEND, ExperimentKind.COPY, user.getId())
                .map(Assignment::arm).orElse(null);
        LoginPage attributes = LoginPage.append(user.getUsername(), LoginPage.json(options), copyVariant);
        if (AttemptNotes.of(context.getAuthenticationSession()).appendReplacesCodes()) {
            attributes.replacingCodes();
        }
        return page.setAttribute("pa", attributes).createForm(TEMPLATE);
    }

    private static RelyingParty relyingParty(RequiredActionContext context) {
        return PasswordlessPolicy.relyingParty(context.getRealm(), context.getUriInfo().getBaseUri());
    }

    @Override
    public void close() {
    }
}
