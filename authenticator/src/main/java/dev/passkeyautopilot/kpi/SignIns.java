package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.vocabulary.AppendStage;
import dev.passkeyautopilot.vocabulary.SignInMethod;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Writes the sign-in rows (one insert per LOGIN event) and reads a day of them for the rollup. */
public class SignIns {

    private final EntityManager em;

    public SignIns(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    public void record(String realmId, String userId, long time, SignInMethod method, String clientId, Environment environment,
                       boolean heldPasskey, Optional<AppendStage> stage, Optional<String> arms) {
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
        em.persist(row);
    }

    /** Columns: method, heldPasskey, appendStage, osFamily, browserFamily, deviceClass, clientId, userId, arms. */
    public Stream<Object[]> kpiFacts(String realmId, long from, long to) {
        return em.createNamedQuery("pa.kpiSignInsOfDay", Object[].class)
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
