package dev.passkeyautopilot.secondfactor;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.login.LoginDecider;
import dev.passkeyautopilot.login.LoginPage;
import dev.passkeyautopilot.mfa.SecondFactorCredentials;
import dev.passkeyautopilot.mfa.SessionMethods;
import dev.passkeyautopilot.operation.OperationEnd;
import dev.passkeyautopilot.passkey.AssertionAttempt;
import dev.passkeyautopilot.passkey.PageMessage;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.PasskeyStep;
import dev.passkeyautopilot.passkey.PasskeyStepAuthenticator;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.vocabulary.LoginMethod;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.FailureReason;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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
public class PasskeySecondFactorAuthenticator implements PasskeyStepAuthenticator {

    private static final Logger LOG = Logger.getLogger(PasskeySecondFactorAuthenticator.class);
    private static final String PASSKEY_FAILED_MESSAGE = "paSecondFactorPasskeyFailed";
    private static final PasskeyStep.PromptMessages PROMPT_MESSAGES = new PasskeyStep.PromptMessages(
            "paSecondFactorNotFinished", "paSecondFactorUnavailable");

    private final PasskeyStep step;

    PasskeySecondFactorAuthenticator(PasskeyStep step) {
        this.step = step;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        AttemptNotes.of(authSession).fallbackHidden();
        if (SessionMethods.ofAuthentication(authSession).isMultiFactor()) {
            // e.g. a passkey with user verification at the first step: asking again adds nothing
            LOG.debugf("Second factor satisfied by the first for user %s", context.getUser().getId());
            context.success();
            return;
        }
        UserModel user = context.getUser();
        if (!step.passkeys().hasAny(user)) {
            showFallback(context, null);
            return;
        }
        LoginDecider.Decided decided = step.decide(context, user);
        switch (decided.decision().decision()) {
            case AUTO_PASSKEY -> context.challenge(passkeyPage(context, context.form(), decided.passkeys(), true));
            case BUTTON_ONLY, CONDITIONAL_ONLY -> context.challenge(passkeyPage(context, context.form(), decided.passkeys(), false));
            case FALLBACK -> showFallback(context, null);
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        step.onPost(context, context.getUser(), page -> errorPage(context, page), form -> act(context, form));
    }

    /** Errors of a post are shown on the passkey page, behind its button. */
    private Response errorPage(AuthenticationFlowContext context, LoginFormsProvider page) {
        return passkeyPage(context, page, false);
    }

    private void act(AuthenticationFlowContext context, PostedForm form) {
        Optional<String> fallback = AttemptNotes.of(context.getAuthenticationSession()).fallbackShown();
        if (fallback.isPresent() && form.action().isEmpty()) {
            // a post of the fallback factor's own page
            Optional<Fallback> shown = fallbacks(context).stream().filter(f -> f.providerId().equals(fallback.get())).findFirst();
            if (shown.isPresent()) {
                shown.get().authenticator().action(context);
                return;
            }
        }
        ClientSignals signals = step.describe(context, form);
        context.getEvent().user(context.getUser()).detail(Details.USERNAME, context.getUser().getUsername())
                .detail(PasskeyEventDetails.LOGIN_METHOD, LoginMethod.PASSKEY_SECOND_FACTOR.code());
        switch (form.action()) {
            case "passkey" -> verifyPasskey(context, form, signals);
            case "passkey_error" -> {
                FailureReason reason = step.promptFailed(context, form, context.getUser(), LoginMethod.PASSKEY_SECOND_FACTOR);
                showFallback(context, PROMPT_MESSAGES.of(reason));
            }
            case "use_fallback" -> {
                step.finishOperation(context, context.getUser(), OperationEnd.of(Outcome.FALLBACK_CHOSEN).withDuration(form.durationMillis()));
                showFallback(context, null);
            }
            case "retry_passkey" -> context.challenge(passkeyPage(context, context.form(), true));
            default -> step.rejectInvalidRequest(context, context.getUser(), FailureReason.MALFORMED_RESPONSE, Response.Status.BAD_REQUEST,
                    page -> errorPage(context, page));
        }
    }

    private void verifyPasskey(AuthenticationFlowContext context, PostedForm form, ClientSignals signals) {
        UserModel user = context.getUser();
        context.getEvent().detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE);
        if (refusedAsLocked(context, user)) {
            return;
        }
        // the operation is the user's whatever the attempt got to: the first step decided who signs in
        PasskeyStep.OutcomeRecorder recorder = (signer, end) -> step.finishOperation(context, user, end);
        AssertionAttempt.SignerRule rule = response -> {
            // a passkey naming anyone else is not this user's
            if (response.userHandle().map(h -> new String(h, StandardCharsets.UTF_8)).filter(h -> !h.equals(user.getId())).isPresent()) {
                throw new CeremonyException(FailureReason.USER_HANDLE_MISMATCH, "User handle names another user");
            }
            return AssertionAttempt.Signer.identified(user);
        };
        step.verify(context, form, rule, recorder).ifPresentOrElse(
                attempt -> passkeyVerified(context, form, attempt, signals, recorder), () -> passkeyRejected(context));
    }

    private void passkeyVerified(AuthenticationFlowContext context, PostedForm form, AssertionAttempt attempt, ClientSignals signals,
                                 PasskeyStep.OutcomeRecorder recorder) {
        UserModel user = context.getUser();
        step.accept(context, form, attempt, signals, recorder);
        // Keycloak clears the second-factor failure count only after a success in the otp category, which a
        // passkey is not: without this, occasional rejected passkeys would add up to a permanent lockout
        if (context.getRealm().isBruteForceProtected()) {
            BruteForceSuccess.report(context, user);
        }
        raiseLevel(context);
        context.success(UserPasskeys.CREDENTIAL_TYPE);
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
        AttemptNotes.of(context.getAuthenticationSession()).discardChallenge();
        context.getEvent().error(error == null ? Errors.USER_DISABLED : error);
        String message = error == null ? Messages.ACCOUNT_DISABLED
                : Errors.USER_TEMPORARILY_DISABLED.equals(error) ? Messages.ACCOUNT_TEMPORARILY_DISABLED : Messages.ACCOUNT_PERMANENTLY_DISABLED;
        context.forceChallenge(passkeyPage(context, context.form().setError(message), false));
        return true;
    }

    /** A wrong passkey counts like a wrong code (brute-force protection); the user goes on with the fallback. */
    private void passkeyRejected(AuthenticationFlowContext context) {
        Optional<Fallback> fallback = usableFallback(context);
        Response page;
        if (fallback.isPresent()) {
            handOver(context, fallback.get(), PageMessage.error(PASSKEY_FAILED_MESSAGE));
            page = context instanceof AuthenticationProcessor.Result result ? result.getChallenge() : null;
        } else {
            page = passkeyPage(context, context.form().setError(PASSKEY_FAILED_MESSAGE), false);
        }
        if (page == null) {
            context.failure(AuthenticationFlowError.INVALID_CREDENTIALS);
            return;
        }
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page);
    }

    /** The first fallback the user has set up, or (none) the passkey page behind a button. */
    private void showFallback(AuthenticationFlowContext context, PageMessage message) {
        Optional<Fallback> fallback = usableFallback(context);
        if (fallback.isEmpty()) {
            if (step.passkeys().hasAny(context.getUser())) {
                // nothing else is set up: the passkey is the only way, offered behind a button
                LoginFormsProvider page = context.form();
                if (message != null) {
                    message.applyTo(page);
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

    private void handOver(AuthenticationFlowContext context, Fallback fallback, PageMessage message) {
        AttemptNotes.of(context.getAuthenticationSession()).fallbackShown(fallback.providerId());
        recordFallbackMethods(context, fallback);
        if (message != null) {
            // Keycloak's forms provider is one per request: the fallback's own page shows this message
            message.applyTo(context.form());
        }
        fallback.authenticator().authenticate(context);
    }

    /** Counted only if the fallback succeeds: Keycloak then marks this execution completed. */
    private static void recordFallbackMethods(AuthenticationFlowContext context, Fallback fallback) {
        SessionMethods.record(context.getAuthenticationSession(), context.getExecution().getId(), fallback.methods());
    }

    private Response passkeyPage(AuthenticationFlowContext context, LoginFormsProvider page, boolean autoStart) {
        return passkeyPage(context, page, step.passkeys().list(context.getRealm(), context.getUser()), autoStart);
    }

    private Response passkeyPage(AuthenticationFlowContext context, LoginFormsProvider page, List<Passkey> userPasskeys, boolean autoStart) {
        AttemptNotes.of(context.getAuthenticationSession()).fallbackHidden();
        String fallbackText = usableFallback(context).map(Fallback::buttonText).orElse(null);
        return step.passkeyPage(context, page, userPasskeys,
                options -> LoginPage.secondFactorPasskey(context.getUser().getUsername(), options, autoStart, fallbackText));
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
                .filter(Objects::nonNull)
                .toList();
    }

    /** The configured level, whatever the passkey proved: the first factor and this one make two. */
    @Override
    public OptionalInt earnedLevel(AuthenticationFlowContext context) {
        return OptionalInt.of(SecondFactorConfig.of(context.getAuthenticatorConfig()).level());
    }

    /**
     * Set up when the user has a passkey or a second factor of Keycloak's (one-time codes, security key,
     * recovery codes): Keycloak's "user configured" condition asks this without the step's settings, and
     * answering "no" for a user with only a one-time code would skip their second factor altogether.
     */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return step.passkeys().hasAny(user) || SecondFactorCredentials.TYPES.stream().anyMatch(user.credentialManager()::isConfiguredFor);
    }
}
