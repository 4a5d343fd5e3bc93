package dev.passkeyautopilot.rollout;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import static dev.passkeyautopilot.rollout.RuleSetJson.APP_VERSION;
import static dev.passkeyautopilot.rollout.RuleSetJson.ARMS;
import static dev.passkeyautopilot.rollout.RuleSetJson.BROWSER;
import static dev.passkeyautopilot.rollout.RuleSetJson.CAPABILITIES;
import static dev.passkeyautopilot.rollout.RuleSetJson.CLIENT_IDS;
import static dev.passkeyautopilot.rollout.RuleSetJson.CONDITION_KEYS;
import static dev.passkeyautopilot.rollout.RuleSetJson.DEFAULT;
import static dev.passkeyautopilot.rollout.RuleSetJson.EFFECT;
import static dev.passkeyautopilot.rollout.RuleSetJson.ENABLED;
import static dev.passkeyautopilot.rollout.RuleSetJson.EXPERIMENTS;
import static dev.passkeyautopilot.rollout.RuleSetJson.FAMILY;
import static dev.passkeyautopilot.rollout.RuleSetJson.FEATURE;
import static dev.passkeyautopilot.rollout.RuleSetJson.FEATURES;
import static dev.passkeyautopilot.rollout.RuleSetJson.GROUPS;
import static dev.passkeyautopilot.rollout.RuleSetJson.IP_RANGES;
import static dev.passkeyautopilot.rollout.RuleSetJson.KIND;
import static dev.passkeyautopilot.rollout.RuleSetJson.MAX;
import static dev.passkeyautopilot.rollout.RuleSetJson.MAX_VERSION;
import static dev.passkeyautopilot.rollout.RuleSetJson.MIN;
import static dev.passkeyautopilot.rollout.RuleSetJson.MIN_VERSION;
import static dev.passkeyautopilot.rollout.RuleSetJson.NAME;
import static dev.passkeyautopilot.rollout.RuleSetJson.OS;
import static dev.passkeyautopilot.rollout.RuleSetJson.PERCENTAGE;
import static dev.passkeyautopilot.rollout.RuleSetJson.ROLES;
import static dev.passkeyautopilot.rollout.RuleSetJson.RULES;
import static dev.passkeyautopilot.rollout.RuleSetJson.SALT;
import static dev.passkeyautopilot.rollout.RuleSetJson.WEIGHT;
import static dev.passkeyautopilot.rollout.RuleSetJson.WHEN;

/**
 * The reading half of {@link RuleSetJson}: walks a parsed document into a {@link RuleSet}, checking every
 * value on the way and throwing a {@link RuleSetValidationException} with the field's path at the first
 * problem. Kept apart from the writing half so each stays readable; the key names are {@link RuleSetJson}'s.
 */
final class RuleSetReader {

    private static final List<String> ROOT_KEYS = List.of(SALT, FEATURES, EXPERIMENTS);
    private static final List<String> FEATURE_KEYS = List.of(ENABLED, DEFAULT, RULES);
    private static final List<String> RULE_KEYS = List.of(NAME, EFFECT, WHEN);
    private static final List<String> PLATFORM_KEYS = List.of(FAMILY, MIN_VERSION, MAX_VERSION);
    private static final List<String> RANGE_KEYS = List.of(MIN, MAX);
    private static final List<String> EXPERIMENT_KEYS = List.of(NAME, FEATURE, KIND, ARMS);
    private static final List<String> ARM_KEYS = List.of(NAME, WEIGHT);

    private RuleSetReader() {
    }


    static RuleSet ruleSet(JsonNode root) {
        object(root, RuleSetValidationException.DOCUMENT);
        onlyKeys(root, "", ROOT_KEYS, "key");
        String salt = "";
        if (root.has(SALT)) {
            salt = string(root.get(SALT), SALT);
            check(SALT, Checks.salt(salt));
        }
        Map<Feature, FeatureRules> features = new EnumMap<>(Feature.class);
        if (root.has(FEATURES)) {
            JsonNode node = object(root.get(FEATURES), FEATURES);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String path = FEATURES + "." + field.getKey();
                Feature feature = Feature.fromKey(field.getKey()).orElseThrow(() ->
                        new RuleSetValidationException(path, unknownFeature()));
                features.put(feature, featureRules(field.getValue(), path));
            }
        }
        List<Experiment> experiments = new ArrayList<>();
        if (root.has(EXPERIMENTS)) {
            JsonNode list = array(root.get(EXPERIMENTS), EXPERIMENTS);
            Set<String> names = new HashSet<>();
            Map<String, String> byFeatureAndKind = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String path = EXPERIMENTS + "[" + i + "]";
                Experiment experiment = experiment(list.get(i), path);
                if (!names.add(experiment.name())) {
                    throw new RuleSetValidationException(path + "." + NAME, RuleSet.duplicateExperiment(experiment.name()));
                }
                String earlier = byFeatureAndKind.putIfAbsent(experiment.feature().key() + "/" + experiment.kind().key(),
                        experiment.name());
                if (earlier != null) {
                    throw new RuleSetValidationException(path + "." + KIND, RuleSet.secondExperiment(experiment, earlier));
                }
                experiments.add(experiment);
            }
        }
        return new RuleSet(salt, features, experiments);
    }

    private static FeatureRules featureRules(JsonNode node, String path) {
        object(node, path);
        onlyKeys(node, path, FEATURE_KEYS, "feature setting");
        boolean enabled = !node.has(ENABLED) || bool(node.get(ENABLED), path + "." + ENABLED);
        Effect defaultEffect = node.has(DEFAULT) ? effect(node.get(DEFAULT), path + "." + DEFAULT) : Effect.ALLOW;
        List<Rule> rules = new ArrayList<>();
        if (node.has(RULES)) {
            JsonNode list = array(node.get(RULES), path + "." + RULES);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String rulePath = path + "." + RULES + "[" + i + "]";
                Rule rule = rule(list.get(i), rulePath);
                if (!names.add(rule.name())) {
                    throw new RuleSetValidationException(rulePath + "." + NAME, FeatureRules.duplicateRule(rule.name()));
                }
                rules.add(rule);
            }
        }
        return new FeatureRules(enabled, defaultEffect, rules);
    }

    private static Rule rule(JsonNode node, String path) {
        object(node, path);
        onlyKeys(node, path, RULE_KEYS, "rule key");
        String name = string(required(node, NAME, path), path + "." + NAME);
        check(path + "." + NAME, Checks.name(name));
        Effect effect = effect(required(node, EFFECT, path), path + "." + EFFECT);
        Conditions when = node.has(WHEN) ? conditions(node.get(WHEN), path + "." + WHEN) : Conditions.ANY;
        return new Rule(name, effect, when);
    }

    private static Conditions conditions(JsonNode node, String path) {
        object(node, path);
        onlyKeys(node, path, CONDITION_KEYS, "condition");
        OptionalDouble percentage = OptionalDouble.empty();
        if (node.has(PERCENTAGE)) {
            String field = path + "." + PERCENTAGE;
            double value = number(node.get(PERCENTAGE), field);
            check(field, Checks.percentage(value));
            percentage = OptionalDouble.of(value);
        }
        List<PlatformMatch> os = list(node, OS, path, RuleSetReader::platform);
        List<PlatformMatch> browser = list(node, BROWSER, path, RuleSetReader::platform);
        List<String> clientIds = list(node, CLIENT_IDS, path, strings(Checks::value));
        Optional<VersionRange> appVersion = Optional.empty();
        if (node.has(APP_VERSION)) {
            appVersion = Optional.of(range(node.get(APP_VERSION), path + "." + APP_VERSION));
        }
        List<String> groups = list(node, GROUPS, path, strings(Checks::groupPath));
        List<String> roles = list(node, ROLES, path, strings(Checks::value));
        List<Cidr> ipRanges = list(node, IP_RANGES, path, (value, field) -> {
            String text = string(value, field);
            try {
                return Cidr.parse(text);
            } catch (IllegalArgumentException e) {
                throw new RuleSetValidationException(field, e.getMessage());
            }
        });
        Map<String, Boolean> capabilities = new LinkedHashMap<>();
        if (node.has(CAPABILITIES)) {
            String field = path + "." + CAPABILITIES;
            JsonNode object = object(node.get(CAPABILITIES), field);
            if (object.isEmpty()) {
                throw new RuleSetValidationException(field, emptyCondition("capability"));
            }
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                String capabilityPath = field + "." + entry.getKey();
                if (!Conditions.CAPABILITIES.contains(entry.getKey())) {
                    throw new RuleSetValidationException(capabilityPath, Conditions.capabilityProblem());
                }
                capabilities.put(entry.getKey(), bool(entry.getValue(), capabilityPath));
            }
        }
        return new Conditions(percentage, os, browser, clientIds, appVersion, groups, roles, ipRanges, capabilities);
    }

    private static PlatformMatch platform(JsonNode node, String path) {
        object(node, path);
        onlyKeys(node, path, PLATFORM_KEYS, "key");
        String family = string(required(node, FAMILY, path), path + "." + FAMILY);
        check(path + "." + FAMILY, Checks.value(family));
        Optional<Version> min = version(node, MIN_VERSION, path);
        Optional<Version> max = version(node, MAX_VERSION, path);
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new RuleSetValidationException(path + "." + MAX_VERSION, VersionRange.maxBelowMin(min.get(), max.get()));
        }
        return new PlatformMatch(family, new VersionRange(min, max));
    }

    private static VersionRange range(JsonNode node, String path) {
        object(node, path);
        onlyKeys(node, path, RANGE_KEYS, "key");
        Optional<Version> min = version(node, MIN, path);
        Optional<Version> max = version(node, MAX, path);
        if (min.isEmpty() && max.isEmpty()) {
            throw new RuleSetValidationException(path, "must have a min, a max or both, e.g. {\"min\": \"5.2.0\"}");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new RuleSetValidationException(path + "." + MAX, VersionRange.maxBelowMin(min.get(), max.get()));
        }
        return new VersionRange(min, max);
    }

    private static Optional<Version> version(JsonNode node, String key, String path) {
        if (!node.has(key)) {
            return Optional.empty();
        }
        String field = path + "." + key;
        JsonNode value = node.get(key);
        if (value.isNumber()) {
            throw new RuleSetValidationException(field, "must be a version in quotes, e.g. \"" + value.asText() + "\", was a number");
        }
        String text = string(value, field);
        check(field, Version.problem(text));
        return Optional.of(Version.parse(text));
    }

    private static Experiment experiment(JsonNode node, String path) {
        object(node, path);
        onlyKeys(node, path, EXPERIMENT_KEYS, "experiment key");
        String name = string(required(node, NAME, path), path + "." + NAME);
        check(path + "." + NAME, Checks.name(name));
        String featureKey = string(required(node, FEATURE, path), path + "." + FEATURE);
        Feature feature = Feature.fromKey(featureKey).orElseThrow(() ->
                new RuleSetValidationException(path + "." + FEATURE, unknownFeature() + ", was \"" + Checks.abbreviate(featureKey) + "\""));
        String kindKey = string(required(node, KIND, path), path + "." + KIND);
        ExperimentKind kind = ExperimentKind.fromKey(kindKey).orElseThrow(() ->
                new RuleSetValidationException(path + "." + KIND, "must be copy, timing or upgrade, was \"" + Checks.abbreviate(kindKey) + "\""));
        check(path + "." + KIND, Experiment.kindProblem(feature, kind));
        JsonNode list = array(required(node, ARMS, path), path + "." + ARMS);
        check(path + "." + ARMS, Experiment.armsProblem(list.size()));
        List<Arm> arms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String armPath = path + "." + ARMS + "[" + i + "]";
            Arm arm = arm(list.get(i), armPath);
            if (!names.add(arm.name())) {
                throw new RuleSetValidationException(armPath + "." + NAME, Experiment.duplicateArm(arm.name()));
            }
            if (!kind.fixedArms().isEmpty()) {
                check(armPath + "." + NAME, Experiment.armProblem(kind, arm.name()));
            }
            arms.add(arm);
        }
        return new Experiment(name, feature, kind, arms);
    }

    private static Arm arm(JsonNode node, String path) {
        object(node, path);
        onlyKeys(node, path, ARM_KEYS, "arm key");
        String name = string(required(node, NAME, path), path + "." + NAME);
        check(path + "." + NAME, Checks.name(name));
        double weight = number(required(node, WEIGHT, path), path + "." + WEIGHT);
        check(path + "." + WEIGHT, Checks.weight(weight));
        return new Arm(name, weight);
    }

    // ---- typed access with the field's path ----

    private static <T> List<T> list(JsonNode node, String key, String path, BiFunction<JsonNode, String, T> element) {
        if (!node.has(key)) {
            return List.of();
        }
        String field = path + "." + key;
        JsonNode array = array(node.get(key), field);
        if (array.isEmpty()) {
            throw new RuleSetValidationException(field, emptyCondition("entry"));
        }
        List<T> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(element.apply(array.get(i), field + "[" + i + "]"));
        }
        return values;
    }

    private static JsonNode required(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new RuleSetValidationException(path.isEmpty() ? key : path + "." + key, "is required");
        }
        return value;
    }

    private static JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new RuleSetValidationException(path, "must be a JSON object, was " + type(node));
        }
        return node;
    }

    private static JsonNode array(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new RuleSetValidationException(path, "must be a JSON array, was " + type(node));
        }
        return node;
    }

    private static String string(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw new RuleSetValidationException(path, "must be a string, was " + type(node));
        }
        return node.textValue();
    }

    private static boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) {
            throw new RuleSetValidationException(path, "must be true or false, was " + type(node));
        }
        return node.booleanValue();
    }

    private static double number(JsonNode node, String path) {
        if (!node.isNumber()) {
            throw new RuleSetValidationException(path, "must be a number, was " + type(node));
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new RuleSetValidationException(path, "must be a finite number, was " + abbreviateNumber(node));
        }
        return value;
    }

    private static Effect effect(JsonNode node, String path) {
        String key = string(node, path);
        return Effect.fromKey(key).orElseThrow(() ->
                new RuleSetValidationException(path, "must be allow or deny, was \"" + Checks.abbreviate(key) + "\""));
    }

    private static void onlyKeys(JsonNode node, String path, List<String> known, String what) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            if (!known.contains(name)) {
                throw new RuleSetValidationException(path.isEmpty() || path.equals(RuleSetValidationException.DOCUMENT) ? name : path + "." + name,
                        "is not a known " + what + "; known: " + String.join(", ", known));
            }
        }
    }

    private static BiFunction<JsonNode, String, String> strings(Function<String, String> problem) {
        return (value, field) -> {
            String text = string(value, field);
            check(field, problem.apply(text));
            return text;
        };
    }

    private static void check(String field, String problem) {
        if (problem != null) {
            throw new RuleSetValidationException(field, problem);
        }
    }

    private static String unknownFeature() {
        List<String> keys = new ArrayList<>();
        for (Feature feature : Feature.values()) {
            keys.add(feature.key());
        }
        return "is not a known feature; known: " + String.join(", ", keys);
    }

    private static String emptyCondition(String what) {
        return "must have at least one " + what + "; leave the condition out to match everyone";
    }

    private static String type(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING:
                return "the string \"" + Checks.abbreviate(node.textValue()) + "\"";
            case NUMBER:
                return "the number " + abbreviateNumber(node);
            case BOOLEAN:
                return node.booleanValue() ? "true" : "false";
            case NULL:
                return "null";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            default:
                return "something else";
        }
    }

    private static String abbreviateNumber(JsonNode node) {
        return Checks.abbreviate(node.asText());
    }
}
