package dev.passkeyautopilot.login;

import dev.passkeyautopilot.append.AutomaticUpgrade;
import dev.passkeyautopilot.mfa.RegulatedMode;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.PasskeyStep;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.signal.PageSignals;
import dev.passkeyautopilot.session.LoginStep;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;

import java.util.List;

/**
 * The three pages of the identifier-first step (identifier, passkey, password); each records that the login
 * is now at its step, so a later post is read against the page the user saw.
 */
final class IdentifierFirstPages {

    static final String TEMPLATE_IDENTIFIER = "passkey-autopilot-identifier.ftl";
    static final String TEMPLATE_PASSWORD = "passkey-autopilot-password.ftl";
    /** Below the realm: the check page (admin-ui-ext {@code ConsoleResourceProviderFactory} id, then {@code check}). */
    static final String CHECK_PAGE_PATH = "passkey-autopilot/check";

    private final PasskeyStep step;
    private final AutomaticUpgrade upgrade;

    IdentifierFirstPages(PasskeyStep step, AutomaticUpgrade upgrade) {
        this.step = step;
        this.upgrade = upgrade;
    }

    /** @param autoStart start the prompt on load, or wait for the user's click on "Use your passkey" */
    Response passkey(AuthenticationFlowContext context, List<Passkey> userPasskeys, boolean autoStart) {
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        notes.enter(LoginStep.PASSKEY);
        notes.autoStart(autoStart);
        return step.passkeyPage(context, context.form(), userPasskeys,
                options -> LoginPage.passkey(IdentifierFirstPasskeyAuthenticator.attemptedUsername(context), options, autoStart)
                        .withRetryAfterSeconds(IdentifierFirstConfig.of(context.getAuthenticatorConfig()).retryAfterSeconds()));
    }

    Response password(AuthenticationFlowContext context, LoginFormsProvider page) {
        return password(context, page, List.of());
    }

    /** @param autofillPasskeys passkeys the password field offers in autofill (conditional mediation); none: no autofill */
    Response password(AuthenticationFlowContext context, LoginFormsProvider page, List<Passkey> autofillPasskeys) {
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        notes.enter(LoginStep.PASSWORD);
        UserModel user = IdentifierFirstPasskeyAuthenticator.identifiedUser(context);
        boolean passkeyAvailable = user != null && user.isEnabled() && !RegulatedMode.isOn(context.getRealm()) && step.passkeys().hasAny(user)
                && !Boolean.FALSE.equals(notes.signals().webauthn().orElse(null));
        String conditional = autofillPasskeys.isEmpty() ? null : step.requestOptions(context, autofillPasskeys);
        LoginPage pa = LoginPage.password(IdentifierFirstPasskeyAuthenticator.attemptedUsername(context), passkeyAvailable, conditional)
                .withSignals(unknownCredentialSignal(context))
                .withAcceptedAfterSignIn(autofillPasskeys.isEmpty() ? null : step.acceptedAfterSignIn(context, autofillPasskeys))
                .withUpgradeOptions(upgrade.options(context, user).orElse(null))
                .withCheckUrl(notes.passkeyFailed() ? checkPageUrl(context) : null);
        return page.setAttribute("pa", pa).createForm(TEMPLATE_PASSWORD);
    }

    Response identifier(AuthenticationFlowContext context, LoginFormsProvider page) {
        AttemptNotes.of(context.getAuthenticationSession()).enter(LoginStep.IDENTIFIER);
        String conditional = IdentifierFirstConfig.of(context.getAuthenticatorConfig()).conditionalUi() && !RegulatedMode.isOn(context.getRealm())
                ? step.requestOptions(context, List.of()) : null;
        LoginPage pa = LoginPage.identifier(IdentifierFirstPasskeyAuthenticator.attemptedUsername(context), conditional)
                .withSignals(unknownCredentialSignal(context));
        return page.setAttribute("pa", pa).createForm(TEMPLATE_IDENTIFIER);
    }

    /** A passkey this sign-in presented that no account holds (deleted, revoked): the page signals it unknown, once. */
    private static String unknownCredentialSignal(AuthenticationFlowContext context) {
        return AttemptNotes.of(context.getAuthenticationSession()).takeUnknownCredential()
                .map(id -> LoginPage.json(PageSignals.unknown(PasskeyStep.relyingParty(context).rpId(), id)))
                .orElse(null);
    }

    /** {@code /realms/{realm}/passkey-autopilot/check}, served by the admin-ui-ext module's realm resource. */
    private static String checkPageUrl(AuthenticationFlowContext context) {
        return context.getUriInfo().getBaseUriBuilder().path("realms").path(context.getRealm().getName())
                .path(CHECK_PAGE_PATH).build().toString();
    }

    /** The page of the step the user is on. */
    Response current(AuthenticationFlowContext context, LoginFormsProvider page) {
        return switch (AttemptNotes.of(context.getAuthenticationSession()).step()) {
            case IDENTIFIER -> identifier(context, page);
            // From the passkey step, errors are shown where the user can act on them: the password step.
            case PASSKEY, PASSWORD -> password(context, page);
        };
    }
}
