package dev.passkeyautopilot.operation;

import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.intelligence.History;
import dev.passkeyautopilot.kpi.DurationHistogram;
import dev.passkeyautopilot.metrics.DecisionTags;
import dev.passkeyautopilot.metrics.OperationTags;
import dev.passkeyautopilot.metrics.PasskeyMeters;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.vocabulary.LoginMethod;
import dev.passkeyautopilot.vocabulary.OperationKind;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.passkey.PasskeyAutopilotJpaEntityProviderFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakTransactionManager;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * Records passkey operations and answers the history questions the intelligence asks. Every query reads
 * through an index and a row limit, so a decision costs the same with a hundred or a million rows.
 */
public class PasskeyOperations {

    /**
     * What {@link #start} answers instead of an id when the user's operations of the past hour reached the
     * limit: the attempt goes on, it is only not stored. {@link #finish} ignores it like any unknown id.
     */
    public static final String NOT_STORED = "";
    /** Default of the operator option {@code operations-per-user-per-hour}. */
    public static final int DEFAULT_OPERATIONS_PER_USER_PER_HOUR = 20;
    static final Duration LIMIT_WINDOW = Duration.ofHours(1);

    /** How the user of an automatic prompt was identified ({@code IDENTIFIED_BY}): a factor verified in this login. */
    public static final String IDENTIFIED_BY_VERIFIED_FACTOR = "verified_factor";
    /** ... a device marker seen with a sign-in of this user before. */
    public static final String IDENTIFIED_BY_DEVICE_MARKER = "device_marker";
    /** ... nothing but the username anyone can type: such prompts never count realm-wide. */
    public static final String IDENTIFIED_BY_USERNAME = "username";

    /** How a passkey is used when the user, not the page, started the prompt. */
    private static final Set<LoginMethod> STARTED_BY_THE_USER = EnumSet.of(LoginMethod.PASSKEY_AUTOFILL, LoginMethod.PASSKEY_BUTTON);

    private static final Logger LOG = Logger.getLogger(PasskeyOperations.class);

    /** How far back the per-user count of failures looks (rows, newest first). */
    static final int USER_HISTORY_ROWS = 50;
    /** The realm-wide failure share is taken over at most this many recent automatic prompts. */
    static final int REALM_HISTORY_ROWS = 200;

    private final KeycloakSession session;
    private final EntityManager em;
    private final EnvironmentOutcomes environmentOutcomes;
    private final PasskeyMeters meters;
    private final int operationsPerUserPerHour;

    public PasskeyOperations(KeycloakSession session) {
        this(session, EnvironmentOutcomes.NONE, PasskeyMeters.NONE);
    }

    public PasskeyOperations(KeycloakSession session, EnvironmentOutcomes environmentOutcomes, PasskeyMeters meters) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.environmentOutcomes = environmentOutcomes;
        this.meters = meters;
        this.operationsPerUserPerHour = PasskeyAutopilotJpaEntityProviderFactory.of(session.getKeycloakSessionFactory())
                .map(PasskeyAutopilotJpaEntityProviderFactory::operationsPerUserPerHour).orElse(DEFAULT_OPERATIONS_PER_USER_PER_HOUR);
    }

    /** The key realm-wide statistics group by: OS family and browser family. */
    public static String environmentKey(Environment environment) {
        return environment.osFamily() + "|" + environment.browserFamily();
    }

    /**
     * Records a login decision on the login's pending operation when there is one (a page shown again decides
     * again, but it is still one attempt), else as a new pending operation.
     *
     * @param pendingOperationId the login's operation so far, if any
     * @return the operation's id, or {@link #NOT_STORED}
     */
    public String decide(RealmModel realm, UserModel user, OperationStart decided, Optional<String> pendingOperationId) {
        timeDecision(decided);
        PasskeyOperationEntity operation = pendingOperationId.filter(id -> !id.isEmpty())
                .map(id -> em.find(PasskeyOperationEntity.class, id)).orElse(null);
        if (operation == null || !operation.getUserId().equals(user.getId()) || !operation.getRealmId().equals(realm.getId())
                || !decided.kind().code().equals(operation.getKind()) || !Outcome.PENDING.code().equals(operation.getOutcome())) {
            return store(realm, user, decided);
        }
        // No second "decided" event: the ended event carries the decision the attempt ended with.
        describe(operation, decided);
        return operation.getId();
    }

    /**
     * Records a pending operation; returns its id, or {@link #NOT_STORED} when the user's operations of the
     * past hour reached the limit (anonymous requests, which need only a username, cannot fill the table).
     */
    public String start(RealmModel realm, UserModel user, OperationStart start) {
        timeDecision(start);
        return store(realm, user, start);
    }

    private String store(RealmModel realm, UserModel user, OperationStart start) {
        if (limitReached(realm, user)) {
            LOG.debugf("Passkey operation of user %s not stored: %d in the past hour", user.getId(), operationsPerUserPerHour);
            return NOT_STORED;
        }
        PasskeyOperationEntity operation = new PasskeyOperationEntity();
        operation.setId(UUID.randomUUID().toString());
        operation.setRealmId(realm.getId());
        operation.setUserId(user.getId());
        operation.setKind(start.kind().code());
        operation.setStartedAt(Time.currentTimeMillis());
        operation.setOutcome(Outcome.PENDING.code());
        describe(operation, start);
        reportDimensions(operation);
        em.persist(operation);
        publish(PasskeyOperationEvent.Phase.STARTED, operation);
        return operation.getId();
    }

    /** A decision counts on the meters whether or not its operation is stored (the per-user limit). */
    private void timeDecision(OperationStart start) {
        start.decision().ifPresent(decision -> meters.decided(DecisionTags.of(start.kind(), decision), start.decisionMicros()));
    }

    private static void describe(PasskeyOperationEntity operation, OperationStart start) {
        Environment environment = start.environment();
        operation.setDecision(start.decision().orElse(null));
        operation.setDecisionReasons(cap(start.decisionReasons(), 255));
        operation.setDecisionMicros((int) Math.min(Integer.MAX_VALUE, start.decisionMicros()));
        operation.setAutomatic(start.automatic());
        operation.setIdentifiedBy(start.identifiedBy().orElse(null));
        operation.setEnvironmentKey(cap(environmentKey(environment), 130));
        operation.setOsFamily(environment.osFamily());
        operation.setOsVersion(environment.osVersion());
        operation.setBrowserFamily(environment.browserFamily());
        operation.setBrowserVersion(environment.browserVersion());
        operation.setDeviceClass(environment.deviceClass());
        operation.setDeviceMarker(start.deviceMarker().orElse(null));
    }

    /** The client and experiment arms of the login, which the KPI reports break operations down by. */
    private void reportDimensions(PasskeyOperationEntity operation) {
        var authSession = session.getContext().getAuthenticationSession();
        if (authSession == null) {
            return;
        }
        if (authSession.getClient() != null) {
            operation.setClientId(cap(authSession.getClient().getClientId(), 255));
        }
        operation.setArms(cap(AttemptNotes.of(authSession).experiments().orElse(null), 255));
    }

    /** The method an operation ended with: as the step said, else what its kind and start imply. */
    private static String method(PasskeyOperationEntity operation, OperationEnd end) {
        if (end.method().isPresent()) {
            return end.method().get().code();
        }
        if (OperationKind.SECOND_FACTOR.code().equals(operation.getKind())) {
            return LoginMethod.PASSKEY_SECOND_FACTOR.code();
        }
        if (OperationKind.LOGIN.code().equals(operation.getKind()) && operation.isAutomatic()) {
            return LoginMethod.PASSKEY_AUTOMATIC.code();
        }
        return null;
    }

    private boolean limitReached(RealmModel realm, UserModel user) {
        long since = Time.currentTimeMillis() - LIMIT_WINDOW.toMillis();
        return em.createNamedQuery("pa.countOperationsOfUserSince", Long.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", user.getId())
                .setParameter("since", since)
                .getSingleResult() >= operationsPerUserPerHour;
    }

    /**
     * The login of this operation ended signed in (by passkey, password or any other factor): from now on its
     * device marker is one this user is known to sign in with.
     */
    public void signedIn(String operationId, UserModel user) {
        if (operationId == null || operationId.isEmpty() || user == null) {
            return;
        }
        PasskeyOperationEntity operation = em.find(PasskeyOperationEntity.class, operationId);
        if (operation != null && operation.getUserId().equals(user.getId())) {
            operation.setSignedIn(true);
        }
    }

    /** Whether this device marker was seen with a sign-in of this user before (a passkey success or a signed-in login). */
    public boolean knownDeviceMarker(RealmModel realm, UserModel user, String deviceMarker) {
        return !em.createNamedQuery("pa.signedInWithDeviceMarker", String.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", user.getId())
                .setParameter("deviceMarker", deviceMarker)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * Completes a pending operation. An id that names no operation of this user (a forged or stale note) is
     * ignored: outcomes are only ever written to the user's own rows.
     */
    public void finish(Optional<String> operationId, UserModel user, OperationEnd end) {
        if (operationId.isEmpty() || operationId.get().isEmpty()) {
            return;
        }
        PasskeyOperationEntity operation = em.find(PasskeyOperationEntity.class, operationId.get());
        if (operation == null || user == null || !operation.getUserId().equals(user.getId())) {
            return;
        }
        if (!Outcome.PENDING.code().equals(operation.getOutcome())) {
            // finished once already (e.g. "not_offered" at decision time): the first outcome is the truth
            return;
        }
        operation.setOutcome(cap(end.outcome(), 40));
        operation.setMethod(method(operation, end));
        end.durationMillis().ifPresent(operation::setDurationMs);
        end.credentialId().ifPresent(operation::setCredentialId);
        if (end.method().filter(STARTED_BY_THE_USER::contains).isPresent()) {
            // a passkey picked from autofill or asked for by a click was no automatic prompt, whatever was decided
            operation.setAutomatic(false);
        }
        publish(PasskeyOperationEvent.Phase.FINISHED, operation);
        countAfterCommit(OperationTags.of(operation.getKind(), operation.getOutcome(), operation.getMethod(), operation.getOsFamily(),
                operation.getBrowserFamily()), end.durationMillis());
    }

    /** The meters count what the database keeps: an operation whose transaction rolls back is not counted. */
    private void countAfterCommit(OperationTags tags, Optional<Long> durationMillis) {
        KeycloakTransactionManager transaction = session.getTransactionManager();
        if (!transaction.isActive()) {
            meters.ended(tags, durationMillis);
            return;
        }
        transaction.enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                meters.ended(tags, durationMillis);
            }

            @Override
            protected void rollbackImpl() {
                // nothing was kept, nothing is counted
            }
        });
    }

    private void publish(PasskeyOperationEvent.Phase phase, PasskeyOperationEntity operation) {
        var authSession = session.getContext().getAuthenticationSession();
        String experiments = authSession == null ? null : AttemptNotes.of(authSession).experiments().orElse(null);
        session.getKeycloakSessionFactory().publish(new PasskeyOperationEvent(session, phase, operation, experiments));
    }

    /**
     * What the intelligence learns from: the user's automatic prompts that failed in this browser (by device
     * marker, else in this environment) since the last success there, and the realm's recent automatic
     * prompts in this environment, each user counted once and only prompts whose user was identified by a
     * verified factor or a known device marker (a username alone is anyone's to type). Prompts at the login and at the second factor alike: the same
     * authenticator answers both, so a prompt that keeps failing at one would fail at the other.
     */
    public History history(RealmModel realmModel, UserModel user, Environment environment, Optional<String> deviceMarker, Duration lookBack) {
        long since = Time.currentTimeMillis() - lookBack.toMillis();
        String environmentKey = cap(environmentKey(environment), 130);
        List<Object[]> mine = (deviceMarker.isPresent()
                ? em.createNamedQuery("pa.operationsOfUserInBrowser", Object[].class).setParameter("deviceMarker", deviceMarker.get())
                : em.createNamedQuery("pa.operationsOfUserHere", Object[].class).setParameter("environmentKey", environmentKey))
                .setParameter("realmId", realmModel.getId())
                .setParameter("userId", user.getId())
                .setParameter("since", since)
                // nothing of ours is pending in this transaction that the query must see: skip Hibernate's auto-flush
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(USER_HISTORY_ROWS)
                .getResultList();
        int failuresSinceSuccess = 0;
        for (Object[] row : mine) {
            String outcome = (String) row[0];
            if (Outcome.SUCCESS.code().equals(outcome)) {
                break;
            }
            if (Boolean.TRUE.equals(row[1]) && Outcome.promptDidNotWork(outcome)) {
                failuresSinceSuccess++;
            }
        }
        EnvironmentOutcomes.Counts realm = environmentOutcomes.get(realmModel.getId(), environmentKey, () -> {
            List<Object[]> outcomes = em.createNamedQuery("pa.automaticOutcomesInEnvironment", Object[].class)
                    .setParameter("realmId", realmModel.getId())
                    .setParameter("environmentKey", environmentKey)
                    .setParameter("since", since)
                    .setFlushMode(FlushModeType.COMMIT)
                    .setMaxResults(REALM_HISTORY_ROWS)
                    .getResultList();
            return EnvironmentOutcomes.Counts.oncePerUser(outcomes, Outcome::promptDidNotWork);
        });
        return new History(failuresSinceSuccess, realm.attempts(), realm.failures());
    }

    /** The user's operations, newest first, a page at a time: the support timeline. */
    public List<PasskeyOperationEntity> timeline(RealmModel realm, UserModel user, int first, int max) {
        return em.createNamedQuery("pa.timelineOfUser", PasskeyOperationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", user.getId())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** How many operations of this kind ended with this outcome for the user (e.g. deferred append offers). */
    public long count(RealmModel realm, UserModel user, OperationKind kind, Outcome outcome) {
        return em.createNamedQuery("pa.countOperations", Long.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", user.getId())
                .setParameter("kind", kind.code())
                .setParameter("outcome", outcome.code())
                .getSingleResult();
    }

    public int deleteByUser(String realmId, String userId) {
        return em.createNamedQuery("pa.deleteOperationsByUser").setParameter("realmId", realmId).setParameter("userId", userId)
                .executeUpdate();
    }

    /**
     * The duration bucket of an operation ({@code DurationHistogram}'s upper bound, -1 without a duration), as a query
     * expression: the rollup groups a day's operations by it rather than by every distinct duration.
     */
    private static final String DURATION_BUCKET;

    static {
        StringBuilder bucket = new StringBuilder("case when o.durationMs is null or o.durationMs < 0 then -1L");
        for (long bound : DurationHistogram.bounds()) {
            bucket.append(" when o.durationMs <= ").append(bound).append(" then ").append(bound).append("L");
        }
        DURATION_BUCKET = bucket.append(" else ").append(DurationHistogram.OVERFLOW).append("L end").toString();
    }

    private static final String KPI_GROUPS = "o.kind, o.outcome, o.method, " + DURATION_BUCKET
            + ", o.osFamily, o.browserFamily, o.deviceClass, o.clientId, o.arms, o.decision";

    /**
     * The operations that started in [from, to) as KPI facts, grouped in the database: the rollup of one realm's day.
     * Columns: kind, outcome, method, duration bucket (-1 for none), osFamily, browserFamily, deviceClass, clientId,
     * arms, decision, and how many operations the group holds.
     */
    public List<Object[]> kpiFactGroups(String realmId, long from, long to) {
        return em.createQuery("select " + KPI_GROUPS + ", count(o) from PaPasskeyOperation o where o.realmId = :realmId"
                        + " and o.startedAt >= :from and o.startedAt < :to group by " + KPI_GROUPS, Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    public int deleteByRealm(String realmId) {
        return em.createNamedQuery("pa.deleteOperationsByRealm").setParameter("realmId", realmId).executeUpdate();
    }

    public int deleteOlderThan(long cutoffMillis) {
        return em.createNamedQuery("pa.deleteOperationsBefore").setParameter("cutoff", cutoffMillis).executeUpdate();
    }

    private static String cap(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
