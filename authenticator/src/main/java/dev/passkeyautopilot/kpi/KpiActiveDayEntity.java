package dev.passkeyautopilot.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The users who signed in on a realm's day, as bitmaps over their {@link KpiUserNumberEntity numbers} (Base64 of
 * {@link java.util.BitSet#toByteArray()}): the distinct users of any period are the union of its days' bitmaps,
 * which a report computes from one row per day instead of counting distinct ids over a row per user and day.
 */
@Entity(name = "PaKpiActiveDay")
@Table(name = "PA_KPI_ACTIVE_DAY")
@NamedQueries({
        @NamedQuery(name = "pa.kpiActiveDaysBetween",
                query = "select d.users, d.usersWithPasskey from PaKpiActiveDay d"
                        + " where d.realmId = :realmId and d.day >= :from and d.day <= :to"),
        @NamedQuery(name = "pa.kpiActiveDayCountsBetween",
                query = "select d.day, d.active, d.activeWithPasskey from PaKpiActiveDay d"
                        + " where d.realmId = :realmId and d.day >= :from and d.day <= :to"),
        @NamedQuery(name = "pa.deleteKpiActiveDay",
                query = "delete from PaKpiActiveDay d where d.realmId = :realmId and d.day = :day"),
        @NamedQuery(name = "pa.deleteKpiActiveDaysByRealm",
                query = "delete from PaKpiActiveDay d where d.realmId = :realmId"),
        @NamedQuery(name = "pa.deleteKpiActiveDaysBefore",
                query = "delete from PaKpiActiveDay d where d.day < :day"),
})
public class KpiActiveDayEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "DAY", length = 10, nullable = false)
    private String day;

    @Column(name = "ACTIVE", nullable = false)
    private long active;

    @Column(name = "ACTIVE_WITH_PASSKEY", nullable = false)
    private long activeWithPasskey;

    @Column(name = "USERS", nullable = false)
    private String users;

    @Column(name = "USERS_WITH_PASSKEY", nullable = false)
    private String usersWithPasskey;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public long getActive() { return active; }
    public void setActive(long active) { this.active = active; }
    public long getActiveWithPasskey() { return activeWithPasskey; }
    public void setActiveWithPasskey(long activeWithPasskey) { this.activeWithPasskey = activeWithPasskey; }
    public String getUsers() { return users; }
    public void setUsers(String users) { this.users = users; }
    public String getUsersWithPasskey() { return usersWithPasskey; }
    public void setUsersWithPasskey(String usersWithPasskey) { this.usersWithPasskey = usersWithPasskey; }
}
