package dev.passkeyautopilot.rollout;

import java.util.Optional;

/**
 * Whether a feature is on for a request, and why.
 *
 * @param allowed     whether the feature is on
 * @param matchedRule the name of the rule that decided, if one did
 * @param reason      {@value #KILL_SWITCH} (the feature is disabled), {@code rule:<name>} (that rule decided) or
 *                    {@value #DEFAULT} (no rule matched; the feature's default decided)
 */
public record RolloutResult(boolean allowed, Optional<String> matchedRule, String reason) {

    public static final String KILL_SWITCH = "kill_switch";
    public static final String DEFAULT = "default";
    public static final String RULE_PREFIX = "rule:";

    static final RolloutResult KILLED = new RolloutResult(false, Optional.empty(), KILL_SWITCH);
    static final RolloutResult DEFAULT_ALLOW = new RolloutResult(true, Optional.empty(), DEFAULT);
    static final RolloutResult DEFAULT_DENY = new RolloutResult(false, Optional.empty(), DEFAULT);

    public RolloutResult {
        matchedRule = matchedRule == null ? Optional.empty() : matchedRule;
        if (reason == null) {
            throw new IllegalArgumentException("reason must not be null");
        }
    }

    static RolloutResult of(Rule rule) {
        return new RolloutResult(rule.effect().allows(), Optional.of(rule.name()), RULE_PREFIX + rule.name());
    }
}
