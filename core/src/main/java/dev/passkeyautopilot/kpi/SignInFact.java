package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.vocabulary.AppendStage;
import dev.passkeyautopilot.vocabulary.SignInMethod;

import java.util.Objects;
import java.util.Optional;

/**
 * One successful sign-in of the realm (a Keycloak LOGIN event) as the rollup counts it.
 *
 * @param heldPasskey whether the user held at least one passkey at that moment
 * @param appendStage how far the append offer got in this sign-in; empty when it was not evaluated
 */
public record SignInFact(SignInMethod method, boolean heldPasskey, Optional<AppendStage> appendStage, Dimensions dimensions) {

    public SignInFact {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(appendStage, "appendStage");
        Objects.requireNonNull(dimensions, "dimensions");
    }
}
