package dev.passkeyautopilot.vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * How far the append offer got in one sign-in, for the append funnel: each stage passed the ones before it.
 * Stored on the sign-in row ({@code PA_SIGN_IN.APPEND_STAGE}); absent when the offer was not evaluated at all
 * (the realm has no append action, or the login had no browser).
 */
public enum AppendStage {
    /** The offer does not apply: regulated mode without one-time codes, already offered in this login. */
    NOT_ELIGIBLE,
    /** The rollout rules left the user or request out. */
    ROLLOUT_EXCLUDED,
    /** Rolled out, but the intelligence decided not to offer (passkey already here, snoozed, no platform support...). */
    INTELLIGENCE_DECLINED,
    /** Allowed, but held for a later login (timing experiment, arm "second"). */
    DEFERRED,
    /** The offer page was shown. */
    OFFERED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AppendStage> fromCode(String code) {
        for (AppendStage stage : values()) {
            if (stage.code().equals(code)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** Whether the rollout rules let this sign-in through to the intelligence. */
    public boolean allowedByRollout() {
        return this == INTELLIGENCE_DECLINED || this == DEFERRED || this == OFFERED;
    }

    /** Whether the intelligence decided to offer (now or, deferred, at a later login). */
    public boolean allowedByIntelligence() {
        return this == DEFERRED || this == OFFERED;
    }
}
