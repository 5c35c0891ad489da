package dev.pitlane.workshop.jobcard.persistence;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A stretch of a technician's clocked time on a line; open while {@code endedAt} is null. */
@Entity
@Table(name = "time_entries")
public class TimeEntry extends TenantOwnedEntity {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_card_line_id")
    private JobLine line;
    private UUID technicianId;
    private Instant startedAt;
    private Instant endedAt;

    protected TimeEntry() {
    }

    TimeEntry(JobLine line, UUID technicianId, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.line = line;
        this.technicianId = technicianId;
        this.startedAt = startedAt;
    }

    void end(Instant at) {
        endedAt = at;
    }

    public boolean running() {
        return endedAt == null;
    }

    public UUID technicianId() {
        return technicianId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Duration length(Instant now) {
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }
}
