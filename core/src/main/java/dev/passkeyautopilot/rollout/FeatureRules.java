package dev.passkeyautopilot.rollout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of one feature. The first rule whose conditions all match decides; when none matches, the default
 * does. When the feature is not enabled (the kill switch), it is off for everyone whatever the rules say.
 * JSON: {@code {"enabled": true, "default": "allow", "rules": [...]}}.
 *
 * @param enabled       false turns the feature off for everyone
 * @param defaultEffect what applies when no rule matches
 * @param rules         in order of evaluation; names are unique
 */
public record FeatureRules(boolean enabled, Effect defaultEffect, List<Rule> rules) {

    /** What a feature the rule set does not mention gets: enabled, allow, no rules. */
    public static final FeatureRules DEFAULT = new FeatureRules(true, Effect.ALLOW, List.of());

    public FeatureRules {
        if (defaultEffect == null) {
            throw Checks.invalid("default", "must be allow or deny, was null");
        }
        rules = rules == null ? List.of() : List.copyOf(rules);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!names.add(rules.get(i).name())) {
                throw Checks.invalid("rules[" + i + "].name", duplicateRule(rules.get(i).name()));
            }
        }
    }

    /** The same rules with the kill switch set: {@code false} turns the feature off for everyone. */
    public FeatureRules withEnabled(boolean enabled) {
        return new FeatureRules(enabled, defaultEffect, rules);
    }

    static String duplicateRule(String name) {
        return "must be unique within the feature, but \"" + name + "\" names an earlier rule too";
    }
}
