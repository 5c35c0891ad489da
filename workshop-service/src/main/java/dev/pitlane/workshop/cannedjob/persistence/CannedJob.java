package dev.pitlane.workshop.cannedjob.persistence;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import dev.pitlane.workshop.center.domain.BayType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A standard job (periodic service, wheel alignment...): its standard hours, SAC, and the bay and skill it needs. */
@Entity
@Table(name = "canned_jobs")
public class CannedJob extends TenantOwnedEntity {

    @Id
    private UUID id;
    private String code;
    private String name;
    private BigDecimal standardHours;
    private String sac;
    @Enumerated(EnumType.STRING)
    private BayType bayType;
    private String skill;
    private boolean active;
    private Instant createdAt;
    @Version
    private Long version;

    protected CannedJob() {
    }

    public CannedJob(UUID id, String code, Instant now) {
        this.id = id;
        this.code = code;
        this.active = true;
        this.createdAt = now;
    }

    public void describe(String newName, BigDecimal hours, String newSac, BayType bay, String newSkill,
                         boolean isActive) {
        this.name = newName;
        this.standardHours = hours;
        this.sac = newSac;
        this.bayType = bay;
        this.skill = newSkill;
        this.active = isActive;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public BigDecimal standardHours() {
        return standardHours;
    }

    public String sac() {
        return sac;
    }

    public BayType bayType() {
        return bayType;
    }

    public String skill() {
        return skill;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
