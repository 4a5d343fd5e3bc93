package dev.passkeyautopilot.rollout;

/**
 * One rule of a feature: when all its conditions match, it decides the feature for the request.
 * JSON: {@code {"name": "linux-chromium-off", "effect": "deny", "when": {...}}}.
 *
 * @param name   unique within the feature; 1 to 64 characters of letters, digits, '.', '_', '-'; appears in the
 *               result's reason as {@code rule:<name>}
 * @param effect what the rule decides
 * @param when   the conditions; {@link Conditions#ANY} (also for null) matches everyone
 */
public record Rule(String name, Effect effect, Conditions when) {

    public Rule {
        String problem = Checks.name(name);
        if (problem != null) {
            throw Checks.invalid("name", problem);
        }
        if (effect == null) {
            throw Checks.invalid("effect", "must be allow or deny, was null");
        }
        when = when == null ? Conditions.ANY : when;
    }

    public static Rule allow(String name, Conditions when) {
        return new Rule(name, Effect.ALLOW, when);
    }

    public static Rule deny(String name, Conditions when) {
        return new Rule(name, Effect.DENY, when);
    }
}
