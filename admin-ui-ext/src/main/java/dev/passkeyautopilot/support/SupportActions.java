package dev.passkeyautopilot.support;

import dev.passkeyautopilot.admin.AdminRequestException;
import dev.passkeyautopilot.mfa.MfaStatusReader;
import dev.passkeyautopilot.mfa.SecondFactorCredentials;
import dev.passkeyautopilot.mfa.SecondFactorPolicy;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.signal.PendingSignals;
import dev.passkeyautopilot.support.SupportRepresentations.MfaReset;
import dev.passkeyautopilot.support.SupportRepresentations.Revoked;
import dev.passkeyautopilot.support.SupportRepresentations.SetupEmailSent;
import dev.passkeyautopilot.support.SupportRepresentations.SupportAudit;
import dev.passkeyautopilot.vocabulary.EventDetail;
import org.jboss.logging.Logger;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The support actions. Each records who did it, to whom and why, twice: as an admin event (resource type
 * {@value #RESOURCE_TYPE}, the actor from the admin's token) and as a user event of the affected user (so
 * user-event consumers and the SIEM stream see it next to the user's logins).
 */
final class SupportActions {

    static final String RESOURCE_TYPE = "PASSKEY_AUTOPILOT_SUPPORT";
    /** Error of the user event of a set-up email refused by {@link SetupEmailCooldown}. */
    static final String SETUP_EMAIL_COOLDOWN = "setup_email_cooldown";
    /** Keycloak's own required action that registers a passkey. */
    static final String REGISTER_PASSKEY_ACTION = "webauthn-register-passwordless";
    /** Lifespan of the set-up link, as Keycloak's admin console uses by default for execute-actions emails. */
    static final int EMAIL_LINK_LIFESPAN_SECONDS = 12 * 60 * 60;

    private static final Logger LOG = Logger.getLogger(SupportActions.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    SupportActions(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    Revoked revoke(UserModel user, List<CredentialModel> passkeys, String reason, String action) {
        List<String> revoked = new ArrayList<>();
        for (CredentialModel passkey : passkeys) {
            user.credentialManager().removeStoredCredentialById(passkey.getId());
            revoked.add(passkey.getId());
            userEvent(EventType.REMOVE_CREDENTIAL, user, action, reason)
                    .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                    .detail(Details.CREDENTIAL_ID, passkey.getId())
                    .success();
        }
        if (!revoked.isEmpty()) {
            // the user's browser was not there: its passkey provider learns the new list at the next sign-in
            PendingSignals.acceptedChanged(user, Time.currentTimeMillis());
        }
        Revoked result = new Revoked(List.copyOf(revoked));
        audit(OperationType.DELETE, user, action, reason, result, "passkeys");
        return result;
    }

    /** Removes the user's second factors and sets the required actions the realm's policy names. */
    MfaReset resetMfa(UserModel user, String reason) {
        List<String> removed = new ArrayList<>();
        List<CredentialModel> secondFactors = user.credentialManager().getStoredCredentialsStream()
                .filter(c -> SecondFactorCredentials.TYPES.contains(c.getType())).toList();
        for (CredentialModel credential : secondFactors) {
            user.credentialManager().removeStoredCredentialById(credential.getId());
            removed.add(credential.getId());
            userEvent(EventType.REMOVE_CREDENTIAL, user, "reset_mfa", reason)
                    .detail(Details.CREDENTIAL_TYPE, credential.getType())
                    .detail(Details.CREDENTIAL_ID, credential.getId())
                    .success();
        }
        List<String> requiredActions = new ArrayList<>();
        for (String requiredAction : requiredActionsAfterReset()) {
            user.addRequiredAction(requiredAction);
            requiredActions.add(requiredAction);
        }
        MfaReset result = new MfaReset(List.copyOf(removed), List.copyOf(requiredActions));
        audit(OperationType.ACTION, user, "reset_mfa", reason, result, "mfa", "reset");
        return result;
    }

    /**
     * The realm's setting ({@link MfaResetPolicy}), or else: set up one-time codes again where the browser flow
     * requires a second factor from everyone (else the user could not sign in at all).
     */
    private List<String> requiredActionsAfterReset() {
        List<String> configured = MfaResetPolicy.requiredActions(realm);
        List<String> actions = new ArrayList<>();
        if (configured != null) {
            actions.addAll(configured);
        } else if (MfaStatusReader.browserFlowPolicy(realm) == SecondFactorPolicy.ALWAYS) {
            actions.add(UserModel.RequiredAction.CONFIGURE_TOTP.name());
        }
        return actions.stream().filter(this::enabledRequiredAction).toList();
    }

    private boolean enabledRequiredAction(String alias) {
        RequiredActionProviderModel model = realm.getRequiredActionProviderByAlias(alias);
        return model != null && model.isEnabled();
    }

    /** Keycloak's execute-actions email with its passkey registration: the user opens it on the device to hold the passkey. */
    SetupEmailSent sendSetupEmail(UserModel user, String reason) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, "email", "This user has no email address.");
        }
        if (!user.isEnabled()) {
            throw AdminRequestException.conflict("user_disabled", "This user is disabled.");
        }
        if (!enabledRequiredAction(REGISTER_PASSKEY_ACTION)) {
            throw AdminRequestException.conflict("passkey_registration_disabled",
                    "The realm's required action \"Webauthn Register Passwordless\" is disabled.");
        }
        if (realm.getSmtpConfig() == null || realm.getSmtpConfig().isEmpty() || realm.getSmtpConfig().get("host") == null) {
            throw AdminRequestException.unavailable("email_not_configured",
                    "This realm has no email server configured (Realm settings → Email).");
        }
        SetupEmailCooldown cooldown = new SetupEmailCooldown(session.singleUseObjects(), realm);
        OptionalInt wait = cooldown.claim(user);
        if (wait.isPresent()) {
            refuseSetupEmail(user, reason, wait.getAsInt());
        }
        List<String> actions = List.of(REGISTER_PASSKEY_ACTION);
        int expiration = Time.currentTime() + EMAIL_LINK_LIFESPAN_SECONDS;
        ExecuteActionsActionToken token = new ExecuteActionsActionToken(user.getId(), user.getEmail(), expiration, actions, null,
                Constants.ACCOUNT_CONSOLE_CLIENT_ID);
        var uri = session.getContext().getUri();
        String link = LoginActionsService.actionTokenProcessor(uri)
                .queryParam("key", token.serialize(session, realm, uri))
                .build(realm.getName()).toString();
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setAttribute(Constants.TEMPLATE_ATTR_REQUIRED_ACTIONS, actions)
                    .setRealm(realm)
                    .setUser(user)
                    .sendExecuteActions(link, TimeUnit.SECONDS.toMinutes(EMAIL_LINK_LIFESPAN_SECONDS));
        } catch (EmailException e) {
            cooldown.release(user);
            LOG.warnf("Passkey set-up email to user %s in realm %s failed: %s", user.getId(), realm.getName(), e.getMessage());
            throw AdminRequestException.unavailable("email_failed",
                    "The email could not be sent. Check the realm's email settings and try again.");
        }
        userEvent(EventType.EXECUTE_ACTIONS, user, "send_passkey_setup_email", reason)
                .detail(Details.EMAIL, user.getEmail())
                .detail("required_actions", REGISTER_PASSKEY_ACTION)
                .success();
        SetupEmailSent result = new SetupEmailSent(true);
        audit(OperationType.ACTION, user, "send_passkey_setup_email", reason, result, "passkey-setup-email");
        return result;
    }

    /** The refusal is audited like the sending it replaces, so the SIEM sees who pressed the button how often. */
    private void refuseSetupEmail(UserModel user, String reason, int retryAfterSeconds) {
        userEvent(EventType.EXECUTE_ACTIONS_ERROR, user, "send_passkey_setup_email", reason)
                .detail(Details.EMAIL, user.getEmail())
                .detail(EventDetail.RETRY_AFTER_SECONDS.key(), Integer.toString(retryAfterSeconds))
                .error(SETUP_EMAIL_COOLDOWN);
        throw AdminRequestException.tooManyRequests(SETUP_EMAIL_COOLDOWN,
                "A set-up email was sent to this user recently. Ask them to check their inbox and spam folder, or try again in "
                        + retryAfterSeconds + " seconds.", retryAfterSeconds);
    }

    private EventBuilder userEvent(EventType type, UserModel user, String action, String reason) {
        return new EventBuilder(realm, session, session.getContext().getConnection())
                .event(type)
                .user(user)
                .detail(Details.USERNAME, user.getUsername())
                .detail(EventDetail.SUPPORT_ACTION.key(), action)
                .detail(EventDetail.SUPPORT_REASON.key(), reason)
                .detail(EventDetail.ACTOR.key(), auth.adminAuth().getUser().getId());
    }

    private void audit(OperationType operation, UserModel user, String action, String reason, Record result, String... path) {
        SupportAudit representation = new SupportAudit(action, reason, auth.adminAuth().getUser().getUsername(), result);
        String[] parts = new String[path.length + 2];
        parts[0] = "users";
        parts[1] = user.getId();
        System.arraycopy(path, 0, parts, 2, path.length);
        adminEvent.resource(RESOURCE_TYPE).operation(operation).resourcePath(parts).representation(representation).success();
    }
}
