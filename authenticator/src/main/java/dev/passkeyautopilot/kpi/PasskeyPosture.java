package dev.passkeyautopilot.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passkeyautopilot.passkey.UserPasskeys;
import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The realm's passkeys: by provider, synced or device-bound, and users by how many they hold. Counts every passkey
 * Keycloak stores ({@code webauthn-passwordless} credentials, also those created by Keycloak's own pages), with what
 * our details row adds where there is one. Counting reads every passkey of the realm, so it runs with the rollup
 * refresh, which stores the counts ({@link Counts}) on the realm's rollup state; a report reads them from there.
 */
public class PasskeyPosture {

    /** The provider name of passkeys whose AAGUID is unknown (created before 0.4.0, outside the extension, or a model not in the list). */
    public static final String UNKNOWN_PROVIDER = "Unknown";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a report shows. */
    public record Snapshot(Map<String, Long> byProvider, long synced, long deviceBound, long syncUnknown, long usersWithoutPasskey,
                           long usersWithOnePasskey, long usersWithTwoOrMore, long usersWithOnlyDeviceBound) {
    }

    /**
     * The counts as stored, by AAGUID ({@code ""} for none known) rather than provider name: names come from Keycloak's
     * AAGUID list of the node that answers.
     *
     * @param syncUnknown passkeys without our details row (created outside the extension): Keycloak does not keep
     *                    the backup flags, so they are neither synced nor device-bound here
     * @param users       all users of the realm
     * @param usersWithOnlyDeviceBound users whose passkeys are all known to be device-bound
     */
    public record Counts(Map<String, Long> byAaguid, long synced, long deviceBound, long syncUnknown, long users, long usersWithOne,
                         long usersWithTwoOrMore, long usersWithOnlyDeviceBound) {

        public String toJson() {
            try {
                return JSON.writeValueAsString(this);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("posture counts not serialisable", e);
            }
        }

        /** @return null for a value not written by {@link #toJson()} (e.g. from another version): count again */
        public static Counts fromJson(String json) {
            if (json == null) {
                return null;
            }
            try {
                return JSON.readValue(json, Counts.class);
            } catch (JsonProcessingException e) {
                return null;
            }
        }
    }

    private final KeycloakSession session;
    private final EntityManager em;

    public PasskeyPosture(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /**
     * Counts the realm's passkeys now: one pass over them, ordered by user, in the database's order. Keycloak's
     * CREDENTIAL and USER_ENTITY tables are read with SQL (no Keycloak API counts credentials by type), as our
     * details table already references CREDENTIAL.
     */
    public Counts count(RealmModel realm) {
        Map<String, Long> byAaguid = new TreeMap<>();
        long synced = 0;
        long deviceBound = 0;
        long unknown = 0;
        long one = 0;
        long twoOrMore = 0;
        long onlyDeviceBound = 0;
        String currentUser = null;
        long ofUser = 0;
        boolean userNotDeviceBound = false;
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = em.createNativeQuery("select c.USER_ID, d.AAGUID, d.BACKUP_ELIGIBLE, d.CREDENTIAL_ID"
                        + " from CREDENTIAL c join USER_ENTITY u on u.ID = c.USER_ID"
                        + " left join PA_PASSKEY_DETAILS d on d.CREDENTIAL_ID = c.ID"
                        + " where u.REALM_ID = ?1 and c.TYPE = ?2 order by c.USER_ID")
                .setParameter(1, realm.getId())
                .setParameter(2, UserPasskeys.CREDENTIAL_TYPE)
                .getResultStream();
        try (rows) {
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                String user = (String) row[0];
                if (!user.equals(currentUser)) {
                    if (currentUser != null) {
                        if (ofUser == 1) {
                            one++;
                        } else {
                            twoOrMore++;
                        }
                        if (!userNotDeviceBound) {
                            onlyDeviceBound++;
                        }
                    }
                    currentUser = user;
                    ofUser = 0;
                    userNotDeviceBound = false;
                }
                ofUser++;
                String aaguid = row[1] == null ? "" : (String) row[1];
                byAaguid.merge(aaguid, 1L, Long::sum);
                if (row[3] == null) {
                    unknown++;
                    userNotDeviceBound = true;
                } else if (isTrue(row[2])) {
                    synced++;
                    userNotDeviceBound = true;
                } else {
                    deviceBound++;
                }
            }
        }
        if (currentUser != null) {
            if (ofUser == 1) {
                one++;
            } else {
                twoOrMore++;
            }
            if (!userNotDeviceBound) {
                onlyDeviceBound++;
            }
        }
        long users = session.users().getUsersCount(realm);
        return new Counts(byAaguid, synced, deviceBound, unknown, users, one, twoOrMore, onlyDeviceBound);
    }

    /** The counts as a report shows them, with provider names from Keycloak's AAGUID list. */
    public static Snapshot snapshot(Counts counts, UserPasskeys passkeys) {
        Map<String, Long> byProvider = new TreeMap<>();
        counts.byAaguid().forEach((aaguid, n) -> byProvider.merge(
                aaguid.isEmpty() ? UNKNOWN_PROVIDER : passkeys.providerName(aaguid).orElse(UNKNOWN_PROVIDER), n, Long::sum));
        return new Snapshot(byProvider, counts.synced(), counts.deviceBound(), counts.syncUnknown(),
                Math.max(0, counts.users() - counts.usersWithOne() - counts.usersWithTwoOrMore()), counts.usersWithOne(),
                counts.usersWithTwoOrMore(), counts.usersWithOnlyDeviceBound());
    }

    /** A BOOLEAN column as the database's driver hands it over (a Boolean, or a number where there is no boolean type). */
    private static boolean isTrue(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
