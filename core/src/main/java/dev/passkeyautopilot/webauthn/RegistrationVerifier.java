package dev.passkeyautopilot.webauthn;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.exception.WebAuthnException;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Verifies a WebAuthn registration (WebAuthn L3 §7.1) with webauthn4j: client data type, challenge, origin,
 * RP ID hash, user presence, user verification when the policy requires it, an allowed algorithm, and a
 * well-formed attestation statement. Attestation trust chains are not evaluated (webauthn4j's non-strict
 * manager, like Keycloak's default): passkeys from any provider are accepted, as the passwordless policy
 * intends. Stateless and thread-safe.
 */
public class RegistrationVerifier {

    private final WebAuthnManager webAuthnManager;

    public RegistrationVerifier() {
        this(WebAuthnManager.createNonStrictWebAuthnManager());
    }

    RegistrationVerifier(WebAuthnManager webAuthnManager) {
        this.webAuthnManager = webAuthnManager;
    }

    public VerifiedRegistration verify(AttestationResponse response, RelyingParty relyingParty, byte[] challenge) throws CeremonyException {
        RegistrationData data = parse(response);
        ClientDataChecks.requireOwnTopLevelPage(data.getCollectedClientDataBytes(), data.getCollectedClientData(),
                relyingParty.origins());
        ServerProperty serverProperty = new ServerProperty(
                relyingParty.origins().stream().map(Origin::new).collect(Collectors.toSet()),
                relyingParty.rpId(),
                new DefaultChallenge(challenge));
        List<PublicKeyCredentialParameters> algorithms = relyingParty.algorithms().stream()
                .map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.create(alg)))
                .toList();
        try {
            webAuthnManager.verify(data, new RegistrationParameters(serverProperty, algorithms, relyingParty.userVerificationRequired(), true));
        } catch (WebAuthnException e) {
            throw new CeremonyException(VerificationFailures.reasonOf(e), e.getMessage(), e);
        }
        var authenticatorData = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData attested = authenticatorData.getAttestedCredentialData();
        // The id the page reported must be the one the authenticator attested, or the page lied about it.
        if (!Arrays.equals(attested.getCredentialId(), response.credentialId())) {
            throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Credential id does not match the attested credential");
        }
        return new VerifiedRegistration(attested, authenticatorData.getSignCount(), data.getAttestationObject().getFormat(),
                response.transports(), response.authenticatorAttachment().orElse(null), authenticatorData.isFlagUV(),
                authenticatorData.isFlagBE(), authenticatorData.isFlagBS());
    }

    private RegistrationData parse(AttestationResponse response) throws CeremonyException {
        try {
            RegistrationData data = webAuthnManager.parse(new RegistrationRequest(response.attestationObject(), response.clientDataJSON(),
                    response.transports()));
            if (data.getAttestationObject() == null || data.getCollectedClientData() == null
                    || data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData() == null) {
                throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Registration lacks attested credential data");
            }
            ClientDataChecks.requireReadableTokenBinding(data.getCollectedClientData());
            return data;
        } catch (DataConversionException | IllegalArgumentException | IllegalStateException | UncheckedIOException
                 | NullPointerException e) {
            // Found by CeremonyVerificationFuzzTest: webauthn4j's CborConverter reports a nested CBOR value it cannot map
            // (a credential public key or an extension) as UncheckedIOException rather than DataConversionException, and
            // its AttestedCredentialDataConverter dereferences a credential public key that is CBOR null (also reachable
            // from an assertion whose authenticator data sets the AT flag).
            throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Registration could not be parsed: " + e.getMessage(), e);
        }
    }
}
