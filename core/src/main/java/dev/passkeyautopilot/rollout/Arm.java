package dev.passkeyautopilot.rollout;

/**
 * One arm of an experiment. JSON: {@code {"name": "B", "weight": 50}}.
 *
 * @param name   unique within the experiment; 1 to 64 characters of letters, digits, '.', '_', '-'
 * @param weight above 0 (decimals allowed, at most 1000000); an arm gets weight / sum of weights of the users
 */
public record Arm(String name, double weight) {

    public Arm {
        String problem = Checks.name(name);
        if (problem != null) {
            throw Checks.invalid("name", problem);
        }
        problem = Checks.weight(weight);
        if (problem != null) {
            throw Checks.invalid("weight", problem);
        }
    }
}
