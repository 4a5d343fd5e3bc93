package dev.passkeyautopilot.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A realm's SIEM sink configuration document (JSON, with secrets). Kept in a table of its own, not in a realm
 * attribute: realm attributes are readable by everyone with view-realm, sink secrets must not be.
 */
@Entity(name = "PaSinkConfig")
@Table(name = "PA_SIEM_CONFIG")
@NamedQueries({
        @NamedQuery(name = "pa.sinkConfigDeleteByRealm", query = "delete from PaSinkConfig c where c.realmId = :realmId"),
})
public class SinkConfigEntity {

    @Id
    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "CONFIG", length = 32000, nullable = false)
    private String config;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getConfig() { return config; }
    public void setConfig(String config) { this.config = config; }
    public long getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(long updatedAt) { this.updatedAt = updatedAt; }
}
