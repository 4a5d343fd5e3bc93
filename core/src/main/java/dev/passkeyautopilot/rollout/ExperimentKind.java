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
    TIMING("timing"),
    /**
     * How a passkey is added after a password sign-in: arms {@value #UPGRADE_AUTOMATIC} (the browser may create one
     * without a prompt, WebAuthn conditional create) and {@value #UPGRADE_OFFER} (the offer page). Only for
     * {@link Feature#APPEND}.
     */
    UPGRADE("upgrade");

    /** The timing arm that offers at the first password login. */
    public static final String TIMING_FIRST = "first";
    /** The timing arm that offers at the second password login. */
    public static final String TIMING_SECOND = "second";

    /** The upgrade arm whose password page asks the browser for an automatic passkey upgrade. */
    public static final String UPGRADE_AUTOMATIC = "automatic";
    /** The upgrade arm that shows the offer page, as without the experiment. */
    public static final String UPGRADE_OFFER = "offer";

    private final String key;

    ExperimentKind(String key) {
        this.key = key;
    }

    /** The arm names this kind allows; empty: any name. */
    public java.util.List<String> fixedArms() {
        return switch (this) {
            case COPY -> java.util.List.of();
            case TIMING -> java.util.List.of(TIMING_FIRST, TIMING_SECOND);
            case UPGRADE -> java.util.List.of(UPGRADE_AUTOMATIC, UPGRADE_OFFER);
        };
    }

    /** The name in the JSON document: {@code copy}, {@code timing} or {@code upgrade}. */
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
