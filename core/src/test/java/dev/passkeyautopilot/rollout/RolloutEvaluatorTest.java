package dev.passkeyautopilot.rollout;

import dev.passkeyautopilot.environment.Environment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RolloutEvaluator#evaluate}: one nested class per condition, each with a matching and a non-matching
 * request, then rule order, the default and the kill switch.
 */
class RolloutEvaluatorTest {

    static final Environment WINDOWS_CHROME = new Environment("Windows", "10", "Chrome", "126.0.6478.126", "desktop");
    static final Environment WINDOWS_7_CHROME = new Environment("Windows", "7", "Chrome", "109.0.0", "desktop");
    static final Environment MAC_SAFARI = new Environment("Mac OS X", "10.15.7", "Safari", "17.4.1", "desktop");
    static final Environment LINUX_CHROMIUM = new Environment("Linux", "Unknown", "Chromium", "124.0.0", "desktop");
    static final Environment IOS_SAFARI = new Environment("iOS", "17.4", "Mobile Safari", "17.4", "mobile");

    private final RolloutEvaluator evaluator = new RolloutEvaluator();

    /** A rule set whose append feature has the rule "only" with these conditions, allowing, and default deny. */
    static RuleSet onlyRule(Conditions when) {
        return ruleSet(Feature.APPEND, new FeatureRules(true, Effect.DENY, List.of(Rule.allow("only", when))));
    }

    static RuleSet ruleSet(Feature feature, FeatureRules rules) {
        Map<Feature, FeatureRules> features = new EnumMap<>(Feature.class);
        features.put(feature, rules);
        return new RuleSet("test-salt", features, List.of());
    }

    boolean matches(Conditions when, RolloutRequest request) {
        RolloutResult result = evaluator.evaluate(onlyRule(when), Feature.APPEND, request);
        if (result.allowed()) {
            assertEquals(new RolloutResult(true, Optional.of("only"), "rule:only"), result);
        } else {
            assertEquals(new RolloutResult(false, Optional.empty(), "default"), result);
        }
        return result.allowed();
    }

    static RolloutRequest.Builder user(String id) {
        return RolloutRequest.builder(id).environment(WINDOWS_CHROME);
    }

    @Nested
    @DisplayName("when: {} (no conditions)")
    class NoConditions {
        @Test
        @DisplayName("matches everyone, even an anonymous request with nothing known")
        void matchesEveryone() {
            assertTrue(matches(Conditions.ANY, user("u1").build()));
            assertTrue(matches(Conditions.ANY, new RolloutRequest(null, null, null, null, null, null, null, null)));
        }
    }

    @Nested
    @DisplayName("when.percentage")
    class Percentage {
        @Test
        @DisplayName("matches a user whose bucket is below percentage × 100")
        void inside() {
            String id = userWithBucketBelow(1_000);
            assertTrue(matches(Conditions.builder().percentage(10).build(), user(id).build()));
        }

        @Test
        @DisplayName("does not match a user whose bucket is at or above percentage × 100")
        void outside() {
            String id = userWithBucketAtLeast(1_000);
            assertFalse(matches(Conditions.builder().percentage(10).build(), user(id).build()));
        }

        @Test
        @DisplayName("0 matches nobody, 100 matches everybody")
        void bounds() {
            for (String id : BucketsTest.userIds(7).subList(0, 2_000)) {
                assertFalse(matches(Conditions.builder().percentage(0).build(), user(id).build()));
                assertTrue(matches(Conditions.builder().percentage(100).build(), user(id).build()));
            }
        }

        @Test
        @DisplayName("does not match a request without a user id")
        void noUser() {
            assertFalse(matches(Conditions.builder().percentage(100).build(), user(null).build()));
            assertFalse(matches(Conditions.builder().percentage(100).build(), user("").build()));
        }

        @Test
        @DisplayName("puts a user in the same place for every feature")
        void sameForEveryFeature() {
            Conditions tenPercent = Conditions.builder().percentage(10).build();
            Map<Feature, FeatureRules> features = new EnumMap<>(Feature.class);
            for (Feature feature : Feature.values()) {
                features.put(feature, new FeatureRules(true, Effect.DENY, List.of(Rule.allow("ten", tenPercent))));
            }
            RuleSet ruleSet = new RuleSet("test-salt", features, List.of());
            for (String id : BucketsTest.userIds(8).subList(0, 2_000)) {
                boolean login = evaluator.evaluate(ruleSet, Feature.LOGIN, user(id).build()).allowed();
                for (Feature feature : Feature.values()) {
                    assertEquals(login, evaluator.evaluate(ruleSet, feature, user(id).build()).allowed());
                }
            }
        }

        private String userWithBucketBelow(int limit) {
            return BucketsTest.userIds(9).stream().filter(id -> Buckets.bucket("test-salt", id) < limit).findFirst().orElseThrow();
        }

        private String userWithBucketAtLeast(int limit) {
            return BucketsTest.userIds(9).stream().filter(id -> Buckets.bucket("test-salt", id) >= limit).findFirst().orElseThrow();
        }
    }

    @Nested
    @DisplayName("when.os")
    class Os {
        final Conditions windows10OrMac = Conditions.builder()
                .os(PlatformMatch.atLeast("Windows", "10"), PlatformMatch.of("Mac OS X")).build();

        @Test
        @DisplayName("matches when any entry matches: family case-insensitively, version at least minVersion")
        void matching() {
            assertTrue(matches(windows10OrMac, user("u").environment(WINDOWS_CHROME).build()));
            assertTrue(matches(windows10OrMac, user("u").environment(MAC_SAFARI).build()));
            assertTrue(matches(Conditions.builder().os(PlatformMatch.of("mac os x")).build(), user("u").environment(MAC_SAFARI).build()));
            assertTrue(matches(Conditions.builder().os(PlatformMatch.atLeast("Mac OS X", "10.15")).build(),
                    user("u").environment(MAC_SAFARI).build()));
        }

        @Test
        @DisplayName("does not match another family, a lower version, or an unknown version with a minVersion")
        void notMatching() {
            assertFalse(matches(windows10OrMac, user("u").environment(WINDOWS_7_CHROME).build()));
            assertFalse(matches(windows10OrMac, user("u").environment(LINUX_CHROMIUM).build()));
            assertFalse(matches(Conditions.builder().os(PlatformMatch.atLeast("Linux", "5")).build(),
                    user("u").environment(LINUX_CHROMIUM).build()));
            assertTrue(matches(Conditions.builder().os(PlatformMatch.of("Linux")).build(),
                    user("u").environment(LINUX_CHROMIUM).build()), "no version bound: unknown version is fine");
        }

        @Test
        @DisplayName("maxVersion bounds from above, inclusively")
        void maxVersion() {
            Conditions upToWindows10 = Conditions.builder()
                    .os(new PlatformMatch("Windows", VersionRange.of(null, "10"))).build();
            assertTrue(matches(upToWindows10, user("u").environment(WINDOWS_CHROME).build()));
            assertTrue(matches(upToWindows10, user("u").environment(WINDOWS_7_CHROME).build()));
            assertFalse(matches(upToWindows10, user("u").environment(new Environment("Windows", "11", "Chrome", "1", "desktop")).build()));
        }
    }

    @Nested
    @DisplayName("when.browser")
    class Browser {
        final Conditions chrome120 = Conditions.builder().browser(PlatformMatch.atLeast("Chrome", "120")).build();

        @Test
        @DisplayName("matches the family from minVersion on")
        void matching() {
            assertTrue(matches(chrome120, user("u").environment(WINDOWS_CHROME).build()));
            assertTrue(matches(Conditions.builder().browser(PlatformMatch.of("Mobile Safari")).build(),
                    user("u").environment(IOS_SAFARI).build()));
        }

        @Test
        @DisplayName("does not match a lower version or another family (Chromium is not Chrome)")
        void notMatching() {
            assertFalse(matches(chrome120, user("u").environment(WINDOWS_7_CHROME).build()));
            assertFalse(matches(chrome120, user("u").environment(LINUX_CHROMIUM).build()));
            assertFalse(matches(Conditions.builder().browser(PlatformMatch.of("Safari")).build(),
                    user("u").environment(IOS_SAFARI).build()));
        }
    }

    @Nested
    @DisplayName("when.clientIds")
    class ClientIds {
        final Conditions apps = Conditions.builder().clientIds("my-app", "account-console").build();

        @Test
        @DisplayName("matches any listed client id")
        void matching() {
            assertTrue(matches(apps, user("u").clientId("account-console").build()));
        }

        @Test
        @DisplayName("does not match another client (case-sensitive) or a request without one")
        void notMatching() {
            assertFalse(matches(apps, user("u").clientId("other").build()));
            assertFalse(matches(apps, user("u").clientId("My-App").build()));
            assertFalse(matches(apps, user("u").build()));
        }
    }

    @Nested
    @DisplayName("when.appVersion")
    class AppVersion {
        final Conditions fiveTwoToSix = Conditions.builder().appVersion(VersionRange.of("5.2.0", "6.0.0")).build();

        @Test
        @DisplayName("matches an app version within min and max, both inclusive")
        void matching() {
            assertTrue(matches(fiveTwoToSix, user("u").appVersion("5.2.0").build()));
            assertTrue(matches(fiveTwoToSix, user("u").appVersion("5.12").build()));
            assertTrue(matches(fiveTwoToSix, user("u").appVersion("6.0.0").build()));
            assertTrue(matches(Conditions.builder().appVersion(VersionRange.of("5", null)).build(), user("u").appVersion("7.1").build()));
        }

        @Test
        @DisplayName("does not match a version outside, an unreadable one, or none")
        void notMatching() {
            assertFalse(matches(fiveTwoToSix, user("u").appVersion("5.1.9").build()));
            assertFalse(matches(fiveTwoToSix, user("u").appVersion("6.0.1").build()));
            assertFalse(matches(fiveTwoToSix, user("u").appVersion("beta").build()));
            assertFalse(matches(fiveTwoToSix, user("u").build()));
        }
    }

    @Nested
    @DisplayName("when.groups")
    class Groups {
        final Conditions staffOrPilot = Conditions.builder().groups("/staff", "/pilot").build();

        @Test
        @DisplayName("matches a user in any listed group")
        void matching() {
            assertTrue(matches(staffOrPilot, user("u").groupPaths(Set.of("/sales", "/pilot")).build()));
        }

        @Test
        @DisplayName("does not match a user in none of them (paths compare exactly)")
        void notMatching() {
            assertFalse(matches(staffOrPilot, user("u").groupPaths(Set.of("/sales", "/staff/berlin")).build()));
            assertFalse(matches(staffOrPilot, user("u").build()));
        }
    }

    @Nested
    @DisplayName("when.roles")
    class Roles {
        final Conditions pilots = Conditions.builder().roles("passkey-pilot", "my-app/beta").build();

        @Test
        @DisplayName("matches a user with any listed realm or client role")
        void matching() {
            assertTrue(matches(pilots, user("u").roles(Set.of("offline_access", "passkey-pilot")).build()));
            assertTrue(matches(pilots, user("u").roles(Set.of("my-app/beta")).build()));
        }

        @Test
        @DisplayName("does not match a user with none of them")
        void notMatching() {
            assertFalse(matches(pilots, user("u").roles(Set.of("beta", "other-app/beta")).build()));
            assertFalse(matches(pilots, user("u").build()));
        }
    }

    @Nested
    @DisplayName("when.ipRanges")
    class IpRanges {
        final Conditions office = Conditions.builder().ipRanges("10.0.0.0/8", "2001:db8::/32").build();

        @Test
        @DisplayName("matches an IPv4 or IPv6 address in any range")
        void matching() {
            assertTrue(matches(office, user("u").ipAddress("10.20.30.40").build()));
            assertTrue(matches(office, user("u").ipAddress("2001:db8:1::5").build()));
            assertTrue(matches(office, user("u").ipAddress("::ffff:10.0.0.1").build()));
        }

        @Test
        @DisplayName("does not match an address outside, a host name, or no address")
        void notMatching() {
            assertFalse(matches(office, user("u").ipAddress("192.0.2.1").build()));
            assertFalse(matches(office, user("u").ipAddress("2001:db9::1").build()));
            assertFalse(matches(office, user("u").ipAddress("intranet.example").build()));
            assertFalse(matches(office, user("u").build()));
        }
    }

    @Nested
    @DisplayName("when.capabilities")
    class Capabilities {
        final Conditions platformAndConditional = Conditions.builder()
                .capability("platformAuthenticator", true).capability("conditionalGet", true).build();

        @Test
        @DisplayName("matches when every named capability was reported with the required value")
        void matching() {
            assertTrue(matches(platformAndConditional, user("u")
                    .capabilities(Map.of("platformAuthenticator", true, "conditionalGet", true, "hybridTransport", false)).build()));
            assertTrue(matches(Conditions.builder().capability("hybridTransport", false).build(),
                    user("u").capabilities(Map.of("hybridTransport", false)).build()));
        }

        @Test
        @DisplayName("does not match a capability reported otherwise, or not reported at all")
        void notMatching() {
            assertFalse(matches(platformAndConditional, user("u")
                    .capabilities(Map.of("platformAuthenticator", true, "conditionalGet", false)).build()));
            assertFalse(matches(platformAndConditional, user("u").capabilities(Map.of("platformAuthenticator", true)).build()));
            assertFalse(matches(Conditions.builder().capability("hybridTransport", false).build(), user("u").build()));
        }
    }

    @Nested
    @DisplayName("Several conditions in one rule")
    class AllMustMatch {
        final Conditions linuxChromium = Conditions.builder()
                .os(PlatformMatch.of("Linux")).browser(PlatformMatch.of("Chromium")).build();

        @Test
        @DisplayName("match only when every one of them matches")
        void allMustMatch() {
            assertTrue(matches(linuxChromium, user("u").environment(LINUX_CHROMIUM).build()));
            assertFalse(matches(linuxChromium, user("u").environment(new Environment("Linux", "Unknown", "Firefox", "125", "desktop")).build()));
            assertFalse(matches(linuxChromium, user("u").environment(WINDOWS_CHROME).build()));
        }
    }

    @Nested
    @DisplayName("Rule order, default and kill switch")
    class Evaluation {
        final FeatureRules rules = new FeatureRules(true, Effect.ALLOW, List.of(
                Rule.deny("linux-chromium-off", Conditions.builder().os(PlatformMatch.of("Linux")).browser(PlatformMatch.of("Chromium")).build()),
                Rule.allow("staff-always", Conditions.builder().groups("/staff").build()),
                Rule.deny("no-old-windows", Conditions.builder().os(new PlatformMatch("Windows", VersionRange.of(null, "8.1"))).build())));

        @Test
        @DisplayName("The first matching rule decides, even when a later rule would decide otherwise")
        void firstMatchWins() {
            RuleSet ruleSet = ruleSet(Feature.LOGIN, rules);
            RolloutResult result = evaluator.evaluate(ruleSet, Feature.LOGIN,
                    user("u").environment(LINUX_CHROMIUM).groupPaths(Set.of("/staff")).build());
            assertEquals(new RolloutResult(false, Optional.of("linux-chromium-off"), "rule:linux-chromium-off"), result);
            result = evaluator.evaluate(ruleSet, Feature.LOGIN, user("u").environment(WINDOWS_7_CHROME).groupPaths(Set.of("/staff")).build());
            assertEquals(new RolloutResult(true, Optional.of("staff-always"), "rule:staff-always"), result);
            result = evaluator.evaluate(ruleSet, Feature.LOGIN, user("u").environment(WINDOWS_7_CHROME).build());
            assertEquals(new RolloutResult(false, Optional.of("no-old-windows"), "rule:no-old-windows"), result);
        }

        @Test
        @DisplayName("When no rule matches, the feature's default decides")
        void defaultDecides() {
            assertEquals(new RolloutResult(true, Optional.empty(), "default"),
                    evaluator.evaluate(ruleSet(Feature.LOGIN, rules), Feature.LOGIN, user("u").environment(MAC_SAFARI).build()));
            FeatureRules denyByDefault = new FeatureRules(true, Effect.DENY, rules.rules());
            assertEquals(new RolloutResult(false, Optional.empty(), "default"),
                    evaluator.evaluate(ruleSet(Feature.LOGIN, denyByDefault), Feature.LOGIN, user("u").environment(MAC_SAFARI).build()));
        }

        @Test
        @DisplayName("The kill switch turns the feature off for everyone, whatever the rules and default")
        void killSwitch() {
            RuleSet killed = ruleSet(Feature.LOGIN, new FeatureRules(false, Effect.ALLOW,
                    List.of(Rule.allow("everyone", Conditions.ANY))));
            for (Environment environment : List.of(WINDOWS_CHROME, MAC_SAFARI, LINUX_CHROMIUM)) {
                assertEquals(new RolloutResult(false, Optional.empty(), "kill_switch"),
                        evaluator.evaluate(killed, Feature.LOGIN, user("u").environment(environment).build()));
            }
            assertTrue(evaluator.evaluate(killed, Feature.APPEND, user("u").build()).allowed(), "other features stay on");
        }

        @Test
        @DisplayName("An empty rule set changes nothing: every feature is allowed by default")
        void emptyRuleSet() {
            for (Feature feature : Feature.values()) {
                assertEquals(new RolloutResult(true, Optional.empty(), "default"),
                        evaluator.evaluate(RuleSet.EMPTY, feature, user("u").build()));
            }
        }

        @Test
        @DisplayName("Staged rollout: 1 % → 10 % → 50 % → 100 % only ever adds users")
        void stagedRollout() {
            List<String> ids = BucketsTest.userIds(11).subList(0, 20_000);
            boolean[] previous = new boolean[ids.size()];
            int previousCount = 0;
            for (double percentage : new double[] {1, 10, 50, 100}) {
                RuleSet ruleSet = ruleSet(Feature.APPEND, new FeatureRules(true, Effect.DENY,
                        List.of(Rule.allow("rollout", Conditions.builder().percentage(percentage).build()))));
                int count = 0;
                for (int i = 0; i < ids.size(); i++) {
                    boolean allowed = evaluator.evaluate(ruleSet, Feature.APPEND, user(ids.get(i)).build()).allowed();
                    assertTrue(allowed || !previous[i], "user left at " + percentage + " %");
                    previous[i] = allowed;
                    count += allowed ? 1 : 0;
                }
                assertTrue(Math.abs(count - ids.size() * percentage / 100) <= ids.size() * 0.01, percentage + " %: " + count);
                assertTrue(count >= previousCount);
                previousCount = count;
            }
            assertEquals(ids.size(), previousCount);
        }
    }
}
