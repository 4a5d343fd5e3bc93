package dev.passkeyautopilot.operation;

import org.keycloak.common.util.Time;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Realm-wide outcomes of automatic prompts per environment, memoised on this node for a minute. They are
 * derived from the database (every node computes its own), change slowly, and are the most expensive part
 * of a decision, so a login reads the table at most once a minute per realm and environment.
 */
public class EnvironmentOutcomes {

    /** Never memoises (used where no shared instance exists, e.g. the append offer, which does not ask). */
    public static final EnvironmentOutcomes NONE = new EnvironmentOutcomes(0, 0);

    public record Counts(long attempts, long failures) {

        /**
         * Counts each user once: by the newest of their outcomes. One user, however many prompts they fail
         * (or an attacker makes them fail), weighs as much as any other user.
         *
         * @param userAndOutcomeNewestFirst pairs of user id and outcome, newest first
         */
        static Counts oncePerUser(List<Object[]> userAndOutcomeNewestFirst, Predicate<String> isFailure) {
            Set<Object> seen = new HashSet<>();
            long attempts = 0;
            long failures = 0;
            for (Object[] row : userAndOutcomeNewestFirst) {
                if (seen.add(row[0])) {
                    attempts++;
                    if (isFailure.test((String) row[1])) {
                        failures++;
                    }
                }
            }
            return new Counts(attempts, failures);
        }
    }

    private record Entry(Counts counts, long expiresAt) {
    }

    private final long ttlMillis;
    private final int maxEntries;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public EnvironmentOutcomes(long ttlMillis, int maxEntries) {
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
    }

    Counts get(String realmId, String environmentKey, Supplier<Counts> load) {
        if (ttlMillis <= 0) {
            return load.get();
        }
        String key = realmId + "\u0000" + environmentKey;
        long now = Time.currentTimeMillis();
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt() > now) {
            return entry.counts();
        }
        Counts counts = load.get();
        if (entries.size() >= maxEntries) {
            // bounded: environments are few in practice; when many appear, start afresh rather than grow
            entries.clear();
        }
        entries.put(key, new Entry(counts, now + ttlMillis));
        return counts;
    }
}
