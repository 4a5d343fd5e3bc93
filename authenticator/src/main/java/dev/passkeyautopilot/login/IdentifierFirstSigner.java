package dev.passkeyautopilot.login;

import dev.passkeyautopilot.passkey.AssertionAttempt;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.session.LoginStep;
import dev.passkeyautopilot.webauthn.AssertionResponse;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.FailureReason;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The identifier-first step's rule for whose passkey an assertion may be: the user the identifier named, or
 * (passkey autofill on the identifier page) the one the user handle names. A user handle that contradicts the identifier is refused. A user
 * handle identifies nobody yet: until the signature verifies, it is just a claim, and whatever it names,
 * a failed assertion answers the same page and attributes nothing to that user.
 */
final class IdentifierFirstSigner implements AssertionAttempt.SignerRule {

    private final AuthenticationFlowContext context;

    IdentifierFirstSigner(AuthenticationFlowContext context) {
        this.context = context;
    }

    @Override
    public AssertionAttempt.Signer of(AssertionResponse response) throws CeremonyException {
        AttemptNotes notes = AttemptNotes.of(context.getAuthenticationSession());
        String identified = notes.identifiedUserId();
        Optional<String> handleUserId = response.userHandle().map(h -> new String(h, StandardCharsets.UTF_8));
        KeycloakSession session = context.getSession();
        if (identified != null && !identified.isEmpty() && notes.step() != LoginStep.IDENTIFIER) {
            if (handleUserId.isPresent() && !handleUserId.get().equals(identified)) {
                throw new CeremonyException(FailureReason.USER_HANDLE_MISMATCH, "User handle names another user");
            }
            UserModel user = session.users().getUserById(context.getRealm(), identified);
            if (user == null) {
                throw new CeremonyException(FailureReason.UNKNOWN_CREDENTIAL, "Identified user no longer exists");
            }
            return AssertionAttempt.Signer.identified(user);
        }
        String userId = handleUserId.orElseThrow(
                () -> new CeremonyException(FailureReason.UNKNOWN_CREDENTIAL, "Autofill passkey without user handle"));
        UserModel user = session.users().getUserById(context.getRealm(), userId);
        if (user == null) {
            throw new CeremonyException(FailureReason.UNKNOWN_CREDENTIAL, "User handle names no user");
        }
        return AssertionAttempt.Signer.claimed(user);
    }
}
