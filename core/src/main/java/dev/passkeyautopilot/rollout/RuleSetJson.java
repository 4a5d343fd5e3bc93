package dev.passkeyautopilot.rollout;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

/**
 * Converts a realm's {@link RuleSet} from and to its JSON document (the layout is in {@code docs/rollout.md}).
 * Only this class knows the layout. Thread-safe.
 *
 * <p>Parsing is strict, because the document comes from an administrator: unknown keys, unknown features,
 * capabilities and condition names, wrong types (also {@code null}), out-of-range values, bad ranges and
 * versions, empty condition lists, duplicate names and documents over {@value #MAX_BYTES} bytes are all refused
 * with a {@link RuleSetValidationException} naming the field, e.g.
 * {@code features.append.rules[2].when.percentage must be between 0 and 100, was 150}. No other exception
 * escapes {@link #parse}. What {@link #write} produces parses back to an equal rule set.
 */
public final class RuleSetJson {

    /** The largest document accepted, in bytes of UTF-8: 256 KiB. */
    public static final int MAX_BYTES = 256 * 1024;

    static final String SALT = "salt";
    static final String FEATURES = "features";
    static final String EXPERIMENTS = "experiments";
    static final String ENABLED = "enabled";
    static final String DEFAULT = "default";
    static final String RULES = "rules";
    static final String NAME = "name";
    static final String EFFECT = "effect";
    static final String WHEN = "when";
    static final String PERCENTAGE = "percentage";
    static final String OS = "os";
    static final String BROWSER = "browser";
    static final String CLIENT_IDS = "clientIds";
    static final String APP_VERSION = "appVersion";
    static final String GROUPS = "groups";
    static final String ROLES = "roles";
    static final String IP_RANGES = "ipRanges";
    static final String CAPABILITIES = "capabilities";
    static final String FAMILY = "family";
    static final String MIN_VERSION = "minVersion";
    static final String MAX_VERSION = "maxVersion";
    static final String MIN = "min";
    static final String MAX = "max";
    static final String FEATURE = "feature";
    static final String KIND = "kind";
    static final String ARMS = "arms";
    static final String WEIGHT = "weight";

    private static final List<String> ROOT_KEYS = List.of(SALT, FEATURES, EXPERIMENTS);
    private static final List<String> FEATURE_KEYS = List.of(ENABLED, DEFAULT, RULES);
    private static final List<String> RULE_KEYS = List.of(NAME, EFFECT, WHEN);
    /** The condition names, in the order {@link #write} puts them. */
    public static final List<String> CONDITION_KEYS = List.of(PERCENTAGE, OS, BROWSER, CLIENT_IDS, APP_VERSION, GROUPS, ROLES,
            IP_RANGES, CAPABILITIES);
    private static final List<String> PLATFORM_KEYS = List.of(FAMILY, MIN_VERSION, MAX_VERSION);
    private static final List<String> RANGE_KEYS = List.of(MIN, MAX);
    private static final List<String> EXPERIMENT_KEYS = List.of(NAME, FEATURE, KIND, ARMS);
    private static final List<String> ARM_KEYS = List.of(NAME, WEIGHT);

    private final JsonMapper mapper;

    public RuleSetJson() {
        mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * Reads and validates a rule set document.
     *
     * @throws RuleSetValidationException naming the field, for anything but a valid document
     */
    public RuleSet parse(String json) throws RuleSetValidationException {
        if (json == null) {
            throw new RuleSetValidationException(RuleSetValidationException.DOCUMENT, "must be a JSON object, was nothing");
        }
        int bytes = utf8Length(json);
        if (bytes > MAX_BYTES) {
            throw new RuleSetValidationException(RuleSetValidationException.DOCUMENT,
                    "must be at most " + MAX_BYTES + " bytes (256 KiB), was " + bytes);
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RuleSetValidationException(RuleSetValidationException.DOCUMENT, "is not valid JSON: " + describe(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new RuleSetValidationException(RuleSetValidationException.DOCUMENT, "must be a JSON object, was empty");
        }
        try {
            return ruleSet(root);
        } catch (IllegalArgumentException e) {
            // A check in a record's constructor that the walk below did not anticipate; it still names the field.
            throw new RuleSetValidationException(RuleSetValidationException.DOCUMENT, e.getMessage());
        }
    }

    /** Writes a rule set as an indented JSON document that {@link #parse} reads back to an equal rule set. */
    public String write(RuleSet ruleSet) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree(ruleSet));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The rule set as a JSON tree, the same as {@link #write} (e.g. for an admin event's representation). */
    public ObjectNode tree(RuleSet ruleSet) {
        JsonNodeFactory nodes = mapper.getNodeFactory();
        ObjectNode root = nodes.objectNode();
        if (ruleSet.hasSalt()) {
            root.put(SALT, ruleSet.salt());
        }
        ObjectNode features = root.putObject(FEATURES);
        for (Feature feature : Feature.values()) {
            FeatureRules rules = ruleSet.feature(feature);
            ObjectNode node = features.putObject(feature.key());
            node.put(ENABLED, rules.enabled());
            node.put(DEFAULT, rules.defaultEffect().key());
            ArrayNode list = node.putArray(RULES);
            for (Rule rule : rules.rules()) {
                ObjectNode ruleNode = list.addObject();
                ruleNode.put(NAME, rule.name());
                ruleNode.put(EFFECT, rule.effect().key());
                if (!rule.when().isEmpty()) {
                    writeConditions(rule.when(), ruleNode.putObject(WHEN));
                }
            }
        }
        ArrayNode experiments = root.putArray(EXPERIMENTS);
        for (Experiment experiment : ruleSet.experiments()) {
            ObjectNode node = experiments.addObject();
            node.put(NAME, experiment.name());
            node.put(FEATURE, experiment.feature().key());
            node.put(KIND, experiment.kind().key());
            ArrayNode arms = node.putArray(ARMS);
            for (Arm arm : experiment.arms()) {
                ObjectNode armNode = arms.addObject();
                armNode.put(NAME, arm.name());
                putNumber(armNode, WEIGHT, arm.weight());
            }
        }
        return root;
    }

    private static void writeConditions(Conditions when, ObjectNode node) {
        if (when.percentage().isPresent()) {
            putNumber(node, PERCENTAGE, when.percentage().getAsDouble());
        }
        writePlatforms(when.os(), node, OS);
        writePlatforms(when.browser(), node, BROWSER);
        writeStrings(when.clientIds(), node, CLIENT_IDS);
        if (when.appVersion().isPresent()) {
            ObjectNode range = node.putObject(APP_VERSION);
            when.appVersion().get().min().ifPresent(min -> range.put(MIN, min.text()));
            when.appVersion().get().max().ifPresent(max -> range.put(MAX, max.text()));
        }
        writeStrings(when.groups(), node, GROUPS);
        writeStrings(when.roles(), node, ROLES);
        if (!when.ipRanges().isEmpty()) {
            ArrayNode ranges = node.putArray(IP_RANGES);
            when.ipRanges().forEach(range -> ranges.add(range.text()));
        }
        if (!when.capabilities().isEmpty()) {
            ObjectNode capabilities = node.putObject(CAPABILITIES);
            when.capabilities().forEach(capabilities::put);
        }
    }

    private static void writePlatforms(List<PlatformMatch> matches, ObjectNode node, String key) {
        if (matches.isEmpty()) {
            return;
        }
        ArrayNode list = node.putArray(key);
        for (PlatformMatch match : matches) {
            ObjectNode entry = list.addObject();
            entry.put(FAMILY, match.family());
            match.versions().min().ifPresent(min -> entry.put(MIN_VERSION, min.text()));
            match.versions().max().ifPresent(max -> entry.put(MAX_VERSION, max.text()));
        }
    }

    private static void writeStrings(List<String> values, ObjectNode node, String key) {
        if (!values.isEmpty()) {
            ArrayNode list = node.putArray(key);
            values.forEach(list::add);
        }
    }

    private static void putNumber(ObjectNode node, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(key, (long) value);
        } else {
            node.put(key, value);
        }
    }

    // ---- reading ----

    private static RuleSet ruleSet(JsonNode root) {
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
        List<PlatformMatch> os = list(node, OS, path, RuleSetJson::platform);
        List<PlatformMatch> browser = list(node, BROWSER, path, RuleSetJson::platform);
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
                new RuleSetValidationException(path + "." + KIND, "must be copy or timing, was \"" + Checks.abbreviate(kindKey) + "\""));
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
            if (kind == ExperimentKind.TIMING) {
                check(armPath + "." + NAME, Experiment.timingArmProblem(arm.name()));
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

    /** A number for a message: without ".0" when whole. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        message = message == null ? "cannot be read" : message.lines().findFirst().orElse("cannot be read");
        if (message.startsWith("Trailing token")) {
            message = "has more content after the end of the document";
        }
        // Jackson mentions the source and the start marker's location; the line and column below are enough.
        int marker = message.indexOf(" (start marker at");
        message = marker < 0 ? message : message.substring(0, marker);
        message = message.replaceAll("\\s*\\[Source: [^\\]]*\\]", "");
        message = Checks.abbreviate(message, 200);
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return message;
    }

    private static int utf8Length(String text) {
        if (text.length() > MAX_BYTES) {
            return Math.max(text.length(), MAX_BYTES + 1);
        }
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
