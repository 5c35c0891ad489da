package dev.pitlane.workshop.appointment.persistence;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import dev.pitlane.workshop.appointment.domain.AppointmentStatus;
import dev.pitlane.workshop.appointment.domain.Slot;
import dev.pitlane.workshop.shared.domain.TimeRange;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A booked visit: a canned job for a customer's vehicle, holding a bay and a technician for its time range. */
@Entity
@Table(name = "appointments")
public class Appointment extends TenantOwnedEntity {

    @Id
    private UUID id;
    private UUID serviceCenterId;
    private UUID cannedJobId;
    private UUID customerId;
    private UUID vehicleId;
    private UUID bayId;
    private UUID technicianId;
    private Instant startsAt;
    private Instant endsAt;
    @Enumerated(EnumType.STRING)
    private AppointmentStatus status;
    private String notes;
    private String cancelReason;
    private String bookedBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Appointment() {
    }

    public Appointment(UUID id, UUID serviceCenterId, UUID cannedJobId, UUID customerId, UUID vehicleId, Slot slot,
                       String notes, String bookedBy, Instant now) {
        this.id = id;
        this.serviceCenterId = serviceCenterId;
        this.cannedJobId = cannedJobId;
        this.customerId = customerId;
        this.vehicleId = vehicleId;
        this.notes = notes;
        this.bookedBy = bookedBy;
        this.status = AppointmentStatus.BOOKED;
        this.createdAt = now;
        take(slot, now);
    }

    public void reschedule(Slot slot, Instant now) {
        status.requireReschedulable();
        take(slot, now);
    }

    public void checkIn(Instant now) {
        status = status.checkIn();
        updatedAt = now;
    }

    public void cancel(String reason, Instant now) {
        status = status.cancel();
        cancelReason = reason;
        updatedAt = now;
    }

    public void noShow(Instant now) {
        status = status.noShow();
        updatedAt = now;
    }

    private void take(Slot slot, Instant now) {
        this.bayId = slot.bayId();
        this.technicianId = slot.technicianId();
        this.startsAt = slot.range().start();
        this.endsAt = slot.range().end();
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID serviceCenterId() {
        return serviceCenterId;
    }

    public UUID cannedJobId() {
        return cannedJobId;
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID vehicleId() {
        return vehicleId;
    }

    public UUID bayId() {
        return bayId;
    }

    public UUID technicianId() {
        return technicianId;
    }

    public TimeRange range() {
        return new TimeRange(startsAt, endsAt);
    }

    public AppointmentStatus status() {
        return status;
    }

    public String notes() {
        return notes;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String bookedBy() {
        return bookedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
