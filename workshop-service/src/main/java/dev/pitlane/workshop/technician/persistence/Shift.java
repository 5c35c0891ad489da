package dev.pitlane.workshop.technician.persistence;

import dev.pitlane.workshop.center.domain.DailyHours;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A technician's working hours on one weekday. */
@Embeddable
public class Shift {

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    private int weekday;
    private LocalTime startsAt;
    private LocalTime endsAt;

    protected Shift() {
    }

    Shift(UUID organizationId, DailyHours hours) {
        this.organizationId = organizationId;
        this.weekday = hours.day().getValue();
        this.startsAt = hours.from();
        this.endsAt = hours.to();
    }

    public DailyHours toDomain() {
        return new DailyHours(DayOfWeek.of(weekday), startsAt, endsAt);
    }
}
