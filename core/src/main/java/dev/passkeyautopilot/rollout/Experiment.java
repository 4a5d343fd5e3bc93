package dev.passkeyautopilot.rollout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named A/B/n split of the users of a feature, stable per user: a user's arm depends only on the realm's salt,
 * the experiment's name and the user id (see {@link Buckets#experimentPoint}). Renaming the experiment, adding or
 * removing an arm, or changing a weight reassigns users. JSON:
 * {@code {"name": "append-copy-2026", "feature": "append", "kind": "copy", "arms": [...]}}.
 *
 * @param name    unique within the rule set; 1 to 64 characters of letters, digits, '.', '_', '-'
 * @param feature the feature whose users are split
 * @param kind    what the arms vary; {@link ExperimentKind#TIMING} and {@link ExperimentKind#UPGRADE} only for
 *                {@link Feature#APPEND}, with only the arms {@link ExperimentKind#fixedArms()}
 * @param arms    at least two, names unique
 */
public record Experiment(String name, Feature feature, ExperimentKind kind, List<Arm> arms) {

    public Experiment {
        String problem = Checks.name(name);
        if (problem != null) {
            throw Checks.invalid("name", problem);
        }
        if (feature == null) {
            throw Checks.invalid("feature", "must name a feature, was null");
        }
        if (kind == null) {
            throw Checks.invalid("kind", "must be copy, timing or upgrade, was null");
        }
        arms = arms == null ? List.of() : List.copyOf(arms);
        problem = armsProblem(arms.size());
        if (problem != null) {
            throw Checks.invalid("arms", problem);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < arms.size(); i++) {
            if (!names.add(arms.get(i).name())) {
                throw Checks.invalid("arms[" + i + "].name", duplicateArm(arms.get(i).name()));
            }
        }
        problem = kindProblem(feature, kind);
        if (problem != null) {
            throw Checks.invalid("kind", problem);
        }
        if (!kind.fixedArms().isEmpty()) {
            for (int i = 0; i < arms.size(); i++) {
                problem = armProblem(kind, arms.get(i).name());
                if (problem != null) {
                    throw Checks.invalid("arms[" + i + "].name", problem);
                }
            }
        }
    }

    /** The sum of the arms' weights. */
    public double totalWeight() {
        double total = 0;
        for (Arm arm : arms) {
            total += arm.weight();
        }
        return total;
    }

    static String armsProblem(int count) {
        return count >= 2 ? null : "must have at least 2 arms, had " + count;
    }

    static String duplicateArm(String name) {
        return "must be unique within the experiment, but \"" + name + "\" names an earlier arm too";
    }

    static String kindProblem(Feature feature, ExperimentKind kind) {
        return kind == ExperimentKind.COPY || feature == Feature.APPEND ? null
                : kind.key() + " experiments are only for the append feature, was for " + feature.key();
    }

    /** Null when the kind allows this arm name (timing: first/second, upgrade: automatic/offer, copy: any). */
    static String armProblem(ExperimentKind kind, String arm) {
        List<String> fixed = kind.fixedArms();
        return fixed.isEmpty() || fixed.contains(arm) ? null
                : "must be " + String.join(" or ", fixed) + " in " + ("aeiou".indexOf(kind.key().charAt(0)) >= 0 ? "an " : "a ") + kind.key() + " experiment, was \"" + arm + "\"";
    }
}
