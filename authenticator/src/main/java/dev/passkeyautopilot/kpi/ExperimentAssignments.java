package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.rollout.Assignment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which users each experiment arm had: a row per realm, experiment and user, written the first time the user is
 * offered (or held an offer) under the experiment, and marked converted when the user creates a passkey through
 * an offer. Two logins of one user at the very same moment may both write a row; the readout counts distinct
 * users, so a unique key (whose violation would fail a login) is not needed.
 */
public class ExperimentAssignments {

    /** Users assigned to one arm, and how many of them converted. */
    public record ArmUsers(long assigned, long converted) {
    }

    private final EntityManager em;

    public ExperimentAssignments(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** Records the user's arms of these experiments, those not recorded before. */
    public void assign(RealmModel realm, UserModel user, List<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(em.createNamedQuery("pa.experimentsOfUser", String.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", user.getId())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList());
        for (Assignment assignment : assignments) {
            if (known.add(assignment.experiment())) {
                ExperimentAssignmentEntity row = new ExperimentAssignmentEntity();
                row.setId(UUID.randomUUID().toString());
                row.setRealmId(realm.getId());
                row.setExperiment(assignment.experiment());
                row.setArm(assignment.arm());
                row.setUserId(user.getId());
                row.setAssignedAt(Time.currentTimeMillis());
                em.persist(row);
            }
        }
    }

    /** The user created a passkey through an offer: every experiment they are in counts them converted. */
    public void converted(RealmModel realm, UserModel user) {
        em.createNamedQuery("pa.convertUser")
                .setParameter("at", Time.currentTimeMillis())
                .setParameter("realmId", realm.getId())
                .setParameter("userId", user.getId())
                .executeUpdate();
    }

    /** Users per arm assigned in [from, to). */
    public Map<String, ArmUsers> usersPerArm(String realmId, String experiment, long from, long to) {
        Map<String, ArmUsers> arms = new LinkedHashMap<>();
        for (Object[] row : em.createNamedQuery("pa.usersPerArm", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("experiment", experiment)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            arms.put((String) row[0], new ArmUsers(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return arms;
    }

    public void deleteByUser(String realmId, String userId) {
        em.createNamedQuery("pa.deleteAssignmentsByUser").setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
    }

    public void deleteByRealm(String realmId) {
        em.createNamedQuery("pa.deleteAssignmentsByRealm").setParameter("realmId", realmId).executeUpdate();
    }
}
