package dev.pitlane.workshop.center.persistence;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import dev.pitlane.workshop.center.domain.BayType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A working place at a service center, equipped for one {@link BayType}. */
@Entity
@Table(name = "bays")
public class Bay extends TenantOwnedEntity {

    @Id
    private UUID id;
    private UUID serviceCenterId;
    private String code;
    @Enumerated(EnumType.STRING)
    private BayType type;
    private boolean active;
    private Instant createdAt;
    @Version
    private Long version;

    protected Bay() {
    }

    public Bay(UUID id, UUID serviceCenterId, String code, BayType type, Instant now) {
        this.id = id;
        this.serviceCenterId = serviceCenterId;
        this.code = code;
        this.type = type;
        this.active = true;
        this.createdAt = now;
    }

    public void change(BayType newType, boolean isActive) {
        this.type = newType;
        this.active = isActive;
    }

    public UUID id() {
        return id;
    }

    public UUID serviceCenterId() {
        return serviceCenterId;
    }

    public String code() {
        return code;
    }

    public BayType type() {
        return type;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
