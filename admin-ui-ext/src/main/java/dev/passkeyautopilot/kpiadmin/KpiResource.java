package dev.passkeyautopilot.kpiadmin;

import dev.passkeyautopilot.admin.AdminRequestException;
import dev.passkeyautopilot.export.ExportResource;
import dev.passkeyautopilot.gate.RolloutGate;
import dev.passkeyautopilot.kpi.ArmCounts;
import dev.passkeyautopilot.kpi.ArmReadout;
import dev.passkeyautopilot.kpi.DailyCounter;
import dev.passkeyautopilot.kpi.ExperimentAssignments;
import dev.passkeyautopilot.kpi.ExperimentReadout;
import dev.passkeyautopilot.kpi.GroupBy;
import dev.passkeyautopilot.kpi.KpiRollupJob;
import dev.passkeyautopilot.kpi.KpiRollups;
import dev.passkeyautopilot.kpi.KpiSettings;
import dev.passkeyautopilot.kpi.KpiTotals;
import dev.passkeyautopilot.kpi.PasskeyPosture;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.rollout.Arm;
import dev.passkeyautopilot.rollout.Experiment;
import dev.passkeyautopilot.support.SupportRoles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /admin/realms/{realm}/passkey-autopilot/kpi}: the KPI reports (docs/kpi.md), read from the daily
 * rollups. For the role {@code support-analytics} of the support client, and realm administrators.
 */
public class KpiResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final RolloutGate gate;
    private final UserPasskeys passkeys;

    public KpiResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, RolloutGate gate, UserPasskeys passkeys) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.gate = gate;
        this.passkeys = passkeys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public KpiRepresentations.Report report(@QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("groupBy") String groupBy) {
        requireAnalytics();
        GroupBy breakdown = groupBy == null || groupBy.isBlank() ? null : GroupBy.fromParameter(groupBy).orElseThrow(() ->
                AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, "groupBy", "groupBy must be one of " + GroupBy.known() + "."));
        ZoneId zone = KpiSettings.timeZone(realm);
        ReportPeriod period = period(from, to, zone);
        // with a breakdown the database sums per value; the totals are the sum of the values
        List<DailyCounter> counters = counters(period, breakdown, false);
        KpiTotals totals = KpiTotals.of(counters);
        KpiRollups.ActiveUsers active = new KpiRollups(session).activeUsers(realm.getId(), period.from().toString(), period.to().toString());
        PasskeyPosture.Snapshot posture = posture();
        List<KpiRepresentations.Group> groups = new ArrayList<>();
        if (breakdown != null) {
            Map<String, List<DailyCounter>> byKey = new TreeMap<>();
            for (DailyCounter counter : counters) {
                byKey.computeIfAbsent(counter.dimensions().value(breakdown), k -> new ArrayList<>()).add(counter);
            }
            byKey.forEach((key, ofKey) -> {
                KpiTotals groupTotals = KpiTotals.of(ofKey);
                groups.add(new KpiRepresentations.Group(Map.of(breakdown.parameter(), key), enrollment(groupTotals), login(groupTotals)));
            });
        }
        return new KpiRepresentations.Report(realm.getName(), period.from().toString(), period.to().toString(), zone.getId(),
                enrollment(totals), login(totals), coverage(active), secondFactor(totals),
                new KpiRepresentations.Posture(posture.byProvider(), posture.synced(), posture.deviceBound(), posture.syncUnknown(),
                        posture.usersWithoutPasskey(), posture.usersWithOnePasskey(), posture.usersWithTwoOrMore(),
                        posture.usersWithOnlyDeviceBound()),
                groups);
    }

    /** The realm's passkey operations as CSV or NDJSON (see {@link ExportResource}). */
    @Path("export")
    public ExportResource export() {
        return new ExportResource(session, realm, auth);
    }

    @GET
    @Path("daily")
    @Produces(MediaType.APPLICATION_JSON)
    public KpiRepresentations.Daily daily(@QueryParam("from") String from, @QueryParam("to") String to) {
        requireAnalytics();
        ZoneId zone = KpiSettings.timeZone(realm);
        ReportPeriod period = period(from, to, zone);
        Map<String, List<DailyCounter>> byDay = new TreeMap<>();
        for (DailyCounter counter : counters(period, null, true)) {
            byDay.computeIfAbsent(counter.day(), k -> new ArrayList<>()).add(counter);
        }
        Map<String, KpiRollups.ActiveUsers> activePerDay = new KpiRollups(session)
                .activeUsersPerDay(realm.getId(), period.from().toString(), period.to().toString());
        List<KpiRepresentations.Day> days = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            KpiTotals totals = KpiTotals.of(byDay.getOrDefault(day.toString(), List.of()));
            days.add(new KpiRepresentations.Day(day.toString(), enrollment(totals), login(totals),
                    coverage(activePerDay.getOrDefault(day.toString(), new KpiRollups.ActiveUsers(0, 0))), secondFactor(totals)));
        }
        return new KpiRepresentations.Daily(realm.getName(), period.from().toString(), period.to().toString(), zone.getId(), days);
    }

    @GET
    @Path("funnels/append")
    @Produces(MediaType.APPLICATION_JSON)
    public KpiRepresentations.Funnel appendFunnel(@QueryParam("from") String from, @QueryParam("to") String to) {
        requireAnalytics();
        ReportPeriod period = period(from, to, KpiSettings.timeZone(realm));
        KpiTotals totals = KpiTotals.of(counters(period, null, false));
        return new KpiRepresentations.Funnel(realm.getName(), period.from().toString(), period.to().toString(), "append",
                KpiRepresentations.Step.of(totals.appendFunnel()), Map.of(), Map.of());
    }

    @GET
    @Path("funnels/login")
    @Produces(MediaType.APPLICATION_JSON)
    public KpiRepresentations.Funnel loginFunnel(@QueryParam("from") String from, @QueryParam("to") String to) {
        requireAnalytics();
        ReportPeriod period = period(from, to, KpiSettings.timeZone(realm));
        KpiTotals totals = KpiTotals.of(counters(period, null, false));
        return new KpiRepresentations.Funnel(realm.getName(), period.from().toString(), period.to().toString(), "login",
                KpiRepresentations.Step.of(totals.loginFunnel()), totals.promptedByMethod(), totals.loginFallbacks());
    }

    /**
     * Per arm: users assigned (first offered in the period), offers and passkeys created by users of the arm,
     * the rate with its Wilson interval, the comparison with the control (the first arm), and the SRM check.
     */
    @GET
    @Path("experiments/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public KpiRepresentations.Experiment experiment(@PathParam("name") String name, @QueryParam("from") String from,
                                                    @QueryParam("to") String to) {
        requireAnalytics();
        Experiment experiment = gate.ruleSet(realm).experiments().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, "name",
                        "No experiment of this name in the realm's rollout rules."));
        ZoneId zone = KpiSettings.timeZone(realm);
        ReportPeriod period = period(from, to, zone);
        List<DailyCounter> counters = counters(period, GroupBy.ARM, false);
        long fromMillis = period.from().atStartOfDay(zone).toInstant().toEpochMilli();
        long toMillis = period.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        Map<String, ExperimentAssignments.ArmUsers> users = new ExperimentAssignments(session)
                .usersPerArm(realm.getId(), experiment.name(), fromMillis, toMillis);
        List<ArmCounts> arms = new ArrayList<>();
        Map<String, ExperimentAssignments.ArmUsers> usersOfArm = new LinkedHashMap<>();
        for (Arm arm : experiment.arms()) {
            KpiTotals ofArm = KpiTotals.of(counters.stream().filter(c -> c.dimensions().inArm(experiment.name(), arm.name())).toList());
            ExperimentAssignments.ArmUsers armUsers = users.getOrDefault(arm.name(), new ExperimentAssignments.ArmUsers(0, 0));
            usersOfArm.put(arm.name(), armUsers);
            arms.add(new ArmCounts(arm.name(), arm.weight(), armUsers.assigned(), ofArm.enrollment().offered(), ofArm.enrollment().created()));
        }
        ExperimentReadout readout = ExperimentReadout.of(experiment.name(), arms);
        List<KpiRepresentations.ArmView> views = new ArrayList<>();
        for (ArmReadout arm : readout.arms()) {
            views.add(new KpiRepresentations.ArmView(arm.name(), arm.counts().weight(), arm.control(), arm.counts().assigned(),
                    usersOfArm.get(arm.name()).converted(), arm.counts().offers(), arm.counts().conversions(),
                    arm.rate().isPresent() ? arm.rate().getAsDouble() : null,
                    arm.interval().map(i -> new KpiRepresentations.Interval(i.lower(), i.upper())).orElse(null),
                    arm.versusControl().map(t -> new KpiRepresentations.Comparison(t.difference(),
                            new KpiRepresentations.Interval(t.lower(), t.upper()),
                            t.z().isPresent() ? t.z().getAsDouble() : null,
                            t.pValue().isPresent() ? t.pValue().getAsDouble() : null)).orElse(null)));
        }
        KpiRepresentations.SrmView srm = readout.sampleRatioMismatch()
                .map(s -> new KpiRepresentations.SrmView(true, s.chiSquare(), s.degreesOfFreedom(), s.pValue(), s.flagged()))
                .orElse(new KpiRepresentations.SrmView(false, null, null, null, false));
        return new KpiRepresentations.Experiment(realm.getName(), experiment.name(), period.from().toString(), period.to().toString(),
                readout.control(), readout.confidence(), views, srm);
    }

    private void requireAnalytics() {
        if (!SupportRoles.has(auth, realm, SupportRoles.ANALYTICS)) {
            throw AdminRequestException.forbidden("You need the " + SupportRoles.ANALYTICS + " role of the " + SupportRoles.CLIENT_ID
                    + " client for this.");
        }
    }

    /** The period asked for; when it includes today, today's rollup is recomputed first, so the report is exact now. */
    private ReportPeriod period(String from, String to, ZoneId zone) {
        LocalDate today = KpiRollups.today(zone);
        ReportPeriod period = ReportPeriod.of(from, to, today);
        if (period.includes(today)) {
            KpiRollupJob.of(session.getKeycloakSessionFactory()).refreshForReport(session, realm.getId());
        }
        return period;
    }

    private List<DailyCounter> counters(ReportPeriod period, GroupBy breakdown, boolean byDay) {
        return new KpiRollups(session).counters(realm.getId(), period.from().toString(), period.to().toString(), breakdown, byDay);
    }

    /** The posture counted with the realm's last rollup refresh; counted now if there was none yet. */
    private PasskeyPosture.Snapshot posture() {
        PasskeyPosture.Counts counts = new KpiRollups(session).state(realm.getId())
                .map(state -> PasskeyPosture.Counts.fromJson(state.getPosture()))
                .orElseGet(() -> new PasskeyPosture(session).count(realm));
        return PasskeyPosture.snapshot(counts, passkeys);
    }

    private static KpiRepresentations.Enrollment enrollment(KpiTotals totals) {
        KpiTotals.Enrollment e = totals.enrollment();
        return new KpiRepresentations.Enrollment(e.offered(), e.created(), e.skipped(), e.failed(), e.deferred(), e.rate());
    }

    private static KpiRepresentations.Login login(KpiTotals totals) {
        KpiTotals.Login l = totals.login();
        return new KpiRepresentations.Login(l.passkeyStarted(), l.passkeySucceeded(), l.passkeyFailed(), l.successRate(), l.signIns(),
                l.signInsWithPasskey(), l.usageRate(), l.fallbacks(), new KpiRepresentations.Durations(l.p50(), l.p90()), l.signInsByMethod(),
                l.passkeyStartedByMethod());
    }

    private static KpiRepresentations.Coverage coverage(KpiRollups.ActiveUsers active) {
        return new KpiRepresentations.Coverage(active.active(), active.withPasskey(),
                active.active() == 0 ? null : (double) active.withPasskey() / active.active());
    }

    private KpiRepresentations.SecondFactor secondFactor(KpiTotals totals) {
        KpiTotals.SecondFactor s = totals.secondFactor();
        BigDecimal cost = KpiSettings.costPerCode(realm);
        return new KpiRepresentations.SecondFactor(s.passkeySucceeded(), s.fallbacks(), s.codesSaved(), cost,
                cost == null ? null : cost.multiply(BigDecimal.valueOf(s.codesSaved())));
    }
}
