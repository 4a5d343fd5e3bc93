package dev.passkeyautopilot.gate;

import dev.passkeyautopilot.rollout.RuleSet;
import dev.passkeyautopilot.rollout.RuleSetJson;
import dev.passkeyautopilot.rollout.RuleSetValidationException;
import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A realm's rollout rule set, kept as JSON in a realm attribute: in Keycloak's database, cached by
 * Keycloak's realm cache and invalidated across the cluster like any realm change. Parsed rule sets are
 * memoised per realm by their JSON text; the memo is derived data, never the source of truth.
 */
public final class RolloutStore {

    public static final String ATTRIBUTE = "passkey-autopilot.rollout";
    private static final Logger LOG = Logger.getLogger(RolloutStore.class);

    private record Parsed(String json, RuleSet ruleSet) {
    }

    private final RuleSetJson converter = new RuleSetJson();
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    /** The realm's rule set; an empty one (every feature on for everyone) when none was stored. */
    public RuleSet load(RealmModel realm) {
        String json = realm.getAttribute(ATTRIBUTE);
        if (json == null || json.isBlank()) {
            return RuleSet.EMPTY;
        }
        Parsed memo = parsed.get(realm.getId());
        if (memo != null && memo.json().equals(json)) {
            return memo.ruleSet();
        }
        try {
            RuleSet ruleSet = converter.parse(json);
            parsed.put(realm.getId(), new Parsed(json, ruleSet));
            return ruleSet;
        } catch (RuleSetValidationException e) {
            // Only our REST endpoint writes it, validated; a hand-edited attribute must not break logins.
            LOG.warnf("Ignoring the invalid rollout rule set of realm %s (%s: %s)", realm.getName(), e.field(), e.problem());
            return RuleSet.EMPTY;
        }
    }

    /** The stored JSON as the REST API returns it. */
    public String json(RealmModel realm) {
        return converter.write(load(realm));
    }

    /** Validates and stores a rule set; a missing salt is generated (and then kept, so buckets never move). */
    public RuleSet save(RealmModel realm, String json) throws RuleSetValidationException {
        RuleSet ruleSet = converter.parse(json);
        if (!ruleSet.hasSalt()) {
            RuleSet current = load(realm);
            ruleSet = ruleSet.withSalt(current.hasSalt() ? current.salt() : RuleSet.generateSalt());
        }
        realm.setAttribute(ATTRIBUTE, converter.write(ruleSet));
        return ruleSet;
    }

    public String write(RuleSet ruleSet) {
        return converter.write(ruleSet);
    }
}
