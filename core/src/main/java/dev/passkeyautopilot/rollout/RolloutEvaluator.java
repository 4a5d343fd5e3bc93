package dev.passkeyautopilot.rollout;

import dev.passkeyautopilot.environment.Environment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a realm's {@link RuleSet}: whether a feature is on for a request, and a user's experiment arms.
 * Stateless and thread-safe: one instance can serve every realm, and the pages, the authenticators and the REST
 * API get the same answer for the same rule set and request.
 *
 * <p>Evaluation parses nothing from the rules (ranges and versions were parsed when the rule set was built).
 * It hashes the user id at most once per call, only when a percentage condition is reached, and parses the
 * request's IP address at most once, only when an IP range condition is reached.
 */
public final class RolloutEvaluator {

    /**
     * Whether the feature is on for the request: off for everyone when the feature is disabled
     * ({@value RolloutResult#KILL_SWITCH}); otherwise the first rule whose conditions all match decides
     * ({@code rule:<name>}), and the feature's default when none does ({@value RolloutResult#DEFAULT}).
     */
    public RolloutResult evaluate(RuleSet ruleSet, Feature feature, RolloutRequest request) {
        FeatureRules rules = ruleSet.feature(feature);
        if (!rules.enabled()) {
            return RolloutResult.KILLED;
        }
        Lazy lazy = new Lazy(ruleSet.salt(), request);
        List<Rule> list = rules.rules();
        for (int i = 0; i < list.size(); i++) {
            Rule rule = list.get(i);
            if (matches(rule.when(), request, lazy)) {
                return RolloutResult.of(rule);
            }
        }
        return rules.defaultEffect().allows() ? RolloutResult.DEFAULT_ALLOW : RolloutResult.DEFAULT_DENY;
    }

    /**
     * The user's arm in an experiment: the arm whose share of the summed weights contains the user's point
     * ({@link Buckets#experimentPoint}). Empty when the user id is null or empty. Independent of the rules: the
     * caller asks only when the feature is on, so that only users who saw the feature are counted.
     */
    public Optional<Assignment> assignment(RuleSet ruleSet, Experiment experiment, String userId) {
        if (userId == null || userId.isEmpty()) {
            return Optional.empty();
        }
        double target = Buckets.experimentPoint(ruleSet.salt(), experiment.name(), userId) * experiment.totalWeight();
        List<Arm> arms = experiment.arms();
        Arm chosen = arms.get(arms.size() - 1);
        double cumulative = 0;
        for (Arm arm : arms) {
            cumulative += arm.weight();
            if (target < cumulative) {
                chosen = arm;
                break;
            }
        }
        return Optional.of(new Assignment(experiment.name(), experiment.kind().key(), chosen.name()));
    }

    /** The user's arms in every experiment of the feature, in the rule set's order; empty without a user id. */
    public List<Assignment> assignments(RuleSet ruleSet, Feature feature, String userId) {
        List<Assignment> found = new ArrayList<>(2);
        for (Experiment experiment : ruleSet.experiments()) {
            if (experiment.feature() == feature) {
                assignment(ruleSet, experiment, userId).ifPresent(found::add);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** The user's arm in the feature's experiment of this kind, if the rule set has one. */
    public Optional<Assignment> assignment(RuleSet ruleSet, Feature feature, ExperimentKind kind, String userId) {
        return ruleSet.experiment(feature, kind).flatMap(experiment -> assignment(ruleSet, experiment, userId));
    }

    // Cheap conditions first; the hash and the address parse last, and only once per evaluation.
    private static boolean matches(Conditions when, RolloutRequest request, Lazy lazy) {
        if (!when.clientIds().isEmpty() && (request.clientId() == null || !when.clientIds().contains(request.clientId()))) {
            return false;
        }
        if (!when.capabilities().isEmpty() && !capabilitiesMatch(when.capabilities(), request.capabilities())) {
            return false;
        }
        Environment environment = request.environment();
        if (!when.os().isEmpty() && !anyMatches(when.os(), environment.osFamily(), environment.osVersion())) {
            return false;
        }
        if (!when.browser().isEmpty() && !anyMatches(when.browser(), environment.browserFamily(), environment.browserVersion())) {
            return false;
        }
        if (!when.groups().isEmpty() && !anyIn(when.groups(), request.groupPaths())) {
            return false;
        }
        if (!when.roles().isEmpty() && !anyIn(when.roles(), request.roles())) {
            return false;
        }
        if (when.appVersion().isPresent() && (request.appVersion() == null || !when.appVersion().get().contains(request.appVersion()))) {
            return false;
        }
        if (!when.ipRanges().isEmpty() && !inAnyRange(when.ipRanges(), lazy.address())) {
            return false;
        }
        if (when.percentage().isPresent()) {
            int bucket = lazy.bucket();
            return bucket >= 0 && Buckets.within(bucket, when.percentage().getAsDouble());
        }
        return true;
    }

    private static boolean capabilitiesMatch(Map<String, Boolean> required, Map<String, Boolean> reported) {
        for (Map.Entry<String, Boolean> entry : required.entrySet()) {
            if (!entry.getValue().equals(reported.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyMatches(List<PlatformMatch> matches, String family, String version) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).matches(family, version)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyIn(List<String> wanted, Set<String> present) {
        for (int i = 0; i < wanted.size(); i++) {
            if (present.contains(wanted.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inAnyRange(List<Cidr> ranges, byte[] address) {
        if (address == null) {
            return false;
        }
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** Per-evaluation values computed on first use. */
    private static final class Lazy {
        private static final int NOT_COMPUTED = -2;
        private static final int NO_USER = -1;

        private final String salt;
        private final RolloutRequest request;
        private int bucket = NOT_COMPUTED;
        private boolean addressParsed;
        private byte[] address;

        Lazy(String salt, RolloutRequest request) {
            this.salt = salt;
            this.request = request;
        }

        int bucket() {
            if (bucket == NOT_COMPUTED) {
                String userId = request.userId();
                bucket = userId == null || userId.isEmpty() ? NO_USER : Buckets.bucket(salt, userId);
            }
            return bucket;
        }

        byte[] address() {
            if (!addressParsed) {
                address = Cidr.literalAddress(request.ipAddress());
                addressParsed = true;
            }
            return address;
        }
    }
}
