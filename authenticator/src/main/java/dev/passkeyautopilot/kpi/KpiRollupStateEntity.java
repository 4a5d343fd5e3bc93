package dev.passkeyautopilot.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One row per realm: its lock (read for update) serialises the recomputes of the realm's rollups across nodes;
 * {@code COMPUTED_THROUGH} is the last day computed after it ended, so that a node down for days catches up.
 */
@Entity(name = "PaKpiRollupState")
@Table(name = "PA_KPI_ROLLUP_STATE")
@NamedQueries({
        @NamedQuery(name = "pa.deleteKpiRollupStateByRealm",
                query = "delete from PaKpiRollupState s where s.realmId = :realmId"),
})
public class KpiRollupStateEntity {

    @Id
    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "COMPUTED_THROUGH", length = 10)
    private String computedThrough;

    @Column(name = "REFRESHED_AT", nullable = false)
    private long refreshedAt;

    /** {@link PasskeyPosture.Counts} as JSON, counted with the last refresh; null before the first. */
    @Column(name = "POSTURE", length = 32000)
    private String posture;

    @Column(name = "POSTURE_AT")
    private Long postureAt;

    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getComputedThrough() { return computedThrough; }
    public void setComputedThrough(String computedThrough) { this.computedThrough = computedThrough; }
    public long getRefreshedAt() { return refreshedAt; }
    public void setRefreshedAt(long refreshedAt) { this.refreshedAt = refreshedAt; }
    public String getPosture() { return posture; }
    public void setPosture(String posture) { this.posture = posture; }
    public Long getPostureAt() { return postureAt; }
    public void setPostureAt(Long postureAt) { this.postureAt = postureAt; }
}
