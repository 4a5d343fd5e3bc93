package dev.passkeyautopilot.kpi;

import java.util.Objects;
import java.util.Optional;

/**
 * One passkey operation as the rollup counts it.
 *
 * @param kind       operation kind code ({@code login}, {@code append}, {@code second_factor})
 * @param outcome    outcome or failure code, as stored
 * @param method     login method code it ended with, when known
 * @param durationMs the ceremony duration the page reported, when it did
 */
public record OperationFact(String kind, String outcome, Optional<String> method, Optional<Long> durationMs, Dimensions dimensions) {

    public OperationFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(durationMs, "durationMs");
        Objects.requireNonNull(dimensions, "dimensions");
    }
}
