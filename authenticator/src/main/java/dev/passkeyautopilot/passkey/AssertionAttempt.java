package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.webauthn.AssertionResponse;
import dev.passkeyautopilot.webauthn.AssertionVerifier;
import dev.passkeyautopilot.webauthn.Base64Url;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.CounterRegressionException;
import dev.passkeyautopilot.webauthn.FailureReason;
import dev.passkeyautopilot.webauthn.RelyingParty;
import dev.passkeyautopilot.webauthn.ResponseFormConverter;
import dev.passkeyautopilot.webauthn.VerifiedAssertion;
import org.jboss.logging.Logger;
import org.keycloak.WebAuthnConstants;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One posted passkey assertion checked against the signer's passkeys, the sequence every step that accepts a
 * passkey shares: parse the response, take the challenge out of the authentication session (before anything
 * else can fail: a challenge is good for one attempt), find the signer and the passkey among the signer's own,
 * verify. A counter that went backwards flags the passkey as possibly cloned.
 *
 * <p>The attempt remembers the user and passkey as far as it got, so a step can record the outcome of a
 * rejected attempt too, but only for a user it may name: one the login identified before the assertion, or the
 * one a user handle names once the signature verified. A user handle is only a claim until then, and anyone
 * can send one: a rejected assertion must not write into that user's history or audit trail. Who may have
 * signed is the step's rule ({@link SignerRule}).
 */
public final class AssertionAttempt {

    private static final Logger LOG = Logger.getLogger(AssertionAttempt.class);

    /**
     * Whose passkey this may be.
     *
     * @param claimedByHandle the user is known only from the assertion's user handle, not from this login
     */
    public record Signer(UserModel user, boolean claimedByHandle) {

        /** The user this login identified before the assertion (a username, an earlier factor). */
        public static Signer identified(UserModel user) {
            return new Signer(user, false);
        }

        /** The user the assertion's user handle names: a claim until the signature verified. */
        public static Signer claimed(UserModel user) {
            return new Signer(user, true);
        }
    }

    /** The step's rule for whose passkey this may be. */
    @FunctionalInterface
    public interface SignerRule {
        Signer of(AssertionResponse response) throws CeremonyException;
    }

    private final AuthenticationFlowContext context;
    private final UserPasskeys passkeys;
    private final AssertionVerifier verifier;
    private Signer signer;
    private boolean signatureVerified;
    private Passkey passkey;
    private VerifiedAssertion verified;
    private AssertionResponse response;

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
    public void verify(PostedForm form, RelyingParty relyingParty, SignerRule rule) throws CeremonyException {
        AssertionResponse response = new ResponseFormConverter().toAssertion(form::get);
        this.response = response;
        context.getEvent().detail(WebAuthnConstants.PUBKEY_CRED_ID_ATTR, Base64Url.encode(response.credentialId()));
        byte[] challenge = AttemptNotes.of(context.getAuthenticationSession()).consumeChallenge();
        signer = rule.of(response);
        UserModel user = signer.user();
        if (!signer.claimedByHandle()) {
            context.getEvent().user(user);
        }
        // only the signer's passkeys: another account's passkey is an unknown credential here
        passkey = passkeys.find(context.getRealm(), user, response.credentialId())
                .orElseThrow(() -> new CeremonyException(FailureReason.UNKNOWN_CREDENTIAL, "Not a passkey of this user"));
        try {
            verified = verifier.verify(response, passkey.stored(), relyingParty, challenge);
            signatureVerified = true;
            context.getEvent().user(user);
        } catch (CounterRegressionException e) {
            // webauthn4j checks the counter after the signature: the user is proven, the passkey is suspect
            signatureVerified = true;
            context.getEvent().user(user);
            passkeys.details().flagCloneSuspected(passkey.credentialModelId());
            context.getEvent().detail(PasskeyEventDetails.POSSIBLE_CLONE, Boolean.TRUE.toString());
            LOG.warnf("Possible cloned authenticator: user %s, credential %s: %s", user.getId(), passkey.credentialModelId(), e.getMessage());
            throw e;
        }
    }

    /** Records the verified use: the new counter, when and where it was used, and what the event should say. */
    public void accept(ClientSignals signals) {
        UserModel user = signer.user();
        passkeys.updateCounter(user, passkey, verified.signCount());
        passkeys.details().recordUsed(context.getRealm(), user, passkey.credentialModelId(), verified, signals.deviceMarker().orElse(null));
        context.getEvent()
                .detail(WebAuthnConstants.USER_VERIFICATION_CHECKED, Boolean.toString(verified.userVerified()))
                .detail(PasskeyEventDetails.SYNCED, Boolean.toString(verified.backupEligible()));
    }

    /**
     * The signer this attempt may name: identified by the login, or proven by the signature; null when the
     * attempt failed before, or when only an unverified user handle named someone.
     */
    public UserModel user() {
        return signer == null || (signer.claimedByHandle() && !signatureVerified) ? null : signer.user();
    }

    /** The passkey's Keycloak credential id, once found for a user {@link #user()} names; else null. */
    public String credentialId() {
        return passkey == null || user() == null ? null : passkey.credentialModelId();
    }

    /**
     * The presented credential id (base64url) when no account of this realm holds it: neither the user its user
     * handle names nor the signer. Then the browser may be told to forget it ({@code signalUnknownCredential}).
     * Without a user handle nobody can tell whose it was (another account's non-discoverable key, say): empty, as
     * for a passkey another account holds, which must never be signalled away from that account's browser.
     */
    public Optional<String> unknownCredentialId() {
        if (response == null || response.userHandle().isEmpty()) {
            return Optional.empty();
        }
        byte[] credentialId = response.credentialId();
        String handleUserId = new String(response.userHandle().get(), StandardCharsets.UTF_8);
        UserModel named = context.getSession().users().getUserById(context.getRealm(), handleUserId);
        if (named != null && passkeys.find(context.getRealm(), named, credentialId).isPresent()) {
            return Optional.empty();
        }
        if (signer != null && passkeys.find(context.getRealm(), signer.user(), credentialId).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Base64Url.encode(credentialId));
    }

    public VerifiedAssertion verified() {
        return verified;
    }
}
