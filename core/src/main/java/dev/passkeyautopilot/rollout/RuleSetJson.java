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

import java.util.List;

/**
 * Converts a realm's {@link RuleSet} from and to its JSON document (the layout is in {@code docs/rollout.md}).
 * Only this class and its reader ({@link RuleSetReader}) know the layout. Thread-safe.
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

    /** The condition names, in the order {@link #write} puts them. */
    public static final List<String> CONDITION_KEYS = List.of(PERCENTAGE, OS, BROWSER, CLIENT_IDS, APP_VERSION, GROUPS, ROLES,
            IP_RANGES, CAPABILITIES);

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
            return RuleSetReader.ruleSet(root);
        } catch (IllegalArgumentException e) {
            // A check in a record's constructor that the reader did not anticipate; it still names the field.
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
