package dev.passkeyautopilot.kpi;

/**
 * What was counted for one arm of an experiment over the readout period.
 *
 * @param name        the arm's name in the experiment
 * @param weight      the arm's configured weight (above 0, finite); its expected share of users is weight / sum
 *                    of weights, as in the rollout rule set
 * @param assigned    users assigned to the arm, the counts the sample-ratio-mismatch check compares with weights
 * @param offers      trials of the rate: for the enrollment rate, passkey offers shown
 * @param conversions successes of the rate: for the enrollment rate, passkeys created; at most {@code offers}
 */
public record ArmCounts(String name, double weight, long assigned, long offers, long conversions) {

    public ArmCounts {
        if (name == null || name.isBlank()) {
            throw new ReadoutInputException("name", "must name the arm, was " + (name == null ? "null" : "blank"));
        }
        String field = "arms[" + name + "].";
        // A weight of 0 means no user is expected in the arm: the chi-square expectation would be 0 and the
        // statistic undefined, so such an arm does not belong in a readout.
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new ReadoutInputException(field + "weight", "must be a finite number above 0, was " + weight);
        }
        if (assigned < 0) {
            throw new ReadoutInputException(field + "assigned", "must be 0 or more, was " + assigned);
        }
        if (offers < 0) {
            throw new ReadoutInputException(field + "offers", "must be 0 or more, was " + offers);
        }
        if (conversions < 0) {
            throw new ReadoutInputException(field + "conversions", "must be 0 or more, was " + conversions);
        }
        if (conversions > offers) {
            throw new ReadoutInputException(field + "conversions",
                "must not exceed offers (" + offers + "), was " + conversions);
        }
    }
}
