package dev.passkeyautopilot.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One counter of a realm's day ({@code dev.passkeyautopilot.kpi.DailyCounter}); rows of a day are replaced together. */
@Entity(name = "PaKpiDaily")
@Table(name = "PA_KPI_DAILY")
@NamedQueries({
        @NamedQuery(name = "pa.kpiDailyBetween",
                query = "select d.day, d.osFamily, d.browserFamily, d.deviceClass, d.clientId, d.arms, d.decision, d.metric, d.amount"
                        + " from PaKpiDaily d where d.realmId = :realmId and d.day >= :from and d.day <= :to"),
        @NamedQuery(name = "pa.deleteKpiDay",
                query = "delete from PaKpiDaily d where d.realmId = :realmId and d.day = :day"),
        @NamedQuery(name = "pa.deleteKpiDailyByRealm",
                query = "delete from PaKpiDaily d where d.realmId = :realmId"),
        @NamedQuery(name = "pa.deleteKpiDailyBefore",
                query = "delete from PaKpiDaily d where d.day < :day"),
})
public class KpiDailyEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "DAY", length = 10, nullable = false)
    private String day;

    @Column(name = "METRIC", length = 160, nullable = false)
    private String metric;

    @Column(name = "OS_FAMILY", length = 64)
    private String osFamily;

    @Column(name = "BROWSER_FAMILY", length = 64)
    private String browserFamily;

    @Column(name = "DEVICE_CLASS", length = 16)
    private String deviceClass;

    @Column(name = "CLIENT_ID", length = 255)
    private String clientId;

    @Column(name = "ARMS", length = 255)
    private String arms;

    @Column(name = "DECISION", length = 20)
    private String decision;

    @Column(name = "AMOUNT", nullable = false)
    private long amount;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getMetric() { return metric; }
    public void setMetric(String metric) { this.metric = metric; }
    public String getOsFamily() { return osFamily; }
    public void setOsFamily(String osFamily) { this.osFamily = osFamily; }
    public String getBrowserFamily() { return browserFamily; }
    public void setBrowserFamily(String browserFamily) { this.browserFamily = browserFamily; }
    public String getDeviceClass() { return deviceClass; }
    public void setDeviceClass(String deviceClass) { this.deviceClass = deviceClass; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getArms() { return arms; }
    public void setArms(String arms) { this.arms = arms; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public long getAmount() { return amount; }
    public void setAmount(long amount) { this.amount = amount; }
}
