package dev.passkeyautopilot.operation;

import dev.passkeyautopilot.vocabulary.LoginMethod;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.webauthn.FailureReason;

import java.util.Objects;
import java.util.Optional;

/**
 * How a passkey operation ended: an {@link Outcome} or a {@link FailureReason} code, and what is known of the
 * ceremony. Built with {@link #of} or {@link #failed}, then the {@code with*} methods.
 *
 * @param outcome      the stored outcome code ({@link dev.passkeyautopilot.vocabulary.OutcomeClass#of} classifies it)
 * @param credentialId the Keycloak credential id of the passkey used, when one was found
 * @param method       how the passkey was used, when the step knows: autofill or a click makes the operation a
 *                     non-automatic one, whatever was decided when it started
 */
public record OperationEnd(String outcome, Optional<Long> durationMillis, Optional<String> credentialId, Optional<LoginMethod> method) {

    public OperationEnd {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(durationMillis, "durationMillis");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(method, "method");
    }

    public static OperationEnd of(Outcome outcome) {
        return new OperationEnd(outcome.code(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static OperationEnd failed(FailureReason reason) {
        return new OperationEnd(reason.code(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public OperationEnd withDuration(Optional<Long> durationMillis) {
        return new OperationEnd(outcome, durationMillis, credentialId, method);
    }

    /** @param credentialId the passkey's credential id, or null when none was found */
    public OperationEnd withCredential(String credentialId) {
        return new OperationEnd(outcome, durationMillis, Optional.ofNullable(credentialId), method);
    }

    public OperationEnd withMethod(LoginMethod method) {
        return new OperationEnd(outcome, durationMillis, credentialId, Optional.of(method));
    }
}
