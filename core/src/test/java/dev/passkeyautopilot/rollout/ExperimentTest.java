package dev.passkeyautopilot.rollout;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentTest {

    static final Experiment COPY_50_50 = new Experiment("append-copy-2026", Feature.APPEND, ExperimentKind.COPY,
            List.of(new Arm("A", 50), new Arm("B", 50)));
    static final Experiment COPY_90_10 = new Experiment("append-copy-90", Feature.APPEND, ExperimentKind.COPY,
            List.of(new Arm("A", 90), new Arm("B", 10)));
    static final Experiment TIMING = new Experiment("append-timing", Feature.APPEND, ExperimentKind.TIMING,
            List.of(new Arm("first", 1), new Arm("second", 1)));

    private final RolloutEvaluator evaluator = new RolloutEvaluator();
    private final RuleSet ruleSet = new RuleSet("exp-salt", Map.of(), List.of(COPY_50_50, TIMING));

    @Test
    @DisplayName("A user's arm is the same on every call and from every evaluator")
    void stable() {
        for (String id : BucketsTest.userIds(21).subList(0, 2_000)) {
            Optional<Assignment> first = evaluator.assignment(ruleSet, COPY_50_50, id);
            assertTrue(first.isPresent());
            assertEquals(first, new RolloutEvaluator().assignment(ruleSet, COPY_50_50, id));
            assertEquals("append-copy-2026", first.get().experiment());
            assertEquals("copy", first.get().kind());
        }
    }

    @Test
    @DisplayName("50/50 splits 100,000 users 50 % ± 1 %")
    void fiftyFifty() {
        Map<String, Integer> counts = counts(COPY_50_50, 22);
        assertTrue(Math.abs(counts.get("A") - 50_000) <= 1_000, counts.toString());
        assertTrue(Math.abs(counts.get("B") - 50_000) <= 1_000, counts.toString());
    }

    @Test
    @DisplayName("90/10 splits 100,000 users 90 % / 10 % ± 1 %")
    void ninetyTen() {
        Map<String, Integer> counts = counts(COPY_90_10, 23);
        assertTrue(Math.abs(counts.get("A") - 90_000) <= 1_000, counts.toString());
        assertTrue(Math.abs(counts.get("B") - 10_000) <= 1_000, counts.toString());
    }

    @Test
    @DisplayName("Decimal weights and three arms split proportionally")
    void threeArms() {
        Experiment abc = new Experiment("abc", Feature.LOGIN, ExperimentKind.COPY,
                List.of(new Arm("a", 0.5), new Arm("b", 0.25), new Arm("c", 0.25)));
        Map<String, Integer> counts = counts(abc, 24);
        assertTrue(Math.abs(counts.get("a") - 50_000) <= 1_000, counts.toString());
        assertTrue(Math.abs(counts.get("b") - 25_000) <= 1_000, counts.toString());
        assertTrue(Math.abs(counts.get("c") - 25_000) <= 1_000, counts.toString());
    }

    @Test
    @DisplayName("Two experiments are independent: each arm pair gets 25 % ± 1 % of users")
    void independent() {
        Map<String, Integer> pairs = new HashMap<>();
        for (String id : BucketsTest.userIds(25)) {
            String copy = evaluator.assignment(ruleSet, COPY_50_50, id).orElseThrow().arm();
            String timing = evaluator.assignment(ruleSet, TIMING, id).orElseThrow().arm();
            pairs.merge(copy + "/" + timing, 1, Integer::sum);
        }
        assertEquals(4, pairs.size());
        pairs.forEach((pair, count) -> assertTrue(Math.abs(count - 25_000) <= 1_000, pairs.toString()));
    }

    @Test
    @DisplayName("Experiments are independent of percentage buckets: the first 10 % splits 50/50 too")
    void independentOfBuckets() {
        int inTen = 0;
        int inTenAndA = 0;
        for (String id : BucketsTest.userIds(26)) {
            if (Buckets.within(Buckets.bucket("exp-salt", id), 10)) {
                inTen++;
                if (evaluator.assignment(ruleSet, COPY_50_50, id).orElseThrow().arm().equals("A")) {
                    inTenAndA++;
                }
            }
        }
        assertTrue(Math.abs(inTenAndA / (double) inTen - 0.5) <= 0.03, inTenAndA + " of " + inTen);
    }

    @Test
    @DisplayName("assignments(feature) lists the feature's experiments in order; none for other features or no user")
    void assignmentsOfFeature() {
        List<Assignment> assignments = evaluator.assignments(ruleSet, Feature.APPEND, "user-1");
        assertEquals(2, assignments.size());
        assertEquals("append-copy-2026", assignments.get(0).experiment());
        assertEquals("timing", assignments.get(1).kind());
        assertTrue(List.of("first", "second").contains(assignments.get(1).arm()));
        assertEquals(assignments.get(1), evaluator.assignment(ruleSet, Feature.APPEND, ExperimentKind.TIMING, "user-1").orElseThrow());
        assertEquals(List.of(), evaluator.assignments(ruleSet, Feature.LOGIN, "user-1"));
        assertEquals(List.of(), evaluator.assignments(ruleSet, Feature.APPEND, null));
        assertEquals(Optional.empty(), evaluator.assignment(ruleSet, COPY_50_50, ""));
    }

    @Test
    @DisplayName("Another salt reassigns users (a realm's salt must not change)")
    void saltMatters() {
        RuleSet other = ruleSet.withSalt("other-salt");
        int differ = 0;
        for (String id : BucketsTest.userIds(27).subList(0, 10_000)) {
            if (!evaluator.assignment(ruleSet, COPY_50_50, id).equals(evaluator.assignment(other, COPY_50_50, id))) {
                differ++;
            }
        }
        assertTrue(Math.abs(differ - 5_000) <= 300, "differ " + differ);
        assertNotEquals(ruleSet, other);
    }

    @Test
    @DisplayName("Invalid experiments are refused by the constructor too")
    void refused() {
        assertThrows(IllegalArgumentException.class, () -> new Experiment("x", Feature.APPEND, ExperimentKind.COPY, List.of(new Arm("A", 1))));
        assertThrows(IllegalArgumentException.class, () -> new Experiment("x", Feature.APPEND, ExperimentKind.COPY,
                List.of(new Arm("A", 1), new Arm("A", 2))));
        assertThrows(IllegalArgumentException.class, () -> new Experiment("x", Feature.LOGIN, ExperimentKind.TIMING,
                List.of(new Arm("first", 1), new Arm("second", 1))));
        assertThrows(IllegalArgumentException.class, () -> new Experiment("x", Feature.APPEND, ExperimentKind.TIMING,
                List.of(new Arm("first", 1), new Arm("third", 1))));
        assertThrows(IllegalArgumentException.class, () -> new Arm("A", 0));
        assertThrows(IllegalArgumentException.class, () -> new Arm("A", -1));
        assertThrows(IllegalArgumentException.class, () -> new Arm("A", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Experiment("has space", Feature.APPEND, ExperimentKind.COPY,
                List.of(new Arm("A", 1), new Arm("B", 1))));
    }

    private Map<String, Integer> counts(Experiment experiment, long seed) {
        RuleSet single = new RuleSet("exp-salt", Map.of(), List.of(experiment));
        Map<String, Integer> counts = new HashMap<>();
        for (String id : BucketsTest.userIds(seed)) {
            counts.merge(evaluator.assignment(single, experiment, id).orElseThrow().arm(), 1, Integer::sum);
        }
        return counts;
    }
}
