package dev.passkeyautopilot.append;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.events.PasskeyEventDetails;
import dev.passkeyautopilot.passkey.PasskeyUser;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.signal.PendingSignals;
import dev.passkeyautopilot.vocabulary.AppendOutcome;
import dev.passkeyautopilot.webauthn.AttestationResponse;
import dev.passkeyautopilot.webauthn.Base64Url;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.RegistrationVerifier;
import dev.passkeyautopilot.webauthn.RelyingParty;
import dev.passkeyautopilot.webauthn.VerifiedRegistration;
import org.keycloak.WebAuthnConstants;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Creating a passkey from a posted attestation, the part the offer page and the automatic upgrade share: verify,
 * store it as a Keycloak credential with our details, remember the names the provider now knows (Signal API),
 * clear the "Not now", and send UPDATE_CREDENTIAL with how it was added.
 */
final class PasskeyCreation {

    private static final int MAX_LABEL_LENGTH = 255;

    private final UserPasskeys passkeys;
    private final RegistrationVerifier verifier;

    PasskeyCreation(UserPasskeys passkeys, RegistrationVerifier verifier) {
        this.passkeys = passkeys;
        this.verifier = verifier;
    }

    /** @return Keycloak's credential id of the new passkey */
    String create(RealmModel realm, UserModel user, EventBuilder event, AttestationResponse response, byte[] challenge,
                  RelyingParty relyingParty, Environment environment, ClientSignals signals, AppendOutcome outcome) throws CeremonyException {
        VerifiedRegistration registration = verifier.verify(response, relyingParty, challenge);
        String label = label(registration, environment);
        String credentialModelId = passkeys.register(realm, user, registration, label);
        passkeys.details().recordCreated(realm, user, credentialModelId, registration, environment, signals.deviceMarker().orElse(null));
        PendingSignals.namesKnown(user, PasskeyUser.of(user));
        AppendSnooze.clear(user);
        event.clone()
                .event(EventType.UPDATE_CREDENTIAL)
                .detail(Details.CREDENTIAL_TYPE, UserPasskeys.CREDENTIAL_TYPE)
                .detail(Details.CREDENTIAL_ID, credentialModelId)
                .detail(WebAuthnConstants.PUBKEY_CRED_ID_ATTR, Base64Url.encode(response.credentialId()))
                .detail(WebAuthnConstants.PUBKEY_CRED_LABEL_ATTR, label)
                .detail(WebAuthnConstants.PUBKEY_CRED_AAGUID_ATTR, registration.attestedCredentialData().getAaguid().toString())
                .detail(PasskeyEventDetails.SYNCED, Boolean.toString(registration.backupEligible()))
                .detail(PasskeyEventDetails.APPEND_OUTCOME, outcome.code())
                .success();
        return credentialModelId;
    }

    /** e.g. "Google Password Manager (Chrome on Android)"; shown in Keycloak's account console. */
    private String label(VerifiedRegistration registration, Environment environment) {
        String provider = passkeys.providerName(registration.attestedCredentialData().getAaguid().toString()).orElse("Passkey");
        String label = provider + " (" + environment.browserFamily() + " on " + environment.osFamily() + ")";
        return label.length() <= MAX_LABEL_LENGTH ? label : label.substring(0, MAX_LABEL_LENGTH);
    }
}
