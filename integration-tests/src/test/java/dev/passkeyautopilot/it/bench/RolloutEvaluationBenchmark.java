package dev.passkeyautopilot.it.bench;

import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.rollout.Feature;
import dev.passkeyautopilot.rollout.RolloutEvaluator;
import dev.passkeyautopilot.rollout.RolloutRequest;
import dev.passkeyautopilot.rollout.RuleSet;
import dev.passkeyautopilot.rollout.RuleSetJson;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Time to evaluate one feature against a rule set of 50 rules that mostly do not match (the worst case:
 * every rule is tried), per call, in this JVM. Prints figures; the target is p99 under 50 us.
 */
class RolloutEvaluationBenchmark {

    private static final int RULES = 50;
    private static final int WARMUP = 200_000;
    private static final int MEASURED = 200_000;

    @Test
    void evaluationTimeWithFiftyRules() {
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < RULES - 1; i++) {
            rules.append("{\"name\":\"rule-").append(i).append("\",\"effect\":\"deny\",\"when\":{")
                    .append("\"os\":[{\"family\":\"Windows\",\"minVersion\":\"").append(10 + i % 3).append("\"}],")
                    .append("\"browser\":[{\"family\":\"Firefox\",\"minVersion\":\"").append(100 + i).append("\"}],")
                    .append("\"ipRanges\":[\"10.").append(i).append(".0.0/16\",\"2001:db8:").append(i).append("::/48\"],")
                    .append("\"groups\":[\"/pilot-").append(i).append("\"],")
                    .append("\"percentage\":").append(i % 100).append("}},");
        }
        rules.append("{\"name\":\"everyone\",\"effect\":\"allow\",\"when\":{\"percentage\":100}}");
        RuleSet ruleSet = new RuleSetJson().parse("{\"salt\":\"bench-salt\",\"features\":{\"login\":{\"default\":\"deny\",\"rules\":["
                + rules + "]}}}");
        RolloutEvaluator evaluator = new RolloutEvaluator();
        Environment chromeOnMac = new Environment("Mac OS X", "14.5", "Chrome", "126.0.0", "desktop");
        RolloutRequest[] requests = new RolloutRequest[1024];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = new RolloutRequest(UUID.randomUUID().toString(), chromeOnMac, "account-console", null,
                    Set.of("/staff"), Set.of("offline_access"), "192.168.1." + (i % 250), Map.of("platformAuthenticator", true));
        }
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += evaluator.evaluate(ruleSet, Feature.LOGIN, requests[i & 1023]).allowed() ? 1 : 0;
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            sink += evaluator.evaluate(ruleSet, Feature.LOGIN, requests[i & 1023]).allowed() ? 1 : 0;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%n=== Rollout evaluation, %d rules (49 not matching, then a 100 %% rule) ===%n", RULES);
        System.out.printf("evaluations: %,d (after %,d warm-up), allowed: %,d%n", MEASURED, WARMUP, sink);
        System.out.printf("p50: %.2f us, p99: %.2f us, p99.9: %.2f us, max: %.2f us (target: p99 < 50 us)%n%n",
                nanos[MEASURED / 2] / 1000.0, nanos[(int) (MEASURED * 0.99)] / 1000.0, nanos[(int) (MEASURED * 0.999)] / 1000.0,
                nanos[MEASURED - 1] / 1000.0);
    }
}
