package dev.passkeyautopilot.rollout;

/**
 * A user's arm in an experiment; events of this user for the experiment's feature carry both names.
 *
 * @param experiment the experiment's name
 * @param kind       {@code copy} or {@code timing} ({@link ExperimentKind#key()})
 * @param arm        the arm's name
 */
public record Assignment(String experiment, String kind, String arm) {
}
