package dev.passkeyautopilot.rollout;

import dev.passkeyautopilot.environment.Environment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quick sanity check of evaluation cost with 50 rules that all have to be tried; the real benchmark lives in
 * the integration tests. The bound asserted here is loose on purpose (shared CI machines); the p99 is printed.
 */
class RolloutEvaluatorBenchmarkTest {

    @Test
    @DisplayName("50 rules, none matching until the last: p99 is printed and well under a millisecond")
    void fiftyRules() {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            Conditions when = switch (i % 7) {
                case 0 -> Conditions.builder().os(PlatformMatch.atLeast("Windows", "11"), PlatformMatch.of("Linux")).build();
                case 1 -> Conditions.builder().browser(PlatformMatch.atLeast("Chrome", "200")).build();
                case 2 -> Conditions.builder().clientIds("app-" + i).build();
                case 3 -> Conditions.builder().ipRanges("192.168.0.0/16", "2001:db8::/32").build();
                case 4 -> Conditions.builder().groups("/group-" + i).roles("role-" + i).build();
                case 5 -> Conditions.builder().appVersion(VersionRange.of("9.0", null)).build();
                default -> Conditions.builder().percentage(0).capability("platformAuthenticator", true).build();
            };
            rules.add(Rule.deny("rule-" + i, when));
        }
        rules.add(Rule.allow("last", Conditions.builder().percentage(100).os(PlatformMatch.atLeast("Windows", "10")).build()));
        RuleSet ruleSet = new RuleSet(RuleSet.generateSalt(), Map.of(Feature.LOGIN, new FeatureRules(true, Effect.DENY, rules)), List.of());
        RolloutEvaluator evaluator = new RolloutEvaluator();
        List<RolloutRequest> requests = new ArrayList<>();
        for (String id : BucketsTest.userIds(31).subList(0, 1_000)) {
            requests.add(RolloutRequest.builder(id)
                    .environment(new Environment("Windows", "10", "Chrome", "126.0.6478.126", "desktop"))
                    .clientId("my-app").appVersion("5.4.1").ipAddress("10.1.2.3").groupPaths(Set.of("/staff"))
                    .roles(Set.of("offline_access")).capabilities(Map.of("platformAuthenticator", true)).build());
        }
        for (int i = 0; i < 50_000; i++) {
            evaluator.evaluate(ruleSet, Feature.LOGIN, requests.get(i % requests.size()));
        }
        long[] nanos = new long[20_000];
        for (int i = 0; i < nanos.length; i++) {
            RolloutRequest request = requests.get(i % requests.size());
            long start = System.nanoTime();
            RolloutResult result = evaluator.evaluate(ruleSet, Feature.LOGIN, request);
            nanos[i] = System.nanoTime() - start;
            assertEquals("rule:last", result.reason());
        }
        Arrays.sort(nanos);
        long p50 = nanos[nanos.length / 2];
        long p99 = nanos[nanos.length * 99 / 100];
        System.out.printf("rollout evaluation, 50 rules: p50 %.1f µs, p99 %.1f µs%n", p50 / 1000.0, p99 / 1000.0);
        assertTrue(p99 < 1_000_000, "p99 " + p99 + " ns");
    }
}
