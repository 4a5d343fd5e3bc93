package dev.passkeyautopilot.rollout;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BucketsTest {

    static final int USERS = 100_000;

    /** 100,000 random user ids, the same on every run. */
    static List<String> userIds(long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>(USERS);
        for (int i = 0; i < USERS; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()).toString());
        }
        return ids;
    }

    @Test
    @DisplayName("The bucket is SHA-256 of salt:userId, first 4 bytes unsigned, mod 10000")
    void bucketFormula() throws Exception {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                .digest("salt-1:user-1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long first4 = ((hash[0] & 0xffL) << 24) | ((hash[1] & 0xffL) << 16) | ((hash[2] & 0xffL) << 8) | (hash[3] & 0xffL);
        assertEquals((int) (first4 % 10_000), Buckets.bucket("salt-1", "user-1"));
    }

    @Test
    @DisplayName("Stable: the same salt and user give the same bucket on every call and from every evaluator")
    void stable() {
        for (String id : userIds(1).subList(0, 1000)) {
            int bucket = Buckets.bucket("realm-salt", id);
            assertTrue(bucket >= 0 && bucket < Buckets.BUCKETS);
            assertEquals(bucket, Buckets.bucket("realm-salt", id));
            assertEquals(bucket, Buckets.bucket(new String("realm-salt"), new String(id)));
        }
        RuleSet ruleSet = new RuleSet("realm-salt", java.util.Map.of(Feature.APPEND, new FeatureRules(true, Effect.DENY,
                List.of(Rule.allow("ten", Conditions.builder().percentage(10).build())))), List.of());
        for (String id : userIds(2).subList(0, 1000)) {
            RolloutRequest request = RolloutRequest.of(id, null);
            assertEquals(new RolloutEvaluator().evaluate(ruleSet, Feature.APPEND, request),
                    new RolloutEvaluator().evaluate(ruleSet, Feature.APPEND, request));
        }
    }

    @Test
    @DisplayName("A 10 % rule selects 10 % ± 1 % of 100,000 random user ids")
    void tenPercent() {
        long selected = userIds(3).stream().filter(id -> Buckets.within(Buckets.bucket("salt-a", id), 10)).count();
        assertTrue(selected >= 9_000 && selected <= 11_000, "selected " + selected);
    }

    @Test
    @DisplayName("Widening 10 % to 20 % keeps every user of the first 10 % in, and adds about 10 % more")
    void wideningKeepsEveryoneIn() {
        int inTen = 0;
        int inTwenty = 0;
        for (String id : userIds(4)) {
            int bucket = Buckets.bucket("salt-b", id);
            boolean ten = Buckets.within(bucket, 10);
            boolean twenty = Buckets.within(bucket, 20);
            if (ten) {
                inTen++;
                assertTrue(twenty, id + " left when widening");
            }
            if (twenty) {
                inTwenty++;
            }
        }
        assertTrue(inTwenty - inTen >= 9_000 && inTwenty - inTen <= 11_000, "added " + (inTwenty - inTen));
    }

    @Test
    @DisplayName("Different salts give different populations: two realms' 10 % overlap only by chance (about 1 %)")
    void saltsDiffer() {
        int both = 0;
        int differentBucket = 0;
        for (String id : userIds(5)) {
            int a = Buckets.bucket("realm-a", id);
            int b = Buckets.bucket("realm-b", id);
            if (a != b) {
                differentBucket++;
            }
            if (Buckets.within(a, 10) && Buckets.within(b, 10)) {
                both++;
            }
        }
        assertTrue(differentBucket > USERS * 0.99, "different buckets " + differentBucket);
        assertTrue(both >= 700 && both <= 1_300, "in both " + both);
    }

    @Test
    @DisplayName("Percentage bounds: 0 % selects nobody, 100 % everybody, 0.5 % buckets 0-49, 0.07 % buckets 0-6")
    void bounds() {
        assertFalse(Buckets.within(0, 0));
        assertTrue(Buckets.within(9_999, 100));
        assertTrue(Buckets.within(49, 0.5));
        assertFalse(Buckets.within(50, 0.5));
        assertTrue(Buckets.within(6, 0.07));
        assertFalse(Buckets.within(7, 0.07));
        assertTrue(Buckets.within(999, 10));
        assertFalse(Buckets.within(1_000, 10));
        assertTrue(Buckets.within(0, 0.001));
        assertFalse(Buckets.within(1, 0.001));
    }

    @Test
    @DisplayName("Experiment points are in [0, 1), stable, and differ per experiment")
    void experimentPoints() {
        double a = Buckets.experimentPoint("s", "exp-a", "user");
        assertTrue(a >= 0 && a < 1);
        assertEquals(a, Buckets.experimentPoint("s", "exp-a", "user"));
        assertNotEquals(a, Buckets.experimentPoint("s", "exp-b", "user"));
        assertNotEquals(a, Buckets.experimentPoint("t", "exp-a", "user"));
    }
}
