package dev.passkeyautopilot.append;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.environment.RequestEnvironment;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.gate.RolloutGate;
import dev.passkeyautopilot.kpi.ExperimentAssignments;
import dev.passkeyautopilot.login.LoginDecider;
import dev.passkeyautopilot.mfa.RegulatedMode;
import dev.passkeyautopilot.operation.OperationEnd;
import dev.passkeyautopilot.operation.OperationStart;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.passkey.PasskeyCreation;
import dev.passkeyautopilot.passkey.PasskeyServices;
import dev.passkeyautopilot.passkey.PasskeyStep;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.rollout.ExperimentKind;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.vocabulary.AppendOutcome;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.webauthn.AttestationResponse;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.RelyingParty;
import dev.passkeyautopilot.webauthn.ResponseFormConverter;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The automatic passkey upgrade, the "automatic" arm of the append feature's {@code upgrade} experiment: the
 * password page carries creation options, and when the browser reports {@code conditionalCreate} it asks for a
 * passkey without a prompt as the password is submitted (WebAuthn L3 conditional create: the browser creates one
 * only if its password manager just filled that password). The result comes with the password post; the passkey
 * is stored only once the password verified. Each attempt is an append operation: {@code upgraded} when a passkey
 * was created, {@code not_offered} when the browser chose not to (nothing the user saw); the user never waits
 * for it and never sees an error. On the "offer" arm (and without the experiment) nothing changes: the offer page.
 */
public final class AutomaticUpgrade {

    private static final Logger LOG = Logger.getLogger(AutomaticUpgrade.class);
    /** Posted by the password page: {@code new_passkey} (with {@code pa_upgrade_*} attestation fields) or {@code no_passkey}. */
    static final String RESULT_FIELD = "pa_upgrade";
    static final String CREATED = "new_passkey";
    static final String NOT_CREATED = "no_passkey";
    private static final String FIELD_PREFIX = "pa_upgrade_";
    private static final Pattern CREDENTIAL_ID = Pattern.compile("[A-Za-z0-9_-]{16,1400}");

    private final UserPasskeys passkeys;
    private final PasskeyOperations operations;
    private final RolloutGate gate;
    private final PasskeyCreation creation;
    private final ExperimentAssignments assignments;

    private AutomaticUpgrade(UserPasskeys passkeys, PasskeyOperations operations, RolloutGate gate, PasskeyCreation creation,
                             ExperimentAssignments assignments) {
        this.passkeys = passkeys;
        this.operations = operations;
        this.gate = gate;
        this.creation = creation;
        this.assignments = assignments;
    }

    public static AutomaticUpgrade of(KeycloakSession session) {
        PasskeyServices services = PasskeyServices.of(session);
        UserPasskeys passkeys = services.passkeys(session);
        return new AutomaticUpgrade(passkeys, services.operations(session), services.gate(),
                new PasskeyCreation(passkeys, services.registrationVerifier()), new ExperimentAssignments(session));
    }

    /**
     * Creation options for the password page when this user is on the automatic arm and the append feature is
     * rolled out to them (and not snoozed, nor a regulated realm); empty otherwise. Issues the upgrade challenge.
     */
    public Optional<String> options(AuthenticationFlowContext context, UserModel user) {
        if (user == null || !user.isEnabled() || RegulatedMode.isOn(context.getRealm()) || context.getAuthenticationSession().getRedirectUri() == null) {
            return Optional.empty();
        }
        boolean automaticArm = gate.assignment(context.getRealm(), Feature.APPEND, ExperimentKind.UPGRADE, user.getId())
                .map(a -> ExperimentKind.UPGRADE_AUTOMATIC.equals(a.arm())).orElse(false);
        if (!automaticArm || AppendSnooze.until(user).map(until -> Time.currentTimeMillis() < until).orElse(false)) {
            return Optional.empty();
        }
        ClientSignals signals = AttemptNotes.of(context.getAuthenticationSession()).signals();
        Environment environment = RequestEnvironment.of(context.getSession(), signals);
        if (!gate.evaluate(context.getRealm(), Feature.APPEND,
                () -> RolloutGate.request(context.getSession(), context.getAuthenticationSession(), user, environment, signals)).allowed()) {
            return Optional.empty();
        }
        RelyingParty relyingParty = PasskeyStep.relyingParty(context);
        byte[] challenge = AttemptNotes.of(context.getAuthenticationSession()).issueUpgradeChallenge(relyingParty.timeoutMillis());
        return Optional.of(creation.options(relyingParty, challenge, context.getRealm(), user,
                LoginDecider.settings(context).crossDeviceEnabled()));
    }

    /**
     * Before the password is checked: a passkey the browser just created is one the server does not know yet. If
     * the password fails, the page that follows tells the browser to forget it ({@code signalUnknownCredential}).
     */
    public void beforePassword(AuthenticationFlowContext context, PostedForm form) {
        String credentialId = form.get(FIELD_PREFIX + "credential_id");
        if (CREATED.equals(form.get(RESULT_FIELD)) && credentialId != null && CREDENTIAL_ID.matcher(credentialId).matches()) {
            AttemptNotes.of(context.getAuthenticationSession()).unknownCredential(credentialId);
        }
    }

    /** After the password verified: stores the passkey the browser created, and records the attempt. */
    public void afterPassword(AuthenticationFlowContext context, PostedForm form, UserModel user) {
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        // the password verified: a passkey created with it is known now (or refused below, silently)
        notes.takeUnknownCredential();
        String result = form.get(RESULT_FIELD);
        if (!CREATED.equals(result) && !NOT_CREATED.equals(result)) {
            notes.discardUpgradeChallenge();
            return;
        }
        notes.markUpgradeAttempted();
        // the attempt is this login's offer on the automatic arm: the experiment readout counts the user there
        assignments.assign(context.getRealm(), user,
                gate.assignment(context.getRealm(), Feature.APPEND, ExperimentKind.UPGRADE, user.getId()).stream().toList());
        ClientSignals signals = notes.signals();
        Environment environment = RequestEnvironment.of(context.getSession(), signals);
        Optional<String> operation = Optional.of(operations.start(context.getRealm(), user,
                OperationStart.appendOffer(environment, signals.deviceMarker(), ExperimentKind.UPGRADE_AUTOMATIC, 0)));
        if (NOT_CREATED.equals(result)) {
            notes.discardUpgradeChallenge();
            operations.finish(operation, user, OperationEnd.of(Outcome.NOT_OFFERED));
            return;
        }
        try {
            AttestationResponse response = new ResponseFormConverter().toAttestation(name -> form.get(name.replaceFirst("^pa_", FIELD_PREFIX)));
            byte[] challenge = notes.consumeUpgradeChallenge();
            PasskeyCreation.Created created = creation.create(context.getRealm(), user, response, challenge,
                    PasskeyStep.relyingParty(context), environment, signals);
            AppendSnooze.clear(user);
            assignments.converted(context.getRealm(), user);
            operations.finish(operation, user, OperationEnd.of(Outcome.UPGRADED).withCredential(created.credentialModelId()));
            PasskeyCreation.createdEvent(context.getEvent().clone(), created)
                    .detail(PasskeyEventDetails.APPEND_OUTCOME, AppendOutcome.UPGRADED.code())
                    .success();
            context.getEvent().detail(PasskeyEventDetails.APPEND_OUTCOME, AppendOutcome.UPGRADED.code());
        } catch (CeremonyException e) {
            // never blocks the sign-in: the password verified, the passkey is simply not kept
            LOG.debugf("Automatic passkey upgrade rejected (%s): %s", e.reason().code(), e.getMessage());
            operations.finish(operation, user, OperationEnd.failed(e.reason()));
            context.getEvent().clone()
                    .event(EventType.UPDATE_CREDENTIAL_ERROR)
                    .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                    .detail(PasskeyEventDetails.APPEND_OUTCOME, AppendOutcome.FAILED.code())
                    .detail(PasskeyEventDetails.REASON, e.reason().code())
                    .error(Errors.INVALID_USER_CREDENTIALS);
        }
    }
}
