package dev.passkeyautopilot.webauthn;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.exception.WebAuthnException;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Verifies a WebAuthn assertion (WebAuthn L3 §7.2) against one stored passkey. webauthn4j walks the spec
 * steps: client data type, challenge, origin, RP ID hash, user presence, user verification when the policy
 * requires it, backup flags, signature, and the signature counter. This class only maps its outcome to our
 * {@link FailureReason}s. Stateless and thread-safe.
 */
public class AssertionVerifier {

    private final WebAuthnManager webAuthnManager;

    public AssertionVerifier() {
        this(WebAuthnManager.createNonStrictWebAuthnManager());
    }

    AssertionVerifier(WebAuthnManager webAuthnManager) {
        this.webAuthnManager = webAuthnManager;
    }

    /**
     * @param challenge the single-use challenge issued for this ceremony, already taken out of the session
     */
    public VerifiedAssertion verify(AssertionResponse response, StoredPasskey passkey, RelyingParty relyingParty, byte[] challenge)
            throws CeremonyException {
        if (!passkey.hasCredentialId(response.credentialId())) {
            throw new CeremonyException(FailureReason.UNKNOWN_CREDENTIAL, "Assertion is for another credential");
        }
        AuthenticationData data = parse(response);
        ClientDataChecks.requireOwnTopLevelPage(data.getCollectedClientDataBytes(), data.getCollectedClientData(),
                relyingParty.origins());
        ServerProperty serverProperty = new ServerProperty(
                relyingParty.origins().stream().map(Origin::new).collect(Collectors.toSet()),
                relyingParty.rpId(),
                new DefaultChallenge(challenge));
        CredentialRecordImpl credentialRecord = new CredentialRecordImpl(
                null, null, passkey.backupEligible(), null, passkey.signCount(),
                new AttestedCredentialData(AAGUID.NULL, passkey.credentialId(), passkey.publicKey()),
                null, null, null, null);
        AuthenticationParameters parameters = new AuthenticationParameters(serverProperty, credentialRecord,
                List.of(passkey.credentialId()), relyingParty.userVerificationRequired(), true);
        try {
            webAuthnManager.verify(data, parameters);
        } catch (MaliciousCounterValueException e) {
            throw new CounterRegressionException(passkey.signCount(), data.getAuthenticatorData().getSignCount(), e);
        } catch (WebAuthnException e) {
            throw new CeremonyException(VerificationFailures.reasonOf(e), e.getMessage(), e);
        }
        var authenticatorData = data.getAuthenticatorData();
        return new VerifiedAssertion(authenticatorData.getSignCount(), authenticatorData.isFlagUV(),
                authenticatorData.isFlagBE(), authenticatorData.isFlagBS());
    }

    private AuthenticationData parse(AssertionResponse response) throws CeremonyException {
        try {
            AuthenticationData data = webAuthnManager.parse(new AuthenticationRequest(response.credentialId(),
                    response.userHandle().orElse(null), response.authenticatorData(), response.clientDataJSON(), null,
                    response.signature()));
            if (data.getAuthenticatorData() == null || data.getCollectedClientData() == null) {
                throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Assertion lacks authenticator or client data");
            }
            ClientDataChecks.requireReadableTokenBinding(data.getCollectedClientData());
            return data;
        } catch (DataConversionException | IllegalArgumentException | IllegalStateException | UncheckedIOException
                 | NullPointerException e) {
            // Found by CeremonyVerificationFuzzTest: webauthn4j's CborConverter reports a nested CBOR value it cannot map
            // (a credential public key or an extension) as UncheckedIOException rather than DataConversionException, and
            // its AttestedCredentialDataConverter dereferences a credential public key that is CBOR null (also reachable
            // from an assertion whose authenticator data sets the AT flag).
            throw new CeremonyException(FailureReason.MALFORMED_RESPONSE, "Assertion could not be parsed: " + e.getMessage(), e);
        }
    }
}
