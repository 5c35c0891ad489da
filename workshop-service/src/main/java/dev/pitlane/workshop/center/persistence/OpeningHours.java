package dev.pitlane.workshop.center.persistence;

import dev.pitlane.workshop.center.domain.DailyHours;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** One weekday's opening hours of a center (a row of service_center_hours). */
@Embeddable
public class OpeningHours {

    // a child row carries its organization like every tenant row (row-level security reads it)
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    private int weekday;
    @Column(name = "opens_at")
    private LocalTime opensAt;
    @Column(name = "closes_at")
    private LocalTime closesAt;

    protected OpeningHours() {
    }

    OpeningHours(UUID organizationId, DailyHours hours) {
        this.organizationId = organizationId;
        this.weekday = hours.day().getValue();
        this.opensAt = hours.from();
        this.closesAt = hours.to();
    }

    public DailyHours toDomain() {
        return new DailyHours(DayOfWeek.of(weekday), opensAt, closesAt);
    }
}
