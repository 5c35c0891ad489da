package dev.pitlane.workshop.technician.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

@Embeddable
public class TechnicianSkill {

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    private String skill;

    protected TechnicianSkill() {
    }

    TechnicianSkill(UUID organizationId, String skill) {
        this.organizationId = organizationId;
        this.skill = skill;
    }

    public String skill() {
        return skill;
    }
}
