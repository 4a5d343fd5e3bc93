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
import java.util.Base64;
import java.util.BitSet;
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
        state.setPosture(new PasskeyPosture(session).count(realm).toJson());
        state.setPostureAt(Time.currentTimeMillis());
        state.setRefreshedAt(Time.currentTimeMillis());
    }

    /**
     * When the realm's rollups were last refreshed (0 for never), read as a value: the state row does not enter this
     * session's persistence context, so {@link #state} after a refresh in another transaction reads that refresh.
     */
    public long refreshedAt(String realmId) {
        return em.createQuery("select s.refreshedAt from PaKpiRollupState s where s.realmId = :realmId", Long.class)
                .setParameter("realmId", realmId)
                .getResultStream().findFirst().orElse(0L);
    }

    /** The realm's rollup state as last committed (not locked); empty before its first refresh. */
    public Optional<KpiRollupStateEntity> state(String realmId) {
        return Optional.ofNullable(em.find(KpiRollupStateEntity.class, realmId));
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
        // the database groups the day's rows (a busy day has hundreds of thousands): only the groups come over
        for (Object[] r : new PasskeyOperations(session).kpiFactGroups(realmId, from, to)) {
            long bucket = ((Number) r[3]).longValue();
            rollup.add(new OperationFact((String) r[0], (String) r[1], Optional.ofNullable((String) r[2]),
                    bucket < 0 ? Optional.empty() : Optional.of(bucket), new Dimensions((String) r[4], (String) r[5], (String) r[6],
                    (String) r[7], (String) r[8], (String) r[9])), ((Number) r[10]).longValue());
        }
        SignIns signIns = new SignIns(session);
        for (Object[] r : signIns.kpiFactGroups(realmId, from, to)) {
            rollup.add(new SignInFact(SignInMethod.fromCode((String) r[0]).orElse(SignInMethod.OTHER), Boolean.TRUE.equals(r[1]),
                    Optional.ofNullable((String) r[2]).flatMap(AppendStage::fromCode),
                    new Dimensions((String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], "")), ((Number) r[8]).longValue());
        }
        em.createNamedQuery("pa.deleteKpiDay").setParameter("realmId", realmId).setParameter("day", dayKey).executeUpdate();
        em.createNamedQuery("pa.deleteKpiActiveUsersOfDay").setParameter("realmId", realmId).setParameter("day", dayKey).executeUpdate();
        List<Object> written = new ArrayList<>();
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
            persist(row, written);
        }
        em.createNamedQuery("pa.deleteKpiActiveDay").setParameter("realmId", realmId).setParameter("day", dayKey).executeUpdate();
        BitSet active = new BitSet();
        BitSet withPasskey = new BitSet();
        int[] next = {-1};
        try (Stream<Object[]> users = signIns.activeUsers(realmId, from, to)) {
            users.forEach(r -> {
                int number;
                if (r[1] != null) {
                    number = ((Number) r[1]).intValue();
                } else {
                    // a user active for the first time: the next number of the realm (we hold the realm's lock)
                    if (next[0] < 0) {
                        Number last = em.createNamedQuery("pa.kpiLastUserNumber", Number.class).setParameter("realmId", realmId)
                                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
                        next[0] = last == null ? 0 : last.intValue() + 1;
                    }
                    number = next[0]++;
                    KpiUserNumberEntity row = new KpiUserNumberEntity();
                    row.setUserId((String) r[0]);
                    row.setRealmId(realmId);
                    row.setNumber(number);
                    persist(row, written);
                }
                active.set(number);
                if (((Number) r[2]).intValue() > 0) {
                    withPasskey.set(number);
                }
            });
        }
        KpiActiveDayEntity activeDay = new KpiActiveDayEntity();
        activeDay.setId(UUID.randomUUID().toString());
        activeDay.setRealmId(realmId);
        activeDay.setDay(dayKey);
        activeDay.setActive(active.cardinality());
        activeDay.setActiveWithPasskey(withPasskey.cardinality());
        activeDay.setUsers(Base64.getEncoder().encodeToString(active.toByteArray()));
        activeDay.setUsersWithPasskey(Base64.getEncoder().encodeToString(withPasskey.toByteArray()));
        persist(activeDay, written);
        flushAndDetach(written);
    }

    /**
     * The first rollups of a big realm number tens of thousands of users: rows are written in chunks and then let go,
     * so the persistence context (and each flush's dirty check) stays small however many days are recomputed.
     */
    private void persist(Object row, List<Object> written) {
        em.persist(row);
        written.add(row);
        if (written.size() >= 1000) {
            flushAndDetach(written);
        }
    }

    private void flushAndDetach(List<Object> written) {
        em.flush();
        written.forEach(em::detach);
        written.clear();
    }

    /**
     * The counters of the days from..to (inclusive, ISO dates), added up in the database over every dimension but
     * the one asked for: a report reads one row per metric (and value), not every stored counter of the period.
     *
     * @param breakdown null for totals (each counter carries the day {@code fromDay} and no dimension)
     * @param byDay     one counter per day and metric (and value), with its day
     */
    public List<DailyCounter> counters(String realmId, String fromDay, String toDay, GroupBy breakdown, boolean byDay) {
        String field = breakdown == null ? null : switch (breakdown) {
            case OS -> "d.osFamily";
            case BROWSER -> "d.browserFamily";
            case CLIENT -> "d.clientId";
            case ARM -> "d.arms";
            case DEVICE_CLASS -> "d.deviceClass";
        };
        String groups = (byDay ? "d.day, " : "") + (field == null ? "" : field + ", ") + "d.metric";
        List<DailyCounter> counters = new ArrayList<>();
        for (Object[] r : em.createQuery("select " + groups + ", sum(d.amount) from PaKpiDaily d"
                        + " where d.realmId = :realmId and d.day >= :from and d.day <= :to group by " + groups, Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("from", fromDay)
                .setParameter("to", toDay)
                .setFlushMode(FlushModeType.AUTO)
                .getResultList()) {
            int i = 0;
            String day = byDay ? (String) r[i++] : fromDay;
            String value = field == null ? "" : (String) r[i++];
            String metric = (String) r[i++];
            long amount = ((Number) r[i]).longValue();
            Dimensions dimensions = breakdown == null ? Dimensions.NONE : switch (breakdown) {
                case OS -> new Dimensions(value, "", "", "", "", "");
                case BROWSER -> new Dimensions("", value, "", "", "", "");
                case DEVICE_CLASS -> new Dimensions("", "", value, "", "", "");
                case CLIENT -> new Dimensions("", "", "", value, "", "");
                case ARM -> new Dimensions("", "", "", "", value, "");
            };
            counters.add(new DailyCounter(day, dimensions, metric, amount));
        }
        return counters;
    }

    /**
     * The distinct users active in the days from..to (inclusive): the union of the days' bitmaps, with the users of
     * days still kept as rows by 0.4.0 added in (by their number where they have one, else by id).
     */
    public ActiveUsers activeUsers(String realmId, String fromDay, String toDay) {
        BitSet active = new BitSet();
        BitSet withPasskey = new BitSet();
        for (Object[] row : em.createNamedQuery("pa.kpiActiveDaysBetween", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("from", fromDay)
                .setParameter("to", toDay)
                .getResultList()) {
            active.or(BitSet.valueOf(Base64.getDecoder().decode((String) row[0])));
            withPasskey.or(BitSet.valueOf(Base64.getDecoder().decode((String) row[1])));
        }
        Map<String, Boolean> unnumbered = new HashMap<>();
        for (Object[] row : em.createNamedQuery("pa.kpiLegacyActiveUsers", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("from", fromDay)
                .setParameter("to", toDay)
                .getResultList()) {
            boolean held = Boolean.TRUE.equals(row[2]);
            if (row[1] == null) {
                unnumbered.merge((String) row[0], held, Boolean::logicalOr);
            } else {
                active.set(((Number) row[1]).intValue());
                if (held) {
                    withPasskey.set(((Number) row[1]).intValue());
                }
            }
        }
        return new ActiveUsers(active.cardinality() + unnumbered.size(),
                withPasskey.cardinality() + unnumbered.values().stream().filter(Boolean::booleanValue).count());
    }

    /** Per day of from..to (inclusive): its active users, from the day's counts (or its 0.4.0 rows). */
    public Map<String, ActiveUsers> activeUsersPerDay(String realmId, String fromDay, String toDay) {
        Map<String, ActiveUsers> days = new HashMap<>();
        for (Object[] row : em.createNamedQuery("pa.kpiActiveUsersPerDay", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("from", fromDay)
                .setParameter("to", toDay)
                .getResultList()) {
            days.put((String) row[0], new ActiveUsers(((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()));
        }
        for (Object[] row : em.createNamedQuery("pa.kpiActiveDayCountsBetween", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("from", fromDay)
                .setParameter("to", toDay)
                .getResultList()) {
            days.put((String) row[0], new ActiveUsers(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return days;
    }

    /**
     * Forgets the user's number (their bits in past days' bitmaps stay, as the daily counters keep counting their past
     * sign-ins: without the number nothing links them to the user) and their 0.4.0 active-user rows.
     */
    public void deleteByUser(String realmId, String userId) {
        em.createNamedQuery("pa.deleteKpiActiveUserByUser").setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
        em.createNamedQuery("pa.deleteKpiUserNumberByUser").setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
    }

    public void deleteByRealm(String realmId) {
        em.createNamedQuery("pa.deleteKpiDailyByRealm").setParameter("realmId", realmId).executeUpdate();
        em.createNamedQuery("pa.deleteKpiActiveUsersByRealm").setParameter("realmId", realmId).executeUpdate();
        em.createNamedQuery("pa.deleteKpiActiveDaysByRealm").setParameter("realmId", realmId).executeUpdate();
        em.createNamedQuery("pa.deleteKpiUserNumbersByRealm").setParameter("realmId", realmId).executeUpdate();
        em.createNamedQuery("pa.deleteKpiRollupStateByRealm").setParameter("realmId", realmId).executeUpdate();
    }

    /** Deletes rollup days before the given ISO date (all realms). */
    public int deleteDaysBefore(String day) {
        return em.createNamedQuery("pa.deleteKpiDailyBefore").setParameter("day", day).executeUpdate()
                + em.createNamedQuery("pa.deleteKpiActiveUsersBefore").setParameter("day", day).executeUpdate()
                + em.createNamedQuery("pa.deleteKpiActiveDaysBefore").setParameter("day", day).executeUpdate();
    }
}
