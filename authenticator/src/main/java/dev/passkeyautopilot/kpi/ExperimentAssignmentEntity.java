package dev.passkeyautopilot.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A user of an experiment arm: written once, when the user is first offered (or held an offer) under the
 * experiment; {@code CONVERTED_AT} when the user then creates a passkey through an offer. What the sample-ratio
 * check counts (users per arm).
 */
@Entity(name = "PaExperimentAssignment")
@Table(name = "PA_EXPERIMENT_ASSIGNMENT")
@NamedQueries({
        @NamedQuery(name = "pa.experimentsOfUser",
                query = "select a.experiment from PaExperimentAssignment a where a.realmId = :realmId and a.userId = :userId"),
        @NamedQuery(name = "pa.convertUser",
                query = "update PaExperimentAssignment a set a.convertedAt = :at where a.realmId = :realmId and a.userId = :userId"
                        + " and a.convertedAt is null"),
        @NamedQuery(name = "pa.usersPerArm",
                query = "select a.arm, count(distinct a.userId), count(distinct case when a.convertedAt is not null then a.userId end)"
                        + " from PaExperimentAssignment a where a.realmId = :realmId and a.experiment = :experiment"
                        + " and a.assignedAt >= :from and a.assignedAt < :to group by a.arm"),
        @NamedQuery(name = "pa.deleteAssignmentsByUser",
                query = "delete from PaExperimentAssignment a where a.realmId = :realmId and a.userId = :userId"),
        @NamedQuery(name = "pa.deleteAssignmentsByRealm",
                query = "delete from PaExperimentAssignment a where a.realmId = :realmId"),
})
public class ExperimentAssignmentEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "EXPERIMENT", length = 64, nullable = false)
    private String experiment;

    @Column(name = "ARM", length = 64, nullable = false)
    private String arm;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "ASSIGNED_AT", nullable = false)
    private long assignedAt;

    @Column(name = "CONVERTED_AT")
    private Long convertedAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getExperiment() { return experiment; }
    public void setExperiment(String experiment) { this.experiment = experiment; }
    public String getArm() { return arm; }
    public void setArm(String arm) { this.arm = arm; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public long getAssignedAt() { return assignedAt; }
    public void setAssignedAt(long assignedAt) { this.assignedAt = assignedAt; }
    public Long getConvertedAt() { return convertedAt; }
    public void setConvertedAt(Long convertedAt) { this.convertedAt = convertedAt; }
}
