package dev.passkeyautopilot.passkey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * What Keycloak's credential model drops for a passkey, kept next to it: one row per Keycloak credential
 * (same id). The table references Keycloak's CREDENTIAL table with ON DELETE CASCADE, so a credential
 * removed by any path (account console, admin console, REST, user or realm removal) takes its row along.
 */
// The entity name is prefixed: Keycloak or another extension may one day add a "PasskeyDetails" entity.
@Entity(name = "PaPasskeyDetails")
@Table(name = "PA_PASSKEY_DETAILS")
@NamedQueries({
        @NamedQuery(name = "pa.passkeyDetailsByUser",
                query = "select d from PaPasskeyDetails d where d.realmId = :realmId and d.userId = :userId"),
        @NamedQuery(name = "pa.deletePasskeyDetailsByUser",
                query = "delete from PaPasskeyDetails d where d.realmId = :realmId and d.userId = :userId"),
        @NamedQuery(name = "pa.deletePasskeyDetailsByRealm",
                query = "delete from PaPasskeyDetails d where d.realmId = :realmId"),
})
public class PasskeyDetailsEntity {

    @Id
    @Column(name = "CREDENTIAL_ID", length = 36)
    private String credentialId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "BACKUP_ELIGIBLE")
    private Boolean backupEligible;

    @Column(name = "BACKUP_STATE")
    private Boolean backupState;

    @Column(name = "ATTACHMENT", length = 20)
    private String attachment;

    @Column(name = "TRANSPORTS", length = 100)
    private String transports;

    @Column(name = "CREATED_OS", length = 64)
    private String createdOs;

    @Column(name = "CREATED_OS_VERSION", length = 32)
    private String createdOsVersion;

    @Column(name = "CREATED_BROWSER", length = 64)
    private String createdBrowser;

    @Column(name = "CREATED_BROWSER_VERSION", length = 32)
    private String createdBrowserVersion;

    @Column(name = "CREATED_DEVICE_CLASS", length = 16)
    private String createdDeviceClass;

    @Column(name = "CREATED_DEVICE_MARKER", length = 64)
    private String createdDeviceMarker;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "LAST_USED_AT")
    private Long lastUsedAt;

    @Column(name = "LAST_USED_DEVICE_MARKER", length = 64)
    private String lastUsedDeviceMarker;

    @Column(name = "LAST_USED_OS", length = 64)
    private String lastUsedOs;

    @Column(name = "LAST_USED_OS_VERSION", length = 32)
    private String lastUsedOsVersion;

    @Column(name = "LAST_USED_BROWSER", length = 64)
    private String lastUsedBrowser;

    @Column(name = "LAST_USED_BROWSER_VERSION", length = 32)
    private String lastUsedBrowserVersion;

    @Column(name = "USE_COUNT", nullable = false)
    private int useCount;

    /** The authenticator model's AAGUID, for the provider name of the posture report; null before 0.4.0. */
    @Column(name = "AAGUID", length = 36)
    private String aaguid;

    @Column(name = "CLONE_SUSPECTED_AT")
    private Long cloneSuspectedAt;

    public String getCredentialId() { return credentialId; }
    public void setCredentialId(String credentialId) { this.credentialId = credentialId; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public Boolean getBackupEligible() { return backupEligible; }
    public void setBackupEligible(Boolean backupEligible) { this.backupEligible = backupEligible; }
    public Boolean getBackupState() { return backupState; }
    public void setBackupState(Boolean backupState) { this.backupState = backupState; }
    public String getAttachment() { return attachment; }
    public void setAttachment(String attachment) { this.attachment = attachment; }
    public String getTransports() { return transports; }
    public void setTransports(String transports) { this.transports = transports; }
    public String getCreatedOs() { return createdOs; }
    public void setCreatedOs(String createdOs) { this.createdOs = createdOs; }
    public String getCreatedOsVersion() { return createdOsVersion; }
    public void setCreatedOsVersion(String createdOsVersion) { this.createdOsVersion = createdOsVersion; }
    public String getCreatedBrowser() { return createdBrowser; }
    public void setCreatedBrowser(String createdBrowser) { this.createdBrowser = createdBrowser; }
    public String getCreatedBrowserVersion() { return createdBrowserVersion; }
    public void setCreatedBrowserVersion(String createdBrowserVersion) { this.createdBrowserVersion = createdBrowserVersion; }
    public String getCreatedDeviceClass() { return createdDeviceClass; }
    public void setCreatedDeviceClass(String createdDeviceClass) { this.createdDeviceClass = createdDeviceClass; }
    public String getCreatedDeviceMarker() { return createdDeviceMarker; }
    public void setCreatedDeviceMarker(String createdDeviceMarker) { this.createdDeviceMarker = createdDeviceMarker; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
    public Long getLastUsedAt() { return lastUsedAt; }
    public void setLastUsedAt(Long lastUsedAt) { this.lastUsedAt = lastUsedAt; }
    public String getLastUsedDeviceMarker() { return lastUsedDeviceMarker; }
    public void setLastUsedDeviceMarker(String lastUsedDeviceMarker) { this.lastUsedDeviceMarker = lastUsedDeviceMarker; }
    public String getLastUsedOs() { return lastUsedOs; }
    public void setLastUsedOs(String lastUsedOs) { this.lastUsedOs = lastUsedOs; }
    public String getLastUsedOsVersion() { return lastUsedOsVersion; }
    public void setLastUsedOsVersion(String lastUsedOsVersion) { this.lastUsedOsVersion = lastUsedOsVersion; }
    public String getLastUsedBrowser() { return lastUsedBrowser; }
    public void setLastUsedBrowser(String lastUsedBrowser) { this.lastUsedBrowser = lastUsedBrowser; }
    public String getLastUsedBrowserVersion() { return lastUsedBrowserVersion; }
    public void setLastUsedBrowserVersion(String lastUsedBrowserVersion) { this.lastUsedBrowserVersion = lastUsedBrowserVersion; }
    public int getUseCount() { return useCount; }
    public void setUseCount(int useCount) { this.useCount = useCount; }
    public Long getCloneSuspectedAt() { return cloneSuspectedAt; }
    public void setCloneSuspectedAt(Long cloneSuspectedAt) { this.cloneSuspectedAt = cloneSuspectedAt; }

    public String getAaguid() { return aaguid; }
    public void setAaguid(String aaguid) { this.aaguid = aaguid; }
}
