package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.mfa.AuthenticationMethods;
import dev.passkeyautopilot.vocabulary.AppendStage;
import dev.passkeyautopilot.vocabulary.SignInMethod;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Writes the sign-in rows (one insert per LOGIN event) and reads a day of them for the rollup. */
public class SignIns {

    private final EntityManager em;

    public SignIns(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** A sign-in's row, not yet written ({@link #persist}, or {@link SignInWriter} after the login commits). */
    public static SignInEntity row(String realmId, String userId, long time, SignInMethod method, String clientId, Environment environment,
                       boolean heldPasskey, Optional<AppendStage> stage, Optional<String> arms, AuthenticationMethods factors) {
        SignInEntity row = new SignInEntity();
        row.setId(UUID.randomUUID().toString());
        row.setRealmId(realmId);
        row.setUserId(userId);
        row.setSignedInAt(time);
        row.setMethod(method.code());
        row.setClientId(clientId == null || clientId.length() <= 255 ? clientId : clientId.substring(0, 255));
        row.setOsFamily(environment.osFamily());
        row.setBrowserFamily(environment.browserFamily());
        row.setDeviceClass(environment.deviceClass());
        row.setHeldPasskey(heldPasskey);
        row.setAppendStage(stage.map(AppendStage::code).orElse(null));
        row.setArms(arms.filter(a -> !a.isEmpty()).map(a -> a.length() <= 255 ? a : a.substring(0, 255)).orElse(null));
        row.setFactors(factors.isEmpty() ? null : factors.joined());
        return row;
    }

    public void persist(SignInEntity row) {
        em.persist(row);
    }

    /**
     * When the user last signed in with known methods, and which (comma-separated RFC 8176 values), among the
     * sign-ins still kept ({@code operation-retention-days}).
     */
    public Optional<Object[]> latestWithFactors(String realmId, String userId) {
        return em.createNamedQuery("pa.latestSignInsWithFactors", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * The sign-ins in [from, to) grouped in the database by what the rollup counts. Columns: method, heldPasskey,
     * appendStage, osFamily, browserFamily, deviceClass, clientId, arms, and how many sign-ins the group holds.
     */
    public List<Object[]> kpiFactGroups(String realmId, long from, long to) {
        return em.createNamedQuery("pa.kpiSignInGroupsOfDay", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    /**
     * The users who signed in during [from, to), streamed. Columns: userId, their number in the active-user bitmaps
     * (null before their first rollup), 1 when they held a passkey at one of the sign-ins (else 0).
     */
    public Stream<Object[]> activeUsers(String realmId, long from, long to) {
        return em.createNamedQuery("pa.kpiActiveUsersOfDay", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream();
    }

    public int deleteByUser(String realmId, String userId) {
        return em.createNamedQuery("pa.deleteSignInsByUser").setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
    }

    public int deleteByRealm(String realmId) {
        return em.createNamedQuery("pa.deleteSignInsByRealm").setParameter("realmId", realmId).executeUpdate();
    }

    public int deleteOlderThan(long cutoffMillis) {
        return em.createNamedQuery("pa.deleteSignInsBefore").setParameter("cutoff", cutoffMillis).executeUpdate();
    }
}
