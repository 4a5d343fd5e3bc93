package dev.passkeyautopilot.secondfactor;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.environment.RequestEnvironment;
import dev.passkeyautopilot.environment.SessionSignals;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.form.RequestTooLargeException;
import dev.passkeyautopilot.login.IdentifierFirstPasskeyAuthenticator;
import dev.passkeyautopilot.login.LoginDecider;
import dev.passkeyautopilot.login.LoginPage;
import dev.passkeyautopilot.mfa.AuthenticationMethod;
import dev.passkeyautopilot.mfa.LevelOfAuthentication;
import dev.passkeyautopilot.mfa.SecondFactorCredentials;
import dev.passkeyautopilot.mfa.SessionMethods;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.passkey.AssertionAttempt;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.UserPasskeys;
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
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The second factor after the password: the user's passkey, prompted at once where the intelligence expects it
 * to work, else (and on cancel or failure) the first of the configured fallback factors the user has set up,
 * e.g. Keycloak's one-time code form. A login that is already multi-factor (a passkey with user verification
 * as the first factor) passes without a prompt.
 *
 * <p>Fallbacks are Keycloak's own authenticators, run inside this execution: Keycloak picks among
 * alternative executions by the order of the user's credentials, which would put a one-time code before a
 * newer passkey, so the order is ours to keep.
 */
public class PasskeySecondFactorAuthenticator implements Authenticator, AuthenticationFlowCallback {

    private static final Logger LOG = Logger.getLogger(PasskeySecondFactorAuthenticator.class);
    static final String TEMPLATE_PASSKEY = "passkey-autopilot-passkey.ftl";
    /** Auth note: the provider id of the fallback factor now shown; its posts are passed to it. */
    static final String FALLBACK_NOTE = "pa.2fa.fallback";

    private final UserPasskeys passkeys;
    private final AssertionVerifier verifier;
    private final PasskeyOperations operations;
    private final LoginDecider decider;

    PasskeySecondFactorAuthenticator(UserPasskeys passkeys, AssertionVerifier verifier, PasskeyOperations operations, LoginDecider decider) {
        this.passkeys = passkeys;
        this.verifier = verifier;
        this.operations = operations;
        this.decider = decider;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.removeAuthNote(FALLBACK_NOTE);
        if (SessionMethods.ofAuthentication(authSession).isMultiFactor()) {
            // e.g. a passkey with user verification at the first step: asking again adds nothing
            LOG.debugf("Second factor satisfied by the first for user %s", context.getUser().getId());
            context.success();
            return;
        }
        UserModel user = context.getUser();
        if (!passkeys.hasAny(user)) {
            showFallback(context, null);
            return;
        }
        LoginDecider.Decided decided = decider.decide(context, user);
        switch (decided.decision().decision()) {
            case AUTO_PASSKEY -> context.challenge(passkeyPage(context, context.form(), decided.passkeys(), true));
            case BUTTON_ONLY, CONDITIONAL_ONLY -> context.challenge(passkeyPage(context, context.form(), decided.passkeys(), false));
            case FALLBACK -> showFallback(context, null);
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        PostedForm form;
        try {
            form = PostedForm.read(context.getHttpRequest());
        } catch (RequestTooLargeException e) {
            rejectInvalidRequest(context, FailureReason.REQUEST_TOO_LARGE, Response.Status.REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        String fallback = authSession.getAuthNote(FALLBACK_NOTE);
        if (fallback != null && form.action().isEmpty()) {
            // a post of the fallback factor's own page
            Optional<Fallback> shown = fallbacks(context).stream().filter(f -> f.providerId().equals(fallback)).findFirst();
            if (shown.isPresent()) {
                shown.get().authenticator().action(context);
                return;
            }
        }
        ClientSignals signals = SessionSignals.remember(authSession, form.signals());
        Environment environment = RequestEnvironment.of(context.getSession(), signals);
        PasskeyEventDetails.environment(context.getEvent(), environment, signals);
        PasskeyEventDetails.experiments(context.getEvent(), authSession);
        context.getEvent().user(context.getUser()).detail(Details.USERNAME, context.getUser().getUsername())
                .detail(PasskeyEventDetails.LOGIN_METHOD, "passkey_second_factor");
        switch (form.action()) {
            case "passkey" -> verifyPasskey(context, form, signals);
            case "passkey_error" -> promptFailed(context, form);
            case "use_fallback" -> {
                finishOperation(context, "fallback_chosen", form.durationMillis(), null);
                showFallback(context, null);
            }
            case "retry_passkey" -> context.challenge(passkeyPage(context, context.form(), true));
            default -> rejectInvalidRequest(context, FailureReason.MALFORMED_RESPONSE, Response.Status.BAD_REQUEST);
        }
    }

    private void verifyPasskey(AuthenticationFlowContext context, PostedForm form, ClientSignals signals) {
        UserModel user = context.getUser();
        context.getEvent().detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE);
        if (refusedAsLocked(context, user)) {
            return;
        }
        form.durationMillis().ifPresent(ms -> context.getEvent().detail(PasskeyEventDetails.DURATION_MS, Long.toString(ms)));
        AssertionAttempt attempt = new AssertionAttempt(context, passkeys, verifier);
        try {
            attempt.verify(form, relyingParty(context), response -> {
                // the first step decided who signs in; a passkey naming anyone else is not this user's
                if (response.userHandle().map(h -> new String(h, StandardCharsets.UTF_8)).filter(h -> !h.equals(user.getId())).isPresent()) {
                    throw new CeremonyException(FailureReason.USER_HANDLE_MISMATCH, "User handle names another user");
                }
                return user;
            });
            attempt.accept(signals);
            // Keycloak clears the second-factor failure count only after a success in the otp category, which a
            // passkey is not: without this, occasional rejected passkeys would add up to a permanent lockout
            if (context.getRealm().isBruteForceProtected()) {
                context.getProtector().successfulLogin(context.getRealm(), user, context.getConnection(), context.getUriInfo(),
                        Set.of(OTPCredentialModel.TYPE));
            }
            finishOperation(context, PasskeyOperations.SUCCESS, form.durationMillis(), attempt.credentialId());
            VerifiedAssertion verified = attempt.verified();
            SessionMethods.recordSuccess(context, AuthenticationMethod.ofPasskey(verified.backupEligible(), verified.userVerified()));
            raiseLevel(context);
            context.success(UserPasskeys.CREDENTIAL_TYPE);
        } catch (CeremonyException e) {
            finishOperation(context, e.reason().code(), form.durationMillis(), attempt.credentialId());
            passkeyRejected(context, e);
        }
    }

    /**
     * A user whom brute-force protection locked (or an admin disabled) during this step is refused before the
     * assertion is even read, as Keycloak's one-time code form refuses the code: a valid passkey must not end a
     * lockout, and a locked account must not answer whether a guess was right. Not counted as a failure.
     */
    private boolean refusedAsLocked(AuthenticationFlowContext context, UserModel user) {
        String error = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (error == null && user.isEnabled()) {
            return false;
        }
        ChallengeNotes.discard(context.getAuthenticationSession());
        context.getEvent().error(error == null ? Errors.USER_DISABLED : error);
        String message = error == null ? Messages.ACCOUNT_DISABLED
                : Errors.USER_TEMPORARILY_DISABLED.equals(error) ? Messages.ACCOUNT_TEMPORARILY_DISABLED : Messages.ACCOUNT_PERMANENTLY_DISABLED;
        context.forceChallenge(passkeyPage(context, context.form().setError(message), false));
        return true;
    }

    /** A wrong passkey counts like a wrong code (brute-force protection); the user goes on with the fallback. */
    private void passkeyRejected(AuthenticationFlowContext context, CeremonyException e) {
        LOG.debugf("Second-factor passkey rejected (%s): %s", e.reason().code(), e.getMessage());
        // the append offer then knows this browser has no passkey of the user that works
        context.getAuthenticationSession().setAuthNote(IdentifierFirstPasskeyAuthenticator.PASSKEY_FAILED_NOTE, e.reason().code());
        context.getEvent()
                .detail(PasskeyEventDetails.REASON, e.reason().code())
                .detail(WebAuthnConstants.AUTH_ERR_LABEL, e.reason().code())
                .error(Errors.INVALID_USER_CREDENTIALS);
        String message = "paSecondFactorPasskeyFailed";
        Optional<Fallback> fallback = usableFallback(context);
        Response page;
        if (fallback.isPresent()) {
            handOver(context, fallback.get(), message);
            page = context instanceof AuthenticationProcessor.Result result ? result.getChallenge() : null;
        } else {
            page = passkeyPage(context, context.form().setError(message), false);
        }
        if (page == null) {
            context.failure(AuthenticationFlowError.INVALID_CREDENTIALS);
            return;
        }
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page);
    }

    /** The page reports that the browser's prompt ended without a passkey (cancelled, timed out, none here). */
    private void promptFailed(AuthenticationFlowContext context, PostedForm form) {
        FailureReason reason = FailureReason.fromClientError(form.clientError().orElse(null));
        context.getAuthenticationSession().setAuthNote(IdentifierFirstPasskeyAuthenticator.PASSKEY_FAILED_NOTE, reason.code());
        finishOperation(context, reason.code(), form.durationMillis(), null);
        ChallengeNotes.discard(context.getAuthenticationSession());
        form.clientError().ifPresent(name -> context.getEvent().detail(PasskeyEventDetails.CLIENT_ERROR, name));
        form.durationMillis().ifPresent(ms -> context.getEvent().detail(PasskeyEventDetails.DURATION_MS, Long.toString(ms)));
        context.getEvent()
                .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                .detail(PasskeyEventDetails.REASON, reason.code())
                .error(Errors.NOT_ALLOWED);
        String message = switch (reason) {
            case CANCELLED -> "paSecondFactorCancelled";
            case TIMEOUT -> "paSecondFactorTimeout";
            case NOT_ALLOWED, INVALID_STATE -> "paSecondFactorUnavailable";
            default -> "paSecondFactorPasskeyFailed";
        };
        showFallback(context, message);
    }

    /** The first fallback the user has set up, or (none) the passkey page behind a button. */
    private void showFallback(AuthenticationFlowContext context, String message) {
        Optional<Fallback> fallback = usableFallback(context);
        if (fallback.isEmpty()) {
            if (passkeys.hasAny(context.getUser())) {
                // nothing else is set up: the passkey is the only way, offered behind a button
                LoginFormsProvider page = context.form();
                if (message != null) {
                    page.setError(message);
                }
                context.challenge(passkeyPage(context, page, false));
            } else {
                context.getEvent().user(context.getUser()).error(Errors.INVALID_USER_CREDENTIALS);
                context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED);
            }
            return;
        }
        handOver(context, fallback.get(), message);
    }

    private void handOver(AuthenticationFlowContext context, Fallback fallback, String message) {
        context.getAuthenticationSession().setAuthNote(FALLBACK_NOTE, fallback.providerId());
        recordFallbackMethods(context, fallback);
        if (message != null) {
            // Keycloak's forms provider is one per request: the fallback's own page shows this message
            context.form().setError(message);
        }
        fallback.authenticator().authenticate(context);
    }

    /** Counted only if the fallback succeeds: Keycloak then marks this execution completed. */
    private static void recordFallbackMethods(AuthenticationFlowContext context, Fallback fallback) {
        SessionMethods.record(context.getAuthenticationSession(), context.getExecution().getId(), fallback.methods());
    }

    private Response passkeyPage(AuthenticationFlowContext context, LoginFormsProvider page, boolean autoStart) {
        return passkeyPage(context, page, passkeys.list(context.getRealm(), context.getUser()), autoStart);
    }

    private Response passkeyPage(AuthenticationFlowContext context, LoginFormsProvider page, List<Passkey> userPasskeys, boolean autoStart) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.removeAuthNote(FALLBACK_NOTE);
        RelyingParty relyingParty = relyingParty(context);
        byte[] challenge = ChallengeNotes.issue(authSession, relyingParty.timeoutMillis());
        RequestOptions options = RequestOptions.of(relyingParty, challenge, userPasskeys.stream().map(Passkey::stored).toList());
        String fallbackText = usableFallback(context).map(Fallback::buttonText).orElse(null);
        return page.setAttribute("pa", LoginPage.secondFactorPasskey(context.getUser().getUsername(), LoginPage.json(options), autoStart, fallbackText))
                .createForm(TEMPLATE_PASSKEY);
    }

    private Optional<Fallback> usableFallback(AuthenticationFlowContext context) {
        return fallbacks(context).stream()
                .filter(f -> f.authenticator().configuredFor(context.getSession(), context.getRealm(), context.getUser()))
                .findFirst();
    }

    private static List<Fallback> fallbacks(AuthenticationFlowContext context) {
        KeycloakSession session = context.getSession();
        return SecondFactorConfig.of(context.getAuthenticatorConfig()).fallbacks().stream()
                .map(id -> {
                    Authenticator authenticator = session.getProvider(Authenticator.class, id);
                    if (authenticator == null) {
                        LOG.warnf("Unknown fallback second factor '%s' in realm %s: ignored", id, context.getRealm().getName());
                        return null;
                    }
                    return new Fallback(id, authenticator);
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private void finishOperation(AuthenticationFlowContext context, String outcome, Optional<Long> duration, String credentialId) {
        String operation = context.getAuthenticationSession().getAuthNote(LoginDecider.OPERATION_NOTE);
        if (operation != null) {
            operations.finish(operation, context.getUser(), outcome, duration, credentialId, null);
            context.getAuthenticationSession().removeAuthNote(LoginDecider.OPERATION_NOTE);
        }
    }

    private void rejectInvalidRequest(AuthenticationFlowContext context, FailureReason reason, Response.Status status) {
        context.getEvent().user(context.getUser()).detail(PasskeyEventDetails.REASON, reason.code()).error(Errors.INVALID_REQUEST);
        ChallengeNotes.discard(context.getAuthenticationSession());
        String message = reason == FailureReason.REQUEST_TOO_LARGE ? "paRequestTooLarge" : Messages.INVALID_REQUEST;
        context.challenge(passkeyPage(context, context.form().setError(message).setStatus(status), false));
    }

    private void raiseLevel(AuthenticationFlowContext context) {
        LevelOfAuthentication.raise(context.getSession(), context.getAuthenticationSession(),
                SecondFactorConfig.of(context.getAuthenticatorConfig()).level());
    }

    /** Keycloak's level condition of our sub-flow has just set its own level: raise it again if it is lower. */
    @Override
    public void onParentFlowSuccess(AuthenticationFlowContext context) {
        raiseLevel(context);
    }

    private static RelyingParty relyingParty(AuthenticationFlowContext context) {
        return PasswordlessPolicy.relyingParty(context.getRealm(), context.getUriInfo().getBaseUri());
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /**
     * Set up when the user has a passkey or a second factor of Keycloak's (one-time codes, security key,
     * recovery codes): Keycloak's "user configured" condition asks this without the step's settings, and
     * answering "no" for a user with only a one-time code would skip their second factor altogether.
     */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return passkeys.hasAny(user) || SecondFactorCredentials.TYPES.stream().anyMatch(user.credentialManager()::isConfiguredFor);
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
