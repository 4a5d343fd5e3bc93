package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.passkey.UserPasskeys;
import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The realm's passkeys now: by provider, synced or device-bound, and users by how many they hold. Read from our
 * passkey details (one row per passkey, removed with its credential), grouped in the database.
 */
public class PasskeyPosture {

    /** The provider name of passkeys whose AAGUID is unknown (created before 0.4.0, or a model not in the list). */
    public static final String UNKNOWN_PROVIDER = "Unknown";

    public record Snapshot(Map<String, Long> byProvider, long synced, long deviceBound, long usersWithoutPasskey, long usersWithOnePasskey,
                           long usersWithTwoOrMore, long usersWithOnlyDeviceBound) {
    }

    private final KeycloakSession session;
    private final EntityManager em;

    public PasskeyPosture(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    public Snapshot of(RealmModel realm, UserPasskeys passkeys) {
        Map<String, Long> byProvider = new TreeMap<>();
        long synced = 0;
        long deviceBound = 0;
        for (Object[] row : em.createNamedQuery("pa.postureByProvider", Object[].class).setParameter("realmId", realm.getId()).getResultList()) {
            String aaguid = (String) row[0];
            long count = ((Number) row[2]).longValue();
            String provider = aaguid == null ? UNKNOWN_PROVIDER : passkeys.providerName(aaguid).orElse(UNKNOWN_PROVIDER);
            byProvider.merge(provider, count, Long::sum);
            if (Boolean.TRUE.equals(row[1])) {
                synced += count;
            } else {
                deviceBound += count;
            }
        }
        long one = 0;
        long twoOrMore = 0;
        long onlyDeviceBound = 0;
        try (Stream<Object[]> users = em.createNamedQuery("pa.posturePerUser", Object[].class)
                .setParameter("realmId", realm.getId()).getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) users::iterator) {
                long count = ((Number) row[0]).longValue();
                long syncedOfUser = row[1] == null ? 0 : ((Number) row[1]).longValue();
                if (count == 1) {
                    one++;
                } else {
                    twoOrMore++;
                }
                if (syncedOfUser == 0) {
                    onlyDeviceBound++;
                }
            }
        }
        long users = session.users().getUsersCount(realm);
        return new Snapshot(byProvider, synced, deviceBound, Math.max(0, users - one - twoOrMore), one, twoOrMore, onlyDeviceBound);
    }
}
