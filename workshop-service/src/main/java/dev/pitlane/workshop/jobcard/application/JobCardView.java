package dev.pitlane.workshop.jobcard.application;

import dev.pitlane.workshop.jobcard.domain.FuelLevel;
import dev.pitlane.workshop.jobcard.domain.JobCardStatus;
import dev.pitlane.workshop.jobcard.domain.LineKind;
import dev.pitlane.workshop.jobcard.domain.LineStatus;
import dev.pitlane.workshop.jobcard.persistence.JobCard;
import dev.pitlane.workshop.jobcard.persistence.JobLine;
import dev.pitlane.workshop.jobcard.persistence.TimeEntry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record JobCardView(UUID id, String number, UUID serviceCenterId, UUID appointmentId, UUID customerId,
                          UUID vehicleId, String registrationNumber, String customerName, JobCardStatus status,
                          Integer odometerKm, FuelLevel fuelLevel, List<String> complaints,
                          List<JobCard.Check> checklist, String remarks, List<LineView> lines, String openedBy,
                          Instant openedAt, Instant closedAt, long version) {

    /** {@code clockedHours} beside {@code quantity} (the sold hours of a labour line). */
    public record LineView(UUID id, int position, LineKind kind, String description, String taxCode,
                           UUID cannedJobId, UUID itemId, BigDecimal quantity, BigDecimal unitPrice,
                           UUID technicianId, LineStatus status, BigDecimal clockedHours, List<TimeView> time) {
    }

    public record TimeView(UUID technicianId, Instant startedAt, Instant endedAt) {
    }

    static JobCardView of(JobCard c, Instant now) {
        return new JobCardView(c.id(), c.number(), c.serviceCenterId(), c.appointmentId(), c.customerId(),
                c.vehicleId(), c.registrationNumber(), c.customerName(), c.status(), c.odometerKm(), c.fuelLevel(),
                c.complaints(), c.checklist(), c.remarks(), c.lines().stream().map(l -> line(l, now)).toList(),
                c.openedBy(), c.openedAt(), c.closedAt(), c.version());
    }

    private static LineView line(JobLine l, Instant now) {
        BigDecimal hours = BigDecimal.valueOf(l.clocked(now).toSeconds())
                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
        return new LineView(l.id(), l.position(), l.kind(), l.description(), l.taxCode(), l.cannedJobId(),
                l.itemId(), l.quantity(), l.unitPrice(), l.technicianId(), l.status(), hours,
                l.time().stream().map(t -> new TimeView(t.technicianId(), t.startedAt(), t.endedAt())).toList());
    }
}
