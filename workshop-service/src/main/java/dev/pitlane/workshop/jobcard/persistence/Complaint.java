package dev.pitlane.workshop.jobcard.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

@Embeddable
public class Complaint {

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    private String text;

    protected Complaint() {
    }

    Complaint(UUID organizationId, String text) {
        this.organizationId = organizationId;
        this.text = text;
    }

    public String text() {
        return text;
    }
}
