package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.vocabulary.AppendStage;
import dev.passkeyautopilot.vocabulary.SignInMethod;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The daily rollups of a realm: recomputes a day from its raw rows (operations by start, sign-ins) and replaces
 * what was stored for it, under the realm's lock row, and reads them back for reports. Recomputing a whole day
 * is idempotent, so the job may run on every node, twice, or again after a restart: the rows come out the same.
 */
public class KpiRollups {

    /** Users active on a period, and those among them who held a passkey. */
    public record ActiveUsers(long active, long withPasskey) {
    }

    private final KeycloakSession session;
    private final EntityManager em;

    public KpiRollups(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /**
     * The realm's lock row, locked for this transaction (created first if missing, then locked): a second node
     * recomputing the same realm waits here until this transaction ends.
     *
     * @return null when another node created the row at the same moment (its insert won; retry later)
     */
    public KpiRollupStateEntity lock(String realmId) {
        KpiRollupStateEntity state = em.find(KpiRollupStateEntity.class, realmId, LockModeType.PESSIMISTIC_WRITE);
        if (state != null) {
            return state;
        }
        state = new KpiRollupStateEntity();
        state.setRealmId(realmId);
        em.persist(state);
        em.flush();
        return em.find(KpiRollupStateEntity.class, realmId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Brings the realm's rollups up to date: every day from the last one computed after its end (at most
     * {@code maxDays} back) through today, in the realm's zone. Call with the realm's lock held.
     */
    public void refresh(RealmModel realm, KpiRollupStateEntity state, int maxDays) {
        ZoneId zone = KpiSettings.timeZone(realm);
        LocalDate today = today(zone);
        // yesterday always: operations started before midnight may end after it
        LocalDate from = today.minusDays(1);
        if (state.getComputedThrough() != null) {
            LocalDate through = LocalDate.parse(state.getComputedThrough());
            if (through.isBefore(from)) {
                from = through;
            }
        }
        if (from.isBefore(today.minusDays(maxDays))) {
            from = today.minusDays(maxDays);
        }
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            recompute(realm.getId(), day, zone);
        }
        state.setComputedThrough(today.minusDays(1).toString());
        state.setRefreshedAt(Time.currentTimeMillis());
    }

    /** Today in the zone, by Keycloak's clock (which tests can move). */
    public static LocalDate today(ZoneId zone) {
        return Instant.ofEpochMilli(Time.currentTimeMillis()).atZone(zone).toLocalDate();
    }

    /** Replaces the rollup rows of one day with what its raw rows say now. Call with the realm's lock held. */
    public void recompute(String realmId, LocalDate day, ZoneId zone) {
        long from = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        String dayKey = day.toString();
        DailyRollup rollup = new DailyRollup(dayKey);
        Map<String, Boolean> activeUsers = new HashMap<>();
        try (Stream<Object[]> rows = new PasskeyOperations(session).kpiFacts(realmId, from, to)) {
            rows.forEach(r -> rollup.add(new OperationFact((String) r[0], (String) r[1], Optional.ofNullable((String) r[2]),
                    Optional.ofNullable((Long) r[3]), new Dimensions((String) r[4], (String) r[5], (String) r[6], (String) r[7],
                    (String) r[8], (String) r[9]))));
        }
        try (Stream<Object[]> rows = new SignIns(session).kpiFacts(realmId, from, to)) {
            rows.forEach(r -> {
                boolean held = Boolean.TRUE.equals(r[1]);
                rollup.add(new SignInFact(SignInMethod.fromCode((String) r[0]).orElse(SignInMethod.OTHER), held,
                        Optional.ofNullable((String) r[2]).flatMap(AppendStage::fromCode),
                        new Dimensions((String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[8], "")));
                activeUsers.merge((String) r[7], held, Boolean::logicalOr);
            });
        }
        em.createNamedQuery("pa.deleteKpiDay").setParameter("realmId", realmId).setParameter("day", dayKey).executeUpdate();
        em.createNamedQuery("pa.deleteKpiActiveUsersOfDay").setParameter("realmId", realmId).setParameter("day", dayKey).executeUpdate();
        for (DailyCounter counter : rollup.counters()) {
            KpiDailyEntity row = new KpiDailyEntity();
            row.setId(UUID.randomUUID().toString());
            row.setRealmId(realmId);
            row.setDay(dayKey);
            row.setMetric(counter.metric());
            Dimensions d = counter.dimensions();
            row.setOsFamily(d.os());
            row.setBrowserFamily(d.browser());
            row.setDeviceClass(d.deviceClass());
            row.setClientId(d.client());
            row.setArms(d.arms());
            row.setDecision(d.decision());
            row.setAmount(counter.amount());
            em.persist(row);
        }
        activeUsers.forEach((userId, held) -> {
            KpiActiveUserEntity row = new KpiActiveUserEntity();
            row.setId(UUID.randomUUID().toString());
            row.setRealmId(realmId);
            row.setDay(dayKey);
            row.setUserId(userId);
            row.setHeldPasskey(held);
            em.persist(row);
        });
        em.flush();
    }

    /** The counters of the days from..to (inclusive, ISO dates). */
    public List<DailyCounter> counters(String realmId, String fromDay, String toDay) {
        List<DailyCounter> counters = new ArrayList<>();
        try (Stream<Object[]> rows = em.createNamedQuery("pa.kpiDailyBetween", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("from", fromDay)
                .setParameter("to", toDay)
                .setFlushMode(FlushModeType.AUTO)
                .getResultStream()) {
            rows.forEach(r -> counters.add(new DailyCounter((String) r[0],
                    new Dimensions((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6]),
                    (String) r[7], ((Number) r[8]).longValue())));
        }
        return counters;
    }

    public ActiveUsers activeUsers(String realmId, String fromDay, String toDay) {
        Object[] row = em.createNamedQuery("pa.kpiActiveUsers", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("from", fromDay)
                .setParameter("to", toDay)
                .getSingleResult();
        return new ActiveUsers(row[0] == null ? 0 : ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    public Map<String, ActiveUsers> activeUsersPerDay(String realmId, String fromDay, String toDay) {
        Map<String, ActiveUsers> days = new HashMap<>();
        for (Object[] row : em.createNamedQuery("pa.kpiActiveUsersPerDay", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("from", fromDay)
                .setParameter("to", toDay)
                .getResultList()) {
            days.put((String) row[0], new ActiveUsers(((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()));
        }
        return days;
    }

    public void deleteByUser(String realmId, String userId) {
        em.createNamedQuery("pa.deleteKpiActiveUserByUser").setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
    }

    public void deleteByRealm(String realmId) {
        em.createNamedQuery("pa.deleteKpiDailyByRealm").setParameter("realmId", realmId).executeUpdate();
        em.createNamedQuery("pa.deleteKpiActiveUsersByRealm").setParameter("realmId", realmId).executeUpdate();
        em.createNamedQuery("pa.deleteKpiRollupStateByRealm").setParameter("realmId", realmId).executeUpdate();
    }

    /** Deletes rollup days before the given ISO date (all realms). */
    public int deleteDaysBefore(String day) {
        return em.createNamedQuery("pa.deleteKpiDailyBefore").setParameter("day", day).executeUpdate()
                + em.createNamedQuery("pa.deleteKpiActiveUsersBefore").setParameter("day", day).executeUpdate();
    }
}
