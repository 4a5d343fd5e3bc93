package dev.passkeyautopilot.operation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One passkey operation: a login attempt or an append offer of one user, with the environment it ran in,
 * what the intelligence decided and why, and how it ended. Written when the decision is made (outcome
 * {@code pending}) and completed when the attempt ends, so abandoned attempts stay visible as pending.
 */
// The entity name is prefixed: Keycloak or another extension may one day add a "PasskeyOperation" entity.
@Entity(name = "PaPasskeyOperation")
@Table(name = "PA_PASSKEY_OPERATION")
@NamedQueries({
        @NamedQuery(name = "pa.operationsOfUserHere",
                query = "select o.outcome, o.automatic from PaPasskeyOperation o where o.realmId = :realmId and o.userId = :userId"
                        + " and o.kind in ('login', 'second_factor') and o.startedAt >= :since and o.environmentKey = :environmentKey"
                        + " order by o.startedAt desc"),
        @NamedQuery(name = "pa.operationsOfUserInBrowser",
                query = "select o.outcome, o.automatic from PaPasskeyOperation o where o.realmId = :realmId and o.userId = :userId"
                        + " and o.kind in ('login', 'second_factor') and o.startedAt >= :since and o.deviceMarker = :deviceMarker"
                        + " order by o.startedAt desc"),
        @NamedQuery(name = "pa.automaticOutcomesInEnvironment",
                query = "select o.userId, o.outcome from PaPasskeyOperation o where o.realmId = :realmId and o.environmentKey = :environmentKey"
                        + " and o.kind in ('login', 'second_factor') and o.automatic = true and o.startedAt >= :since and o.outcome <> 'pending'"
                        + " and o.identifiedBy in ('verified_factor', 'device_marker')"
                        + " order by o.startedAt desc"),
        @NamedQuery(name = "pa.countOperationsOfUserSince",
                query = "select count(o) from PaPasskeyOperation o where o.realmId = :realmId and o.userId = :userId"
                        + " and o.startedAt >= :since"),
        @NamedQuery(name = "pa.signedInWithDeviceMarker",
                query = "select o.id from PaPasskeyOperation o where o.realmId = :realmId and o.userId = :userId"
                        + " and o.deviceMarker = :deviceMarker and (o.signedIn = true or o.outcome = 'success')"),
        @NamedQuery(name = "pa.timelineOfUser",
                query = "select o from PaPasskeyOperation o where o.realmId = :realmId and o.userId = :userId"
                        + " order by o.startedAt desc, o.id desc"),
        @NamedQuery(name = "pa.countOperations",
                query = "select count(o) from PaPasskeyOperation o where o.realmId = :realmId and o.userId = :userId"
                        + " and o.kind = :kind and o.outcome = :outcome"),
        @NamedQuery(name = "pa.deleteOperationsByUser",
                query = "delete from PaPasskeyOperation o where o.realmId = :realmId and o.userId = :userId"),
        @NamedQuery(name = "pa.deleteOperationsByRealm",
                query = "delete from PaPasskeyOperation o where o.realmId = :realmId"),
        @NamedQuery(name = "pa.deleteOperationsBefore",
                query = "delete from PaPasskeyOperation o where o.startedAt < :cutoff"),
})
public class PasskeyOperationEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    /** {@code login} or {@code append}. */
    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @Column(name = "STARTED_AT", nullable = false)
    private long startedAt;

    @Column(name = "DURATION_MS")
    private Long durationMs;

    /** {@code pending}, {@code success}, {@code not_offered}, {@code skipped}, {@code deferred}, or a failure reason code. */
    @Column(name = "OUTCOME", length = 40, nullable = false)
    private String outcome;

    @Column(name = "DECISION", length = 20)
    private String decision;

    /** Comma-separated reason codes of the decision. */
    @Column(name = "DECISION_REASONS", length = 255)
    private String decisionReasons;

    @Column(name = "DECISION_MICROS")
    private Integer decisionMicros;

    /** The browser's prompt was started without a click. */
    @Column(name = "AUTOMATIC", nullable = false)
    private boolean automatic;

    @Column(name = "ENVIRONMENT_KEY", length = 130, nullable = false)
    private String environmentKey;

    @Column(name = "OS_FAMILY", length = 64)
    private String osFamily;

    @Column(name = "OS_VERSION", length = 32)
    private String osVersion;

    @Column(name = "BROWSER_FAMILY", length = 64)
    private String browserFamily;

    @Column(name = "BROWSER_VERSION", length = 32)
    private String browserVersion;

    @Column(name = "DEVICE_CLASS", length = 16)
    private String deviceClass;

    @Column(name = "DEVICE_MARKER", length = 64)
    private String deviceMarker;

    /** Keycloak credential id of the passkey used or created, when known. */
    @Column(name = "CREDENTIAL_ID", length = 36)
    private String credentialId;

    /**
     * How the user of an automatic prompt was identified: {@code verified_factor}, {@code device_marker} (a
     * marker seen with a sign-in of this user before) or {@code username} (nothing but the name); null for
     * other operations. Only the first two count in the realm-wide statistics.
     */
    @Column(name = "IDENTIFIED_BY", length = 16)
    private String identifiedBy;

    /** The login this operation belongs to ended signed in: its device marker is then known for the user. */
    @Column(name = "SIGNED_IN", nullable = false)
    private boolean signedIn;

    /** Keycloak client id of the login (KPI breakdown). */
    @Column(name = "CLIENT_ID", length = 255)
    private String clientId;

    /** The login method the operation ended with ({@code LoginMethod} code); null while pending. */
    @Column(name = "METHOD", length = 24)
    private String method;

    /** The user's experiment arms at the time, {@code experiment:arm} comma-separated. */
    @Column(name = "ARMS", length = 255)
    private String arms;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public long getStartedAt() { return startedAt; }
    public void setStartedAt(long startedAt) { this.startedAt = startedAt; }
    public Long getDurationMs() { return durationMs; }
    public void setDurationMs(Long durationMs) { this.durationMs = durationMs; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getDecisionReasons() { return decisionReasons; }
    public void setDecisionReasons(String decisionReasons) { this.decisionReasons = decisionReasons; }
    public Integer getDecisionMicros() { return decisionMicros; }
    public void setDecisionMicros(Integer decisionMicros) { this.decisionMicros = decisionMicros; }
    public boolean isAutomatic() { return automatic; }
    public void setAutomatic(boolean automatic) { this.automatic = automatic; }
    public String getEnvironmentKey() { return environmentKey; }
    public void setEnvironmentKey(String environmentKey) { this.environmentKey = environmentKey; }
    public String getOsFamily() { return osFamily; }
    public void setOsFamily(String osFamily) { this.osFamily = osFamily; }
    public String getOsVersion() { return osVersion; }
    public void setOsVersion(String osVersion) { this.osVersion = osVersion; }
    public String getBrowserFamily() { return browserFamily; }
    public void setBrowserFamily(String browserFamily) { this.browserFamily = browserFamily; }
    public String getBrowserVersion() { return browserVersion; }
    public void setBrowserVersion(String browserVersion) { this.browserVersion = browserVersion; }
    public String getDeviceClass() { return deviceClass; }
    public void setDeviceClass(String deviceClass) { this.deviceClass = deviceClass; }
    public String getDeviceMarker() { return deviceMarker; }
    public void setDeviceMarker(String deviceMarker) { this.deviceMarker = deviceMarker; }
    public String getCredentialId() { return credentialId; }
    public void setCredentialId(String credentialId) { this.credentialId = credentialId; }
    public String getIdentifiedBy() { return identifiedBy; }
    public void setIdentifiedBy(String identifiedBy) { this.identifiedBy = identifiedBy; }
    public boolean isSignedIn() { return signedIn; }
    public void setSignedIn(boolean signedIn) { this.signedIn = signedIn; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getArms() { return arms; }
    public void setArms(String arms) { this.arms = arms; }
}
