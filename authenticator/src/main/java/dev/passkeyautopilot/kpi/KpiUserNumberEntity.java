package dev.passkeyautopilot.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A user's position in the realm's active-user bitmaps ({@link KpiActiveDayEntity}): numbers are handed out 0, 1,
 * 2, ... per realm under the realm's rollup lock, the first time a user is seen active, and never reused.
 */
@Entity(name = "PaKpiUserNumber")
@Table(name = "PA_KPI_USER_NUMBER")
@NamedQueries({
        @NamedQuery(name = "pa.kpiLastUserNumber",
                query = "select max(n.number) from PaKpiUserNumber n where n.realmId = :realmId"),
        @NamedQuery(name = "pa.deleteKpiUserNumberByUser",
                query = "delete from PaKpiUserNumber n where n.realmId = :realmId and n.userId = :userId"),
        @NamedQuery(name = "pa.deleteKpiUserNumbersByRealm",
                query = "delete from PaKpiUserNumber n where n.realmId = :realmId"),
})
public class KpiUserNumberEntity {

    /** Keycloak's user id (unique across realms). */
    @Id
    @Column(name = "USER_ID", length = 36)
    private String userId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "NUMBER", nullable = false)
    private int number;

    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public int getNumber() { return number; }
    public void setNumber(int number) { this.number = number; }
}
