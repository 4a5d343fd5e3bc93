package dev.passkeyautopilot.passkeylist;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.environment.RequestEnvironment;
import dev.passkeyautopilot.events.LoginEventDetails;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.form.RequestTooLargeException;
import dev.passkeyautopilot.gate.RolloutGate;
import dev.passkeyautopilot.intelligence.AppendDecision;
import dev.passkeyautopilot.intelligence.DeviceFacts;
import dev.passkeyautopilot.intelligence.IntelligenceSettings;
import dev.passkeyautopilot.intelligence.PasskeyIntelligence;
import dev.passkeyautopilot.intelligence.Reason;
import dev.passkeyautopilot.login.LoginPage;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.PasskeyCreation;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.vocabulary.ListAction;
import dev.passkeyautopilot.vocabulary.ListAction.Refusal;
import dev.passkeyautopilot.webauthn.Base64Url;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.FailureReason;
import dev.passkeyautopilot.webauthn.PasswordlessPolicy;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.WebAuthnConstants;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * "Your passkeys": the user's passkeys, one card each, to rename, delete (after a confirmation step naming the
 * passkey) and add to. Every change needs a recent sign-in ({@link RecentAuthentication}) and the form of the page
 * the server rendered last (a token in the authentication session), names a passkey of this user, and becomes a
 * Keycloak event (UPDATE_CREDENTIAL / REMOVE_CREDENTIAL, or their _ERROR with a {@link Refusal} code); a refused
 * one changes nothing. Adding reuses the append offer's ceremony ({@link PasskeyCreation}).
 */
public class PasskeyListRequiredAction implements RequiredActionProvider {

    private static final Logger LOG = Logger.getLogger(PasskeyListRequiredAction.class);
    static final String TEMPLATE = "passkey-autopilot-passkeys.ftl";
    /** The page's form fields (the template's contract). */
    static final String FORM_TOKEN = "pa_form_token";
    static final String CREDENTIAL = "pa_credential";
    static final String LABEL = "pa_label";
    /** Longest credential id an event repeats from a post: Keycloak's ids are 36 characters. */
    private static final int MAX_POSTED_ID = 64;

    private final UserPasskeys passkeys;
    private final PasskeyCreation creation;
    private final PasskeyIntelligence intelligence;
    private final RolloutGate gate;
    private final PasskeyCards cards;

    PasskeyListRequiredAction(UserPasskeys passkeys, dev.passkeyautopilot.webauthn.RegistrationVerifier verifier,
                              PasskeyIntelligence intelligence, RolloutGate gate) {
        this.passkeys = passkeys;
        this.creation = new PasskeyCreation(passkeys, verifier);
        this.intelligence = intelligence;
        this.gate = gate;
        this.cards = new PasskeyCards(passkeys);
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Shown only when an application asks for it (kc_action) or an admin sets it on a user. Triggers are
        // evaluated in the request that ends the sign-in, whose event builder holds how the user signed in; the
        // page comes in the next request, from a fresh builder, and the LOGIN event only after "Back to the
        // application": keep the sign-in's details for it now. Only the first evaluation: Keycloak evaluates the
        // triggers again on every later request of the login, each with a fresh builder.
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (PasskeyListRequiredActionFactory.PROVIDER_ID.equals(authSession.getClientNote(Constants.KC_ACTION))) {
            LoginEventDetails.rememberOnce(authSession, context.getEvent());
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        RecentAuthentication.authTime(context);
        // Keycloak sends LOGIN only after "Back to the application", from a fresh builder: keep how the user signed in
        LoginEventDetails.rememberOnce(context.getAuthenticationSession(), context.getEvent());
        context.challenge(page(context, context.form(), View.LIST));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        PostedForm form;
        try {
            form = PostedForm.read(context.getHttpRequest());
        } catch (RequestTooLargeException e) {
            refuse(context, null, ListAction.RENAME, FailureReason.REQUEST_TOO_LARGE.code(), "paRequestTooLarge",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        ClientSignals signals = notes.rememberSignals(form.signals());
        notes.listSignalsPosted();
        Environment environment = RequestEnvironment.of(context.getSession(), signals);
        PasskeyEventDetails.environment(context.getEvent(), environment, signals);

        String action = form.action();
        switch (action) {
            case "refresh", "cancel" -> context.challenge(page(context, context.form(), View.LIST));
            case "done" -> {
                LoginEventDetails.restore(context.getAuthenticationSession(), context.getEvent());
                context.success();
            }
            case "rename", "delete", "delete_confirmed", "create", "create_error" -> change(context, form, action, environment, signals);
            default -> refuse(context, null, ListAction.RENAME, FailureReason.MALFORMED_RESPONSE.code(), "paInvalidRequest",
                    Response.Status.BAD_REQUEST);
        }
    }

    private void change(RequiredActionContext context, PostedForm form, String action, Environment environment, ClientSignals signals) {
        ListAction kind = switch (action) {
            case "rename" -> ListAction.RENAME;
            case "delete", "delete_confirmed" -> ListAction.DELETE;
            default -> ListAction.CREATE;
        };
        String postedId = form.get(CREDENTIAL);
        if (!AttemptNotes.of(context.getAuthenticationSession()).listFormTokenMatches(form.get(FORM_TOKEN))) {
            refuse(context, postedId, kind, Refusal.STALE_FORM.code(), "paListStaleForm", Response.Status.OK);
            return;
        }
        if (!RecentAuthentication.recent(context)) {
            refuse(context, postedId, kind, Refusal.REAUTHENTICATION_REQUIRED.code(), "paListReauthenticate", Response.Status.OK);
            return;
        }
        if (kind == ListAction.CREATE) {
            if ("create".equals(action)) {
                create(context, form, environment, signals);
            } else {
                form.clientError().ifPresent(name -> context.getEvent().detail(PasskeyEventDetails.CLIENT_ERROR, name));
                AttemptNotes.of(context.getAuthenticationSession()).discardChallenge();
                refuse(context, null, kind, FailureReason.fromClientError(form.clientError().orElse(null)).code(), "paListCreateFailed",
                        Response.Status.OK);
            }
            return;
        }
        Optional<Passkey> passkey = ownPasskey(context, postedId);
        if (passkey.isEmpty()) {
            // someone else's, already deleted, or made up: answered alike, so the page reveals no other user's ids
            refuse(context, postedId, kind, Refusal.UNKNOWN_PASSKEY.code(), "paListUnknownPasskey", Response.Status.BAD_REQUEST);
            return;
        }
        switch (action) {
            case "rename" -> rename(context, passkey.get(), form.get(LABEL));
            case "delete" -> context.challenge(page(context, context.form(), View.confirm(passkey.get())));
            default -> delete(context, passkey.get());
        }
    }

    private void rename(RequiredActionContext context, Passkey passkey, String posted) {
        UserModel user = context.getUser();
        List<String> others = passkeys.list(context.getRealm(), user).stream()
                .filter(p -> !p.credentialModelId().equals(passkey.credentialModelId()))
                .map(Passkey::label).toList();
        PasskeyLabel.Checked checked = PasskeyLabel.check(posted, others);
        if (checked.refusal().isPresent()) {
            Refusal refusal = checked.refusal().get();
            boolean userMistake = refusal == Refusal.LABEL_EMPTY || refusal == Refusal.LABEL_TAKEN;
            refuse(context, passkey.credentialModelId(), ListAction.RENAME, refusal.code(), "paList" + messageSuffix(refusal),
                    userMistake ? Response.Status.OK : Response.Status.BAD_REQUEST);
            return;
        }
        String label = checked.label().orElseThrow();
        try {
            passkeys.rename(user, passkey.credentialModelId(), label);
        } catch (ModelDuplicateException e) {
            // Keycloak's own uniqueness check, should a label have arrived in between
            refuse(context, passkey.credentialModelId(), ListAction.RENAME, Refusal.LABEL_TAKEN.code(), "paListLabelTaken", Response.Status.OK);
            return;
        }
        changedEvent(context, EventType.UPDATE_CREDENTIAL, ListAction.RENAME, passkey)
                .detail(WebAuthnConstants.PUBKEY_CRED_LABEL_ATTR, label)
                .detail(PasskeyEventDetails.PREVIOUS_LABEL, passkey.label())
                .success();
        context.challenge(page(context, context.form().setSuccess("paListRenamed"), View.CHANGED));
    }

    private void delete(RequiredActionContext context, Passkey passkey) {
        if (!passkeys.remove(context.getUser(), passkey.credentialModelId())) {
            refuse(context, passkey.credentialModelId(), ListAction.DELETE, Refusal.UNKNOWN_PASSKEY.code(), "paListUnknownPasskey",
                    Response.Status.BAD_REQUEST);
            return;
        }
        changedEvent(context, EventType.REMOVE_CREDENTIAL, ListAction.DELETE, passkey)
                .detail(WebAuthnConstants.PUBKEY_CRED_LABEL_ATTR, passkey.label())
                .success();
        context.challenge(page(context, context.form().setSuccess("paListDeleted"), View.CHANGED));
    }

    private void create(RequiredActionContext context, PostedForm form, Environment environment, ClientSignals signals) {
        if (add(context, environment, signals) != PasskeyListPage.Add.OFFERED) {
            AttemptNotes.of(context.getAuthenticationSession()).discardChallenge();
            refuse(context, null, ListAction.CREATE, Refusal.ADD_NOT_OFFERED.code(), "paListAddNotOffered", Response.Status.BAD_REQUEST);
            return;
        }
        try {
            PasskeyCreation.Created created = creation.create(context.getAuthenticationSession(), context.getRealm(), context.getUser(),
                    form, context.getUriInfo().getBaseUri(), environment, signals);
            EventBuilder event = PasskeyCreation.createdEvent(context.getEvent().clone(), created)
                    .user(context.getUser())
                    .detail(PasskeyEventDetails.LIST_ACTION, ListAction.CREATE.code());
            form.durationMillis().ifPresent(ms -> event.detail(PasskeyEventDetails.DURATION_MS, Long.toString(ms)));
            event.success();
            context.challenge(page(context, context.form().setSuccess("paListAdded"), View.CHANGED));
        } catch (CeremonyException e) {
            LOG.debugf("Passkey creation on the list rejected (%s): %s", e.reason().code(), e.getMessage());
            refuse(context, null, ListAction.CREATE, e.reason().code(), "paListCreateFailed", Response.Status.OK);
        }
    }

    /** The user's passkey a posted id names, if it names one of theirs. */
    private Optional<Passkey> ownPasskey(RequiredActionContext context, String postedId) {
        if (postedId == null || postedId.isEmpty() || postedId.length() > MAX_POSTED_ID) {
            return Optional.empty();
        }
        return passkeys.list(context.getRealm(), context.getUser()).stream()
                .filter(p -> p.credentialModelId().equals(postedId))
                .findFirst();
    }

    private EventBuilder changedEvent(RequiredActionContext context, EventType type, ListAction action, Passkey passkey) {
        EventBuilder event = context.getEvent().clone()
                .event(type)
                .user(context.getUser())
                .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                .detail(Details.CREDENTIAL_ID, passkey.credentialModelId())
                .detail(WebAuthnConstants.PUBKEY_CRED_ID_ATTR, Base64Url.encode(passkey.stored().credentialId()))
                .detail(PasskeyEventDetails.LIST_ACTION, action.code());
        if (passkey.aaguid() != null) {
            event.detail(WebAuthnConstants.PUBKEY_CRED_AAGUID_ATTR, passkey.aaguid());
            passkeys.providerName(passkey.aaguid()).ifPresent(name -> event.detail(PasskeyEventDetails.PROVIDER, name));
        }
        return event;
    }

    /** An error event with the reason; the list is shown again with the message, nothing changed. */
    private void refuse(RequiredActionContext context, String postedId, ListAction action, String reason, String message,
                        Response.Status status) {
        EventBuilder event = context.getEvent().clone()
                .event(action == ListAction.DELETE ? EventType.REMOVE_CREDENTIAL_ERROR : EventType.UPDATE_CREDENTIAL_ERROR)
                .user(context.getUser())
                .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                .detail(PasskeyEventDetails.LIST_ACTION, action.code())
                .detail(PasskeyEventDetails.REASON, reason);
        if (postedId != null && !postedId.isEmpty()) {
            event.detail(Details.CREDENTIAL_ID, postedId.length() > MAX_POSTED_ID ? postedId.substring(0, MAX_POSTED_ID) : postedId);
        }
        event.error(Refusal.REAUTHENTICATION_REQUIRED.code().equals(reason) || Refusal.ADD_NOT_OFFERED.code().equals(reason)
                ? Errors.NOT_ALLOWED : Errors.INVALID_REQUEST);
        View view = Refusal.REAUTHENTICATION_REQUIRED.code().equals(reason) ? View.REAUTHENTICATE : View.LIST;
        context.challenge(page(context, context.form().setError(message).setStatus(status), view));
    }

    private static String messageSuffix(Refusal refusal) {
        return switch (refusal) {
            case LABEL_EMPTY -> "LabelEmpty";
            case LABEL_TOO_LONG -> "LabelTooLong";
            case LABEL_INVALID -> "LabelInvalid";
            case LABEL_TAKEN -> "LabelTaken";
            default -> "InvalidRequest";
        };
    }

    // ---- the page

    /** What the page shows besides the list. */
    private record View(boolean changed, Passkey confirm, boolean reauthenticate) {
        static final View LIST = new View(false, null, false);
        static final View CHANGED = new View(true, null, false);
        static final View REAUTHENTICATE = new View(false, null, true);

        static View confirm(Passkey passkey) {
            return new View(false, passkey, false);
        }
    }

    private Response page(RequiredActionContext context, LoginFormsProvider form, View view) {
        UserModel user = context.getUser();
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        ClientSignals signals = notes.signals();
        Environment environment = RequestEnvironment.of(context.getSession(), signals);
        List<Passkey> list = passkeys.list(context.getRealm(), user);
        List<PasskeyCard> shown = cards.of(user, list, signals.deviceMarker().orElse(null), context.getSession().getContext().resolveLocale(user));
        PasskeyListPage.Add add = add(context, environment, signals);
        String options = add == PasskeyListPage.Add.OFFERED && view.confirm() == null
                ? creation.options(context.getAuthenticationSession(), context.getRealm(), user, context.getUriInfo().getBaseUri())
                : null;
        PasskeyCard confirm = view.confirm() == null ? null : shown.stream()
                .filter(c -> c.getId().equals(view.confirm().credentialModelId())).findFirst().orElse(null);
        String rpId = PasswordlessPolicy.relyingParty(context.getRealm(), context.getUriInfo().getBaseUri()).rpId();
        PasskeyListPage page = new PasskeyListPage(shown, notes.issueListFormToken(), add, options, notes.listSignalsNeeded(), rpId,
                Base64Url.encode(user.getId().getBytes(StandardCharsets.UTF_8)),
                LoginPage.json(list.stream().map(p -> Base64Url.encode(p.stored().credentialId())).toList()),
                view.changed(), confirm, view.reauthenticate() ? RecentAuthentication.reauthenticateUrl(context) : null);
        return form.setAttribute("pa", page).createForm(TEMPLATE);
    }

    /**
     * Whether to offer adding a passkey: the rollout rules of {@code passkey-list} first, then the intelligence's
     * append decision for this browser (a device that already holds a usable passkey of the user gets told so).
     * The user came here to manage passkeys: no password login is required, no "Not now" snooze applies.
     */
    private PasskeyListPage.Add add(RequiredActionContext context, Environment environment, ClientSignals signals) {
        UserModel user = context.getUser();
        if (!gate.evaluate(context.getRealm(), Feature.PASSKEY_LIST,
                () -> RolloutGate.request(context.getSession(), context.getAuthenticationSession(), user, environment, signals)).allowed()) {
            return PasskeyListPage.Add.HIDDEN;
        }
        AppendDecision decision = intelligence.decideAppend(
                passkeys.facts(passkeys.list(context.getRealm(), user)),
                new DeviceFacts(environment, signals.webauthn(), signals.platformAuthenticator(), signals.conditionalGet(),
                        signals.hybridTransport(), signals.deviceMarker()),
                true, false, false, IntelligenceSettings.defaults());
        if (decision.offer()) {
            return PasskeyListPage.Add.OFFERED;
        }
        return decision.reasons().contains(Reason.PASSKEY_USABLE_HERE) ? PasskeyListPage.Add.ALREADY_HERE
                : PasskeyListPage.Add.CANNOT_CREATE_HERE;
    }

    @Override
    public void close() {
    }
}
