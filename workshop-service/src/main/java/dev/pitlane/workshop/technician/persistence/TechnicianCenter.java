package dev.pitlane.workshop.technician.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

@Embeddable
public class TechnicianCenter {

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    private UUID serviceCenterId;

    protected TechnicianCenter() {
    }

    TechnicianCenter(UUID organizationId, UUID serviceCenterId) {
        this.organizationId = organizationId;
        this.serviceCenterId = serviceCenterId;
    }

    public UUID serviceCenterId() {
        return serviceCenterId;
    }
}
