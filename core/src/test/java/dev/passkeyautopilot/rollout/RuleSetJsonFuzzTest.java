package dev.passkeyautopilot.rollout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Rule set documents come from realm admins through the admin REST API. The reader's one declared failure is a
 * {@link RuleSetValidationException} naming the field; anything else would be a 500 on save. A document that reads
 * must write back to a document that reads to the same rule set.
 */
class RuleSetJsonFuzzTest {

    private final RuleSetJson json = new RuleSetJson();

    @FuzzTest(maxDuration = "5m")
    void anyDocumentReadsOrIsRefusedWithAField(byte[] document) {
        RuleSet ruleSet;
        try {
            ruleSet = json.parse(new String(document, StandardCharsets.UTF_8));
        } catch (RuleSetValidationException e) {
            assertNotNull(e.field());
            assertNotNull(e.problem());
            return;
        }
        assertEquals(ruleSet, json.parse(json.write(ruleSet)));
    }
}
