package dev.passkeyautopilot.webauthn;

import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.util.exception.WebAuthnException;
import com.webauthn4j.verifier.exception.BadAlgorithmException;
import com.webauthn4j.verifier.exception.BadAttestationStatementException;
import com.webauthn4j.verifier.exception.BadBackupEligibleFlagException;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.BadSignatureException;
import com.webauthn4j.verifier.exception.CrossOriginException;
import com.webauthn4j.verifier.exception.IllegalBackupStateException;
import com.webauthn4j.verifier.exception.InconsistentClientDataTypeException;
import com.webauthn4j.verifier.exception.MissingChallengeException;
import com.webauthn4j.verifier.exception.NotAllowedAlgorithmException;
import com.webauthn4j.verifier.exception.NotAllowedCredentialIdException;
import com.webauthn4j.verifier.exception.UserNotPresentException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;

/** Maps webauthn4j's exception types to our reason codes. */
final class VerificationFailures {

    private VerificationFailures() {
    }

    static FailureReason reasonOf(WebAuthnException e) {
        if (e instanceof DataConversionException) return FailureReason.MALFORMED_RESPONSE;
        if (e instanceof InconsistentClientDataTypeException) return FailureReason.BAD_TYPE;
        if (e instanceof BadChallengeException || e instanceof MissingChallengeException) return FailureReason.BAD_CHALLENGE;
        if (e instanceof BadOriginException || e instanceof CrossOriginException) return FailureReason.BAD_ORIGIN;
        if (e instanceof BadRpIdException) return FailureReason.BAD_RP_ID;
        if (e instanceof UserNotPresentException) return FailureReason.USER_NOT_PRESENT;
        if (e instanceof UserNotVerifiedException) return FailureReason.USER_NOT_VERIFIED;
        if (e instanceof BadSignatureException) return FailureReason.BAD_SIGNATURE;
        if (e instanceof BadBackupEligibleFlagException || e instanceof IllegalBackupStateException) return FailureReason.BACKUP_FLAGS_INCONSISTENT;
        if (e instanceof NotAllowedCredentialIdException) return FailureReason.UNKNOWN_CREDENTIAL;
        if (e instanceof NotAllowedAlgorithmException || e instanceof BadAlgorithmException) return FailureReason.ALGORITHM_NOT_ALLOWED;
        if (e instanceof BadAttestationStatementException) return FailureReason.BAD_ATTESTATION;
        return FailureReason.VERIFICATION_FAILED;
    }
}
