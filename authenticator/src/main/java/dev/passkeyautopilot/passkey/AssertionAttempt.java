package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.webauthn.AssertionResponse;
import dev.passkeyautopilot.webauthn.AssertionVerifier;
import dev.passkeyautopilot.webauthn.Base64Url;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.ChallengeNotes;
import dev.passkeyautopilot.webauthn.CounterRegressionException;
import dev.passkeyautopilot.webauthn.FailureReason;
import dev.passkeyautopilot.webauthn.RelyingParty;
import dev.passkeyautopilot.webauthn.ResponseFormConverter;
import dev.passkeyautopilot.webauthn.VerifiedAssertion;
import org.jboss.logging.Logger;
import org.keycloak.WebAuthnConstants;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;

/**
 * One posted passkey assertion checked against the signer's passkeys, the sequence every step that accepts a
 * passkey shares: parse the response, take the challenge out of the authentication session (before anything
 * else can fail: a challenge is good for one attempt), find the signer and the passkey among the signer's own,
 * verify. A counter that went backwards flags the passkey as possibly cloned.
 *
 * <p>The attempt remembers the user and passkey as far as it got, so a step can record the outcome of a
 * rejected attempt too. Who may have signed is the step's rule ({@link Signer}).
 */
public final class AssertionAttempt {

    private static final Logger LOG = Logger.getLogger(AssertionAttempt.class);

    /** The step's rule for whose passkey this may be. */
    @FunctionalInterface
    public interface Signer {
        UserModel of(AssertionResponse response) throws CeremonyException;
    }

    private final AuthenticationFlowContext context;
    private final UserPasskeys passkeys;
    private final AssertionVerifier verifier;
    private UserModel user;
    private Passkey passkey;
    private VerifiedAssertion verified;

    public AssertionAttempt(AuthenticationFlowContext context, UserPasskeys passkeys, AssertionVerifier verifier) {
        this.context = context;
        this.passkeys = passkeys;
        this.verifier = verifier;
    }

    /**
     * Verifies the posted assertion; afterwards {@link #user()}, {@link #passkey()} and {@link #verified()} hold
     * what it proved. Nothing is stored yet: the step may still refuse the user (e.g. disabled), then
     * {@link #accept} records the use.
     */
    public void verify(PostedForm form, RelyingParty relyingParty, Signer signer) throws CeremonyException {
        AssertionResponse response = new ResponseFormConverter().toAssertion(form::get);
        context.getEvent().detail(WebAuthnConstants.PUBKEY_CRED_ID_ATTR, Base64Url.encode(response.credentialId()));
        byte[] challenge = ChallengeNotes.consume(context.getAuthenticationSession());
        user = signer.of(response);
        context.getEvent().user(user);
        // only the signer's passkeys: another account's passkey is an unknown credential here
        passkey = passkeys.find(context.getRealm(), user, response.credentialId())
                .orElseThrow(() -> new CeremonyException(FailureReason.UNKNOWN_CREDENTIAL, "Not a passkey of this user"));
        try {
            verified = verifier.verify(response, passkey.stored(), relyingParty, challenge);
        } catch (CounterRegressionException e) {
            passkeys.details().flagCloneSuspected(passkey.credentialModelId());
            context.getEvent().detail(PasskeyEventDetails.POSSIBLE_CLONE, "true");
            LOG.warnf("Possible cloned authenticator: user %s, credential %s: %s", user.getId(), passkey.credentialModelId(), e.getMessage());
            throw e;
        }
    }

    /** Records the verified use: the new counter, when and where it was used, and what the event should say. */
    public void accept(ClientSignals signals) {
        passkeys.updateCounter(user, passkey, verified.signCount());
        passkeys.details().recordUsed(context.getRealm(), user, passkey.credentialModelId(), verified, signals.deviceMarker().orElse(null));
        context.getEvent()
                .detail(WebAuthnConstants.USER_VERIFICATION_CHECKED, Boolean.toString(verified.userVerified()))
                .detail(PasskeyEventDetails.SYNCED, Boolean.toString(verified.backupEligible()));
    }

    /** The signer, once known; null when the attempt failed before. */
    public UserModel user() {
        return user;
    }

    /** The passkey's Keycloak credential id, once found; null when the attempt failed before. */
    public String credentialId() {
        return passkey == null ? null : passkey.credentialModelId();
    }

    public VerifiedAssertion verified() {
        return verified;
    }
}
