package dev.passkeyautopilot.rollout;

import java.util.Optional;

/** What an experiment varies. */
public enum ExperimentKind {
    /** Which explanation and button wording the page shows; arm names are free. */
    COPY("copy"),
    /**
     * When the append offer is first made: arms {@value #TIMING_FIRST} (at the first password login) and
     * {@value #TIMING_SECOND} (at the second). Only for {@link Feature#APPEND}.
     */
    TIMING("timing");

    /** The timing arm that offers at the first password login. */
    public static final String TIMING_FIRST = "first";
    /** The timing arm that offers at the second password login. */
    public static final String TIMING_SECOND = "second";

    private final String key;

    ExperimentKind(String key) {
        this.key = key;
    }

    /** The name in the JSON document: {@code copy} or {@code timing}. */
    public String key() {
        return key;
    }

    /** The kind a JSON value names, exactly (case-sensitive); empty for anything else, including null. */
    public static Optional<ExperimentKind> fromKey(String key) {
        for (ExperimentKind kind : values()) {
            if (kind.key.equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return key;
    }
}
