package dev.passkeyautopilot.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A user who signed in on a realm's day, and whether they held a passkey at one of those sign-ins, as 0.4.0 kept
 * them (one row per user and day). Days recomputed since keep their users in {@link KpiActiveDayEntity} bitmaps and
 * drop these rows; a report still counts the rows of days not recomputed since, together with the bitmaps.
 */
@Entity(name = "PaKpiActiveUser")
@Table(name = "PA_KPI_ACTIVE_USER")
@NamedQueries({
        @NamedQuery(name = "pa.kpiLegacyActiveUsers",
                query = "select u.userId, n.number, u.heldPasskey from PaKpiActiveUser u left join PaKpiUserNumber n on n.userId = u.userId"
                        + " where u.realmId = :realmId and u.day >= :from and u.day <= :to"),
        @NamedQuery(name = "pa.kpiActiveUsersPerDay",
                query = "select u.day, count(u.userId), sum(case when u.heldPasskey = true then 1 else 0 end)"
                        + " from PaKpiActiveUser u where u.realmId = :realmId and u.day >= :from and u.day <= :to group by u.day"),
        @NamedQuery(name = "pa.deleteKpiActiveUsersOfDay",
                query = "delete from PaKpiActiveUser u where u.realmId = :realmId and u.day = :day"),
        @NamedQuery(name = "pa.deleteKpiActiveUserByUser",
                query = "delete from PaKpiActiveUser u where u.realmId = :realmId and u.userId = :userId"),
        @NamedQuery(name = "pa.deleteKpiActiveUsersByRealm",
                query = "delete from PaKpiActiveUser u where u.realmId = :realmId"),
        @NamedQuery(name = "pa.deleteKpiActiveUsersBefore",
                query = "delete from PaKpiActiveUser u where u.day < :day"),
})
public class KpiActiveUserEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "DAY", length = 10, nullable = false)
    private String day;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "HELD_PASSKEY", nullable = false)
    private boolean heldPasskey;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public boolean isHeldPasskey() { return heldPasskey; }
    public void setHeldPasskey(boolean heldPasskey) { this.heldPasskey = heldPasskey; }
}
