package dev.passkeyautopilot.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One successful sign-in of the realm (Keycloak's LOGIN event), whatever the method: what the usage rate,
 * coverage and the first steps of the append funnel count. Insert-only: a login never updates a shared row.
 */
@Entity(name = "PaSignIn")
@Table(name = "PA_SIGN_IN")
@NamedQueries({
        @NamedQuery(name = "pa.kpiSignInGroupsOfDay",
                query = "select s.method, s.heldPasskey, s.appendStage, s.osFamily, s.browserFamily, s.deviceClass, s.clientId, s.arms, count(s)"
                        + " from PaSignIn s where s.realmId = :realmId and s.signedInAt >= :from and s.signedInAt < :to"
                        + " group by s.method, s.heldPasskey, s.appendStage, s.osFamily, s.browserFamily, s.deviceClass, s.clientId, s.arms"),
        @NamedQuery(name = "pa.kpiActiveUsersOfDay",
                query = "select s.userId, n.number, max(case when s.heldPasskey = true then 1 else 0 end)"
                        + " from PaSignIn s left join PaKpiUserNumber n on n.userId = s.userId"
                        + " where s.realmId = :realmId and s.signedInAt >= :from and s.signedInAt < :to group by s.userId, n.number"),
        @NamedQuery(name = "pa.latestSignInsWithFactors",
                query = "select s.signedInAt, s.factors from PaSignIn s where s.realmId = :realmId and s.userId = :userId"
                        + " and s.factors is not null order by s.signedInAt desc"),
        @NamedQuery(name = "pa.deleteSignInsByUser",
                query = "delete from PaSignIn s where s.realmId = :realmId and s.userId = :userId"),
        @NamedQuery(name = "pa.deleteSignInsByRealm",
                query = "delete from PaSignIn s where s.realmId = :realmId"),
        @NamedQuery(name = "pa.deleteSignInsBefore",
                query = "delete from PaSignIn s where s.signedInAt < :cutoff"),
})
public class SignInEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "SIGNED_IN_AT", nullable = false)
    private long signedInAt;

    /** {@code SignInMethod} code. */
    @Column(name = "METHOD", length = 24, nullable = false)
    private String method;

    @Column(name = "CLIENT_ID", length = 255)
    private String clientId;

    @Column(name = "OS_FAMILY", length = 64)
    private String osFamily;

    @Column(name = "BROWSER_FAMILY", length = 64)
    private String browserFamily;

    @Column(name = "DEVICE_CLASS", length = 16)
    private String deviceClass;

    @Column(name = "HELD_PASSKEY", nullable = false)
    private boolean heldPasskey;

    /** {@code AppendStage} code; null when the offer was not evaluated. */
    @Column(name = "APPEND_STAGE", length = 24)
    private String appendStage;

    /** The user's experiment arms at the sign-in, {@code experiment:arm} comma-separated; null when none. */
    @Column(name = "ARMS", length = 255)
    private String arms;

    /** The methods that authenticated the sign-in, RFC 8176 values comma-separated ({@code pwd,hwk,mfa}); null when none is known. */
    @Column(name = "FACTORS", length = 64)
    private String factors;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public long getSignedInAt() { return signedInAt; }
    public void setSignedInAt(long signedInAt) { this.signedInAt = signedInAt; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getOsFamily() { return osFamily; }
    public void setOsFamily(String osFamily) { this.osFamily = osFamily; }
    public String getBrowserFamily() { return browserFamily; }
    public void setBrowserFamily(String browserFamily) { this.browserFamily = browserFamily; }
    public String getDeviceClass() { return deviceClass; }
    public void setDeviceClass(String deviceClass) { this.deviceClass = deviceClass; }
    public boolean isHeldPasskey() { return heldPasskey; }
    public void setHeldPasskey(boolean heldPasskey) { this.heldPasskey = heldPasskey; }
    public String getAppendStage() { return appendStage; }
    public void setAppendStage(String appendStage) { this.appendStage = appendStage; }
    public String getFactors() { return factors; }
    public void setFactors(String factors) { this.factors = factors; }
    public String getArms() { return arms; }
    public void setArms(String arms) { this.arms = arms; }
}
