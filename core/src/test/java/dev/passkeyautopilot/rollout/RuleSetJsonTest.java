package dev.passkeyautopilot.rollout;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class RuleSetJsonTest {

    /** The example of docs/rollout.md, with every condition type. */
    static final String EXAMPLE = """
            {
              "salt": "k3J9xQ2v7LmN4pR8sT1wYa",
              "features": {
                "login": {
                  "enabled": true,
                  "default": "allow",
                  "rules": [
                    { "name": "linux-chromium-off", "effect": "deny",
                      "when": { "os": [{"family": "Linux"}], "browser": [{"family": "Chromium"}] } },
                    { "name": "old-windows-off", "effect": "deny",
                      "when": { "os": [{"family": "Windows", "maxVersion": "8.1"}] } }
                  ]
                },
                "append": {
                  "enabled": true,
                  "default": "deny",
                  "rules": [
                    { "name": "pilot", "effect": "allow", "when": { "groups": ["/staff", "/pilot"], "roles": ["passkey-pilot", "my-app/beta"] } },
                    { "name": "office", "effect": "allow", "when": { "ipRanges": ["10.0.0.0/8", "2001:db8::/32"] } },
                    { "name": "native-app", "effect": "allow",
                      "when": { "clientIds": ["my-app"], "appVersion": {"min": "5.2.0", "max": "6.0.0"} } },
                    { "name": "modern", "effect": "allow",
                      "when": { "percentage": 0.5,
                                "os": [{"family": "Windows", "minVersion": "10"}, {"family": "Mac OS X"}],
                                "browser": [{"family": "Chrome", "minVersion": "120"}],
                                "capabilities": {"platformAuthenticator": true, "conditionalGet": true, "hybridTransport": false} } },
                    { "name": "everyone-else", "effect": "allow", "when": { "percentage": 10 } },
                    { "name": "catch-all", "effect": "deny" }
                  ]
                },
                "second-factor": { "enabled": false, "default": "allow", "rules": [] },
                "passkey-list": { "enabled": true, "default": "allow", "rules": [] }
              },
              "experiments": [
                { "name": "append-copy-2026", "feature": "append", "kind": "copy", "arms": [ {"name": "A", "weight": 50}, {"name": "B", "weight": 50} ] },
                { "name": "append-timing", "feature": "append", "kind": "timing", "arms": [ {"name": "first", "weight": 1}, {"name": "second", "weight": 1.5} ] }
              ]
            }
            """;

    private final RuleSetJson json = new RuleSetJson();

    @Nested
    @DisplayName("Reading")
    class Reading {
        @Test
        @DisplayName("The example parses into the rules and experiments it says")
        void example() {
            RuleSet ruleSet = json.parse(EXAMPLE);
            assertEquals("k3J9xQ2v7LmN4pR8sT1wYa", ruleSet.salt());
            FeatureRules append = ruleSet.feature(Feature.APPEND);
            assertEquals(Effect.DENY, append.defaultEffect());
            assertEquals(6, append.rules().size());
            Conditions modern = append.rules().get(3).when();
            assertEquals(0.5, modern.percentage().getAsDouble());
            assertEquals(List.of(PlatformMatch.atLeast("Windows", "10"), PlatformMatch.of("Mac OS X")), modern.os());
            assertEquals(Boolean.FALSE, modern.capabilities().get("hybridTransport"));
            assertEquals(Conditions.ANY, append.rules().get(5).when());
            assertFalse(ruleSet.feature(Feature.SECOND_FACTOR).enabled());
            assertEquals(2, ruleSet.experiments().size());
            assertEquals(1.5, ruleSet.experiments().get(1).arms().get(1).weight());
        }

        @Test
        @DisplayName("Missing features are enabled, allow, no rules; {} is the empty rule set")
        void defaults() {
            RuleSet ruleSet = json.parse("{}");
            assertEquals(RuleSet.EMPTY, ruleSet);
            for (Feature feature : Feature.values()) {
                assertEquals(FeatureRules.DEFAULT, ruleSet.feature(feature));
            }
            assertEquals(FeatureRules.DEFAULT, json.parse("{\"features\": {\"login\": {}}}").feature(Feature.LOGIN));
            assertEquals(Conditions.ANY, json.parse("{\"features\": {\"login\": {\"rules\": [{\"name\": \"a\", \"effect\": \"deny\", \"when\": {}}]}}}")
                    .feature(Feature.LOGIN).rules().get(0).when());
        }
    }

    @Nested
    @DisplayName("Round trip")
    class RoundTrip {
        @Test
        @DisplayName("parse → write → parse gives an equal rule set, and writing again the same text")
        void roundTrip() {
            RuleSet parsed = json.parse(EXAMPLE);
            String written = json.write(parsed);
            RuleSet reparsed = json.parse(written);
            assertEquals(parsed, reparsed);
            assertEquals(written, json.write(reparsed));
            assertTrue(written.contains("\"percentage\" : 0.5"), written);
            assertTrue(written.contains("\"weight\" : 50"), written);
        }

        @Test
        @DisplayName("The empty rule set writes all four features explicitly and no salt")
        void empty() {
            String written = json.write(RuleSet.EMPTY);
            assertFalse(written.contains("salt"));
            for (Feature feature : Feature.values()) {
                assertTrue(written.contains("\"" + feature.key() + "\""), written);
            }
            assertEquals(RuleSet.EMPTY, json.parse(written));
        }

        @Test
        @DisplayName("A generated salt survives the round trip")
        void generatedSalt() {
            RuleSet salted = RuleSet.EMPTY.withSalt(RuleSet.generateSalt());
            assertEquals(22, salted.salt().length());
            assertEquals(salted, json.parse(json.write(salted)));
        }
    }

    @Nested
    @DisplayName("Invalid rule sets are refused with the field named")
    class Refused {

        @Test
        @DisplayName("Unknown top-level key")
        void unknownTopLevelKey() {
            refused("{\"salt\": \"abc\", \"rules\": []}", "rules", "is not a known key; known: salt, features, experiments");
        }

        @Test
        @DisplayName("Unknown feature")
        void unknownFeature() {
            refused("{\"features\": {\"logon\": {}}}", "features.logon",
                    "is not a known feature; known: login, append, second-factor, passkey-list");
        }

        @Test
        @DisplayName("Unknown key in a feature, a rule, an os entry, an experiment, an arm")
        void unknownNestedKeys() {
            refused("{\"features\": {\"login\": {\"enable\": false}}}", "features.login.enable",
                    "is not a known feature setting; known: enabled, default, rules");
            refused(rules("{\"name\": \"a\", \"effect\": \"deny\", \"if\": {}}"), "features.append.rules[0].if",
                    "is not a known rule key; known: name, effect, when");
            refused(rules(rule("a", "{\"os\": [{\"family\": \"Windows\", \"min\": \"10\"}]}")), "features.append.rules[0].when.os[0].min",
                    "is not a known key; known: family, minVersion, maxVersion");
            refused(experiments("{\"name\": \"x\", \"feature\": \"append\", \"kind\": \"copy\", \"arms\": [], \"start\": 1}"),
                    "experiments[0].start", "is not a known experiment key; known: name, feature, kind, arms");
        }

        @Test
        @DisplayName("Unknown condition key")
        void unknownConditionKey() {
            refused(rules(rule("ok", "{}"), rule("a", "{}"), rule("b", "{\"platform\": \"Linux\"}")), "features.append.rules[2].when.platform",
                    "is not a known condition; known: percentage, os, browser, clientIds, appVersion, groups, roles, ipRanges, capabilities");
        }

        @Test
        @DisplayName("Unknown capability, and a capability that is not true or false")
        void unknownCapability() {
            refused(rules(rule("a", "{\"capabilities\": {\"faceId\": true}}")), "features.append.rules[0].when.capabilities.faceId",
                    "is not a known capability; known: webauthn, platformAuthenticator, conditionalGet, hybridTransport");
            refused(rules(rule("a", "{\"capabilities\": {\"conditionalGet\": \"yes\"}}")),
                    "features.append.rules[0].when.capabilities.conditionalGet", "must be true or false, was the string \"yes\"");
        }

        @Test
        @DisplayName("Wrong types, including null")
        void wrongTypes() {
            refused(rules(rule("a", "{\"percentage\": \"10\"}")), "features.append.rules[0].when.percentage",
                    "must be a number, was the string \"10\"");
            refused("{\"features\": {\"login\": {\"enabled\": \"false\"}}}", "features.login.enabled",
                    "must be true or false, was the string \"false\"");
            refused("{\"features\": {\"login\": {\"rules\": {}}}}", "features.login.rules", "must be a JSON array, was an object");
            refused("{\"features\": []}", "features", "must be a JSON object, was an array");
            refused("{\"salt\": null}", "salt", "must be a string, was null");
            refused(rules(rule("a", "{\"clientIds\": \"my-app\"}")), "features.append.rules[0].when.clientIds",
                    "must be a JSON array, was the string \"my-app\"");
            refused(rules(rule("a", "{\"groups\": [\"/a\", 7]}")), "features.append.rules[0].when.groups[1]",
                    "must be a string, was the number 7");
            refused(rules(rule("a", "{\"os\": [{\"family\": \"Windows\", \"minVersion\": 10}]}")),
                    "features.append.rules[0].when.os[0].minVersion", "must be a version in quotes, e.g. \"10\", was a number");
            refused(rules("\"a\""), "features.append.rules[0]", "must be a JSON object, was the string \"a\"");
            refused("[]", "$", "must be a JSON object, was an array");
            refused(rules("{\"name\": \"a\", \"effect\": \"block\"}"), "features.append.rules[0].effect",
                    "must be allow or deny, was \"block\"");
            refused("{\"features\": {\"login\": {\"default\": \"Allow\"}}}", "features.login.default",
                    "must be allow or deny, was \"Allow\"");
        }

        @Test
        @DisplayName("Missing required keys")
        void missing() {
            refused(rules("{\"effect\": \"deny\"}"), "features.append.rules[0].name", "is required");
            refused(rules("{\"name\": \"a\"}"), "features.append.rules[0].effect", "is required");
            refused(experiments("{\"name\": \"x\", \"kind\": \"copy\", \"arms\": []}"), "experiments[0].feature", "is required");
            refused(rules(rule("a", "{\"os\": [{\"minVersion\": \"10\"}]}")), "features.append.rules[0].when.os[0].family", "is required");
        }

        @Test
        @DisplayName("Percentage out of range")
        void percentageOutOfRange() {
            refused(rules(rule("ok", "{}"), rule("b", "{}"), rule("c", "{\"percentage\": 150}")), "features.append.rules[2].when.percentage",
                    "must be between 0 and 100, was 150");
            refused(rules(rule("a", "{\"percentage\": -0.5}")), "features.append.rules[0].when.percentage",
                    "must be between 0 and 100, was -0.5");
            refused(rules(rule("a", "{\"percentage\": 1e400}")), "features.append.rules[0].when.percentage",
                    "must be a finite number, was Infinity");
        }

        @Test
        @DisplayName("Bad CIDR")
        void badCidr() {
            refused(rules(rule("a", "{\"ipRanges\": [\"10.0.0.0/8\", \"10.0.0.0/33\"]}")), "features.append.rules[0].when.ipRanges[1]",
                    "must have a prefix length from 0 to 32 for an IPv4 range, was \"10.0.0.0/33\"");
            refused(rules(rule("a", "{\"ipRanges\": [\"intranet.example/24\"]}")), "features.append.rules[0].when.ipRanges[0]",
                    "must be an IP range such as 10.0.0.0/8 or 2001:db8::/32 (a literal address, not a host name), was \"intranet.example/24\"");
            refused(rules(rule("a", "{\"ipRanges\": [\"192.168.1.0/16\"]}")), "features.append.rules[0].when.ipRanges[0]",
                    "has address bits set beyond the /16 prefix: was \"192.168.1.0/16\", did you mean 192.168.0.0/16?");
        }

        @Test
        @DisplayName("Bad version, and a maximum below the minimum")
        void badVersion() {
            refused(rules(rule("a", "{\"browser\": [{\"family\": \"Chrome\", \"minVersion\": \"120.x\"}]}")),
                    "features.append.rules[0].when.browser[0].minVersion",
                    "must be a version such as 10 or 10.15.7 (up to 8 numbers of up to 9 digits, separated by dots), was \"120.x\"");
            refused(rules(rule("a", "{\"appVersion\": {\"min\": \"6\", \"max\": \"5.9\"}}")), "features.append.rules[0].when.appVersion.max",
                    "must not be below the minimum version 6, was 5.9");
            refused(rules(rule("a", "{\"appVersion\": {}}")), "features.append.rules[0].when.appVersion",
                    "must have a min, a max or both, e.g. {\"min\": \"5.2.0\"}");
        }

        @Test
        @DisplayName("Empty rule name, and a name with characters outside [A-Za-z0-9._-]")
        void emptyRuleName() {
            refused(rules(rule("", "{}")), "features.append.rules[0].name",
                    "must not be empty (1 to 64 characters: letters, digits, '.', '_', '-')");
            refused(rules(rule("linux chromium", "{}")), "features.append.rules[0].name",
                    "must be 1 to 64 characters: letters, digits, '.', '_', '-', was \"linux chromium\"");
        }

        @Test
        @DisplayName("Duplicate rule names within a feature (the same name in two features is fine)")
        void duplicateRuleNames() {
            refused(rules(rule("a", "{}"), rule("b", "{}"), rule("a", "{}")), "features.append.rules[2].name",
                    "must be unique within the feature, but \"a\" names an earlier rule too");
            json.parse("{\"features\": {\"login\": {\"rules\": [" + rule("a", "{}") + "]}, \"append\": {\"rules\": [" + rule("a", "{}") + "]}}}");
        }

        @Test
        @DisplayName("Empty condition lists and objects")
        void emptyConditions() {
            refused(rules(rule("a", "{\"clientIds\": []}")), "features.append.rules[0].when.clientIds",
                    "must have at least one entry; leave the condition out to match everyone");
            refused(rules(rule("a", "{\"capabilities\": {}}")), "features.append.rules[0].when.capabilities",
                    "must have at least one capability; leave the condition out to match everyone");
            refused(rules(rule("a", "{\"groups\": [\"staff\"]}")), "features.append.rules[0].when.groups[0]",
                    "must be a group path starting with '/', e.g. /staff, was \"staff\"");
            refused(rules(rule("a", "{\"roles\": [\"\"]}")), "features.append.rules[0].when.roles[0]", "must not be empty");
        }

        @Test
        @DisplayName("Duplicate experiment names")
        void duplicateExperimentNames() {
            refused(experiments(experiment("x", "append", "copy", 1, 1), experiment("x", "login", "copy", 1, 1)), "experiments[1].name",
                    "must be unique, but \"x\" names an earlier experiment too");
        }

        @Test
        @DisplayName("Experiment with fewer than 2 arms")
        void tooFewArms() {
            refused(experiments("{\"name\": \"x\", \"feature\": \"append\", \"kind\": \"copy\", \"arms\": [{\"name\": \"A\", \"weight\": 1}]}"),
                    "experiments[0].arms", "must have at least 2 arms, had 1");
        }

        @Test
        @DisplayName("Non-positive weights")
        void nonPositiveWeights() {
            refused(experiments(experiment("x", "append", "copy", 1, 0)), "experiments[0].arms[1].weight",
                    "must be above 0 and at most 1000000, was 0");
            refused(experiments(experiment("x", "append", "copy", -5, 1)), "experiments[0].arms[0].weight",
                    "must be above 0 and at most 1000000, was -5");
        }

        @Test
        @DisplayName("Unknown feature or kind in an experiment")
        void unknownExperimentFeature() {
            refused(experiments(experiment("x", "register", "copy", 1, 1)), "experiments[0].feature",
                    "is not a known feature; known: login, append, second-factor, passkey-list, was \"register\"");
            refused(experiments(experiment("x", "append", "colour", 1, 1)), "experiments[0].kind",
                    "must be copy, timing or upgrade, was \"colour\"");
        }

        @Test
        @DisplayName("Timing experiments: only for append, arms first and second; one experiment per feature and kind")
        void timingAndKinds() {
            refused(experiments(experiment("x", "login", "timing", 1, 1)), "experiments[0].kind",
                    "timing experiments are only for the append feature, was for login");
            refused(experiments("{\"name\": \"t\", \"feature\": \"append\", \"kind\": \"timing\", \"arms\": "
                    + "[{\"name\": \"first\", \"weight\": 1}, {\"name\": \"third\", \"weight\": 1}]}"), "experiments[0].arms[1].name",
                    "must be first or second in a timing experiment, was \"third\"");
            refused(experiments(experiment("x", "login", "upgrade", 1, 1)), "experiments[0].kind",
                    "upgrade experiments are only for the append feature, was for login");
            refused(experiments("{\"name\": \"u\", \"feature\": \"append\", \"kind\": \"upgrade\", \"arms\": "
                    + "[{\"name\": \"automatic\", \"weight\": 1}, {\"name\": \"silent\", \"weight\": 1}]}"), "experiments[0].arms[1].name",
                    "must be automatic or offer in an upgrade experiment, was \"silent\"");
            refused(experiments(experiment("x", "append", "copy", 1, 1), experiment("y", "append", "copy", 1, 1)), "experiments[1].kind",
                    "the append feature already has a copy experiment (\"x\"); only one experiment per feature and kind can run at a time");
            refused(experiments("{\"name\": \"x\", \"feature\": \"append\", \"kind\": \"copy\", \"arms\": "
                    + "[{\"name\": \"A\", \"weight\": 1}, {\"name\": \"A\", \"weight\": 1}]}"), "experiments[0].arms[1].name",
                    "must be unique within the experiment, but \"A\" names an earlier arm too");
        }

        @Test
        @DisplayName("Bad salt")
        void badSalt() {
            refused("{\"salt\": \"a b\"}", "salt",
                    "must be up to 128 characters of base64 or base64url (letters, digits, '+', '/', '=', '_', '-', '.', '~'), was \"a b\"");
        }

        @Test
        @DisplayName("JSON over 256 KiB")
        void tooLarge() {
            String padding = " ".repeat(RuleSetJson.MAX_BYTES);
            refused("{}" + padding, "$", "must be at most 262144 bytes (256 KiB), was 262146");
            String multibyte = "{\"salt\": \"" + "é".repeat(RuleSetJson.MAX_BYTES / 2) + "\"}";
            assertTrue(multibyte.length() < RuleSetJson.MAX_BYTES);
            RuleSetValidationException e = assertThrows(RuleSetValidationException.class, () -> json.parse(multibyte));
            assertEquals("$", e.field());
            assertTrue(e.problem().startsWith("must be at most 262144 bytes"), e.problem());
        }

        @Test
        @DisplayName("Malformed JSON, trailing content, duplicate keys, empty or missing document")
        void malformed() {
            RuleSetValidationException e = assertThrows(RuleSetValidationException.class, () -> json.parse("{\"features\": {"));
            assertEquals("$", e.field());
            assertTrue(e.problem().startsWith("is not valid JSON: "), e.problem());
            assertEquals("is not valid JSON: Unexpected end-of-input: expected close marker for Object (line 1, column 15)", e.problem());
            e = assertThrows(RuleSetValidationException.class, () -> json.parse("{} {}"));
            assertEquals("is not valid JSON: has more content after the end of the document (line 1, column 4)", e.problem());
            e = assertThrows(RuleSetValidationException.class, () -> json.parse("{\"salt\": \"a\", \"salt\": \"b\"}"));
            assertTrue(e.problem().contains("Duplicate field 'salt'"), e.problem());
            refused("", "$", "must be a JSON object, was empty");
            refused("   ", "$", "must be a JSON object, was empty");
            refused(null, "$", "must be a JSON object, was nothing");
            refused("null", "$", "must be a JSON object, was null");
            assertEquals("$ must be a JSON object, was nothing",
                    assertThrows(RuleSetValidationException.class, () -> json.parse(null)).getMessage());
        }

        @Test
        @DisplayName("Deeply nested JSON is refused as a document error, not a stack overflow")
        void deeplyNested() {
            RuleSetValidationException e = assertThrows(RuleSetValidationException.class,
                    () -> json.parse("{\"features\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
            assertEquals("$", e.field());
            assertTrue(e.problem().startsWith("is not valid JSON: "), e.problem());
        }

        @Test
        @DisplayName("Random corruptions of a valid document give a validation error or a rule set, never another exception")
        void corruptions() {
            Random random = new Random(42);
            String alphabet = "{}[]\":,0123456789.-/ abcdefnrtul\\e";
            for (int i = 0; i < 5_000; i++) {
                StringBuilder text = new StringBuilder(EXAMPLE);
                for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                    int at = random.nextInt(text.length());
                    switch (random.nextInt(3)) {
                        case 0 -> text.deleteCharAt(at);
                        case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                try {
                    json.parse(text.toString());
                } catch (RuleSetValidationException expected) {
                    assertFalse(expected.field().isEmpty());
                    assertFalse(expected.problem().isEmpty());
                } catch (RuntimeException unexpected) {
                    fail("unexpected " + unexpected + " for " + text, unexpected);
                }
            }
        }
    }

    void refused(String document, String field, String problem) {
        RuleSetValidationException e = assertThrows(RuleSetValidationException.class, () -> json.parse(document));
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(problem, e.problem());
        assertEquals(field + " " + problem, e.getMessage());
    }

    static String rules(String... rules) {
        return "{\"features\": {\"append\": {\"rules\": [" + String.join(", ", rules) + "]}}}";
    }

    static String rule(String name, String when) {
        return "{\"name\": \"" + name + "\", \"effect\": \"allow\", \"when\": " + when + "}";
    }

    static String experiments(String... experiments) {
        return "{\"experiments\": [" + String.join(", ", experiments) + "]}";
    }

    static String experiment(String name, String feature, String kind, double weightA, double weightB) {
        return "{\"name\": \"" + name + "\", \"feature\": \"" + feature + "\", \"kind\": \"" + kind + "\", \"arms\": ["
                + "{\"name\": \"" + (kind.equals("timing") ? "first" : "A") + "\", \"weight\": " + RuleSetJson.number(weightA) + "}, "
                + "{\"name\": \"" + (kind.equals("timing") ? "second" : "B") + "\", \"weight\": " + RuleSetJson.number(weightB) + "}]}";
    }
}
