package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.form.PostedForm;
import dev.passkeyautopilot.intelligence.HintPolicy;
import dev.passkeyautopilot.login.LoginDecider;
import dev.passkeyautopilot.login.LoginPage;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.signal.PendingSignals;
import dev.passkeyautopilot.webauthn.AttestationResponse;
import dev.passkeyautopilot.webauthn.Base64Url;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.CreationOptions;
import dev.passkeyautopilot.webauthn.PasswordlessPolicy;
import dev.passkeyautopilot.webauthn.RegistrationVerifier;
import dev.passkeyautopilot.webauthn.RelyingParty;
import dev.passkeyautopilot.webauthn.ResponseFormConverter;
import dev.passkeyautopilot.webauthn.VerifiedRegistration;
import org.keycloak.WebAuthnConstants;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.net.URI;

/**
 * The passkey creation ceremony of our pages, one implementation for every page that offers it (the append offer
 * after a password login, "Add a passkey" on the user's list, the automatic upgrade on the password page): the
 * creation options with a fresh challenge, and the verification and storage of what the browser created, with the
 * details we keep next to it.
 */
public final class PasskeyCreation {

    private static final int MAX_LABEL_LENGTH = 255;

    private final UserPasskeys passkeys;
    private final RegistrationVerifier verifier;

    public PasskeyCreation(UserPasskeys passkeys, RegistrationVerifier verifier) {
        this.passkeys = passkeys;
        this.verifier = verifier;
    }

    /**
     * A stored new passkey.
     *
     * @param credentialModelId Keycloak's credential id
     * @param label             the label it got
     * @param credentialId      the WebAuthn credential id, base64url
     * @param aaguid            the authenticator model
     * @param provider          the provider name from Keycloak's AAGUID metadata, null if unknown
     * @param backupEligible    the BE flag
     */
    public record Created(String credentialModelId, String label, String credentialId, String aaguid, String provider,
                          boolean backupEligible) {
    }

    /**
     * The creation options for this user as the JSON string the page's script reads, with a challenge issued into
     * the authentication session; the user's passkeys are excluded, so an authenticator holding one says so. The
     * realm's identifier step decides whether it may be created on another device (cross-device setting).
     */
    public String options(AuthenticationSessionModel authSession, RealmModel realm, UserModel user, URI baseUri) {
        RelyingParty relyingParty = PasswordlessPolicy.relyingParty(realm, baseUri);
        byte[] challenge = AttemptNotes.of(authSession).issueChallenge(relyingParty.timeoutMillis());
        return options(relyingParty, challenge, realm, user, LoginDecider.settings(realm).crossDeviceEnabled());
    }

    /**
     * The creation options for a challenge the caller issued, with the WebAuthn hints of {@link HintPolicy}: with
     * cross-device sign-in off, nothing advertises hybrid.
     */
    public String options(RelyingParty relyingParty, byte[] challenge, RealmModel realm, UserModel user, boolean crossDevice) {
        PasskeyUser names = PasskeyUser.of(user);
        CreationOptions options = CreationOptions.of(relyingParty, challenge, user.getId(), names.name(), names.displayName(),
                passkeys.list(realm, user).stream().map(Passkey::stored).toList(),
                HintPolicy.forCreation(relyingParty.authenticatorAttachment(), crossDevice), crossDevice);
        return LoginPage.json(options);
    }

    /**
     * Verifies the posted attestation against the challenge of this authentication session (consumed, whatever the
     * outcome) and stores the passkey as a Keycloak credential with our details next to it.
     */
    public Created create(AuthenticationSessionModel authSession, RealmModel realm, UserModel user, PostedForm form, URI baseUri,
                          Environment environment, ClientSignals signals) throws CeremonyException {
        AttestationResponse response = new ResponseFormConverter().toAttestation(form::get);
        byte[] challenge = AttemptNotes.of(authSession).consumeChallenge();
        return create(realm, user, response, challenge, PasswordlessPolicy.relyingParty(realm, baseUri), environment, signals);
    }

    /**
     * Verifies an attestation against a challenge the caller consumed and stores the passkey. The names it was
     * created with are remembered, so a later change of them can be signalled to the provider (Signal API).
     */
    public Created create(RealmModel realm, UserModel user, AttestationResponse response, byte[] challenge, RelyingParty relyingParty,
                          Environment environment, ClientSignals signals) throws CeremonyException {
        VerifiedRegistration registration = verifier.verify(response, relyingParty, challenge);
        String aaguid = registration.attestedCredentialData().getAaguid().toString();
        String provider = passkeys.providerName(aaguid).orElse(null);
        String credentialModelId = passkeys.register(realm, user, registration, label(provider, environment));
        passkeys.details().recordCreated(realm, user, credentialModelId, registration, environment, signals.deviceMarker().orElse(null));
        PendingSignals.namesKnown(user, PasskeyUser.of(user));
        String label = user.credentialManager().getStoredCredentialById(credentialModelId).getUserLabel();
        return new Created(credentialModelId, label, Base64Url.encode(response.credentialId()), aaguid, provider,
                registration.backupEligible());
    }

    /** The UPDATE_CREDENTIAL event of a created passkey, with its details; the caller adds its own and sends it. */
    public static EventBuilder createdEvent(EventBuilder event, Created created) {
        event.event(EventType.UPDATE_CREDENTIAL)
                .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                .detail(Details.CREDENTIAL_ID, created.credentialModelId())
                .detail(WebAuthnConstants.PUBKEY_CRED_ID_ATTR, created.credentialId())
                .detail(WebAuthnConstants.PUBKEY_CRED_LABEL_ATTR, created.label())
                .detail(WebAuthnConstants.PUBKEY_CRED_AAGUID_ATTR, created.aaguid())
                .detail(PasskeyEventDetails.SYNCED, Boolean.toString(created.backupEligible()));
        if (created.provider() != null) {
            event.detail(PasskeyEventDetails.PROVIDER, created.provider());
        }
        return event;
    }

    /** e.g. "Google Password Manager (Chrome on Android)"; shown in Keycloak's account console. */
    private static String label(String provider, Environment environment) {
        String label = (provider == null ? "Passkey" : provider) + " (" + environment.browserFamily() + " on " + environment.osFamily() + ")";
        return label.length() <= MAX_LABEL_LENGTH ? label : label.substring(0, MAX_LABEL_LENGTH);
    }
}
