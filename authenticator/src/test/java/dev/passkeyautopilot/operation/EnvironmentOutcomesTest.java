package dev.passkeyautopilot.operation;

import dev.passkeyautopilot.vocabulary.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnvironmentOutcomesTest {

    private static Object[] row(String userId, String outcome) {
        return new Object[]{userId, outcome};
    }

    @Test
    @DisplayName("One user's many failed prompts weigh as one attempt, by their newest outcome")
    void eachUserCountsOnceByTheNewestOutcome() {
        List<Object[]> newestFirst = List.of(
                row("mallory", "not_allowed"), row("mallory", "not_allowed"), row("mallory", "cancelled"),
                row("alice", "success"), row("alice", "not_allowed"),
                row("bob", "timeout"), row("bob", "success"),
                row("mallory", "success"));
        EnvironmentOutcomes.Counts counts = EnvironmentOutcomes.Counts.oncePerUser(newestFirst, Outcome::promptDidNotWork);
        assertEquals(new EnvironmentOutcomes.Counts(3, 2), counts);
    }

    @Test
    @DisplayName("No prompts: no attempts, no failures")
    void nothingCountsNothing() {
        assertEquals(new EnvironmentOutcomes.Counts(0, 0), EnvironmentOutcomes.Counts.oncePerUser(List.of(), Outcome::promptDidNotWork));
    }
}
