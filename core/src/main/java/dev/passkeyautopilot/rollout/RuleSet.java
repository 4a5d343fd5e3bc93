package dev.passkeyautopilot.rollout;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A realm's rollout rules: one {@link FeatureRules} per feature, the experiments, and the salt that makes
 * buckets and arms stable for this realm. Read from and written to JSON only by {@link RuleSetJson}.
 *
 * @param salt        per-realm random text mixed into every hash; empty until generated (see
 *                    {@link #generateSalt()}): a realm's salt must be set once and never changed, since changing
 *                    it moves every user to another bucket and arm
 * @param features    the rules of every feature; features not given get {@link FeatureRules#DEFAULT}, so the map
 *                    always holds all four
 * @param experiments unique names; at most one experiment per feature and kind
 */
public record RuleSet(String salt, Map<Feature, FeatureRules> features, List<Experiment> experiments) {

    /** No salt, every feature {@link FeatureRules#DEFAULT}, no experiments: changes nothing. */
    public static final RuleSet EMPTY = new RuleSet("", Map.of(), List.of());

    private static final SecureRandom RANDOM = new SecureRandom();

    public RuleSet {
        salt = salt == null ? "" : salt;
        String problem = Checks.salt(salt);
        if (problem != null) {
            throw Checks.invalid("salt", problem);
        }
        EnumMap<Feature, FeatureRules> all = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            FeatureRules rules = features == null ? null : features.get(feature);
            all.put(feature, rules == null ? FeatureRules.DEFAULT : rules);
        }
        features = Collections.unmodifiableMap(all);
        experiments = experiments == null ? List.of() : List.copyOf(experiments);
        Set<String> names = new HashSet<>();
        Map<String, String> byFeatureAndKind = new HashMap<>();
        for (int i = 0; i < experiments.size(); i++) {
            Experiment experiment = experiments.get(i);
            if (!names.add(experiment.name())) {
                throw Checks.invalid("experiments[" + i + "].name", duplicateExperiment(experiment.name()));
            }
            String earlier = byFeatureAndKind.putIfAbsent(experiment.feature().key() + "/" + experiment.kind().key(), experiment.name());
            if (earlier != null) {
                throw Checks.invalid("experiments[" + i + "].kind", secondExperiment(experiment, earlier));
            }
        }
    }

    /** A fresh random salt: 16 random bytes, base64url without padding (22 characters). */
    public static String generateSalt() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the salt has been set. */
    public boolean hasSalt() {
        return !salt.isEmpty();
    }

    /** The same rule set with another salt. */
    public RuleSet withSalt(String newSalt) {
        return new RuleSet(newSalt, features, experiments);
    }

    /** The same rule set with one feature's rules replaced. */
    public RuleSet withFeature(Feature feature, FeatureRules rules) {
        EnumMap<Feature, FeatureRules> changed = new EnumMap<>(features);
        changed.put(feature, rules);
        return new RuleSet(salt, changed, experiments);
    }

    /** The rules of a feature ({@link FeatureRules#DEFAULT} when the document did not mention it). */
    public FeatureRules feature(Feature feature) {
        return features.get(feature);
    }

    /** The experiment with this name. */
    public Optional<Experiment> experiment(String name) {
        for (Experiment experiment : experiments) {
            if (experiment.name().equals(name)) {
                return Optional.of(experiment);
            }
        }
        return Optional.empty();
    }

    /** The experiments of a feature, in the document's order. */
    public List<Experiment> experiments(Feature feature) {
        List<Experiment> found = new ArrayList<>(2);
        for (Experiment experiment : experiments) {
            if (experiment.feature() == feature) {
                found.add(experiment);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** The experiment of a feature and kind, if any (there is at most one). */
    public Optional<Experiment> experiment(Feature feature, ExperimentKind kind) {
        for (Experiment experiment : experiments) {
            if (experiment.feature() == feature && experiment.kind() == kind) {
                return Optional.of(experiment);
            }
        }
        return Optional.empty();
    }

    static String duplicateExperiment(String name) {
        return "must be unique, but \"" + name + "\" names an earlier experiment too";
    }

    static String secondExperiment(Experiment experiment, String earlier) {
        return "the " + experiment.feature().key() + " feature already has a " + experiment.kind().key()
                + " experiment (\"" + earlier + "\"); only one experiment per feature and kind can run at a time";
    }
}
