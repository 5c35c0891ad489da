package dev.pitlane.workshop.center.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.UUID;

/** A day a center is closed (a row of service_center_holidays). */
@Embeddable
public class Holiday {

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    private LocalDate day;
    private String name;

    protected Holiday() {
    }

    Holiday(UUID organizationId, LocalDate day, String name) {
        this.organizationId = organizationId;
        this.day = day;
        this.name = name;
    }

    public LocalDate day() {
        return day;
    }

    public String name() {
        return name;
    }
}
