package dev.pitlane.workshop.jobcard.persistence;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import dev.pitlane.workshop.jobcard.domain.FuelLevel;
import dev.pitlane.workshop.jobcard.domain.JobCardAction;
import dev.pitlane.workshop.jobcard.domain.JobCardStatus;
import dev.pitlane.platform.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A job card: the vehicle's visit from intake to delivery. Its status changes only through
 * {@link #perform(JobCardAction, Instant)}; lines, technicians and the time clock change within what the status
 * allows. One aggregate with one version: two people changing the same card at once get a 409.
 */
@Entity
@Table(name = "job_cards")
public class JobCard extends TenantOwnedEntity {

    /** Intake and lines can change until the work is approved; after that a change needs a new approval. */
    private static final Set<JobCardStatus> PLANNING = EnumSet.of(JobCardStatus.OPEN, JobCardStatus.IN_INSPECTION);
    private static final Set<JobCardStatus> WORKING = EnumSet.of(JobCardStatus.IN_PROGRESS);

    public record Opening(UUID id, UUID serviceCenterId, String number, UUID appointmentId, UUID customerId,
                          UUID vehicleId, String registrationNumber, String customerName, String openedBy) {
    }

    public record Intake(Integer odometerKm, FuelLevel fuelLevel, List<String> complaints,
                         List<Check> checklist, String remarks) {
    }

    public record Check(String item, boolean ok, String note) {
    }

    @Id
    private UUID id;
    private UUID serviceCenterId;
    private String number;
    private UUID appointmentId;
    private UUID customerId;
    private UUID vehicleId;
    private String registrationNumber;
    private String customerName;
    @Enumerated(EnumType.STRING)
    private JobCardStatus status;
    private Integer odometerKm;
    @Enumerated(EnumType.STRING)
    private FuelLevel fuelLevel;
    private String remarks;
    private String openedBy;
    private Instant openedAt;
    private Instant closedAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "job_card_complaints", joinColumns = @JoinColumn(name = "job_card_id"))
    @OrderColumn(name = "position")
    private List<Complaint> complaints = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "job_card_checklist", joinColumns = @JoinColumn(name = "job_card_id"))
    private List<ChecklistItem> checklist = new ArrayList<>();

    @OneToMany(mappedBy = "jobCard", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<JobLine> lines = new ArrayList<>();

    protected JobCard() {
    }

    public JobCard(Opening o, Instant now) {
        this.id = o.id();
        this.serviceCenterId = o.serviceCenterId();
        this.number = o.number();
        this.appointmentId = o.appointmentId();
        this.customerId = o.customerId();
        this.vehicleId = o.vehicleId();
        this.registrationNumber = o.registrationNumber();
        this.customerName = o.customerName();
        this.openedBy = o.openedBy();
        this.status = JobCardStatus.OPEN;
        this.openedAt = now;
        this.updatedAt = now;
    }

    /** Moves the card on; returns the status it left. */
    public JobCardStatus perform(JobCardAction action, Instant now) {
        JobCardStatus from = status;
        JobCardStatus to = action.applyTo(status);
        if (action == JobCardAction.REQUEST_QUALITY_CHECK
                && lines.stream().flatMap(l -> l.time().stream()).anyMatch(TimeEntry::running)) {
            throw DomainException.conflict("clock-running", "Stop every running clock before the quality check");
        }
        status = to;
        if (to == JobCardStatus.CLOSED) {
            closedAt = now;
        }
        updatedAt = now;
        return from;
    }

    public void recordIntake(UUID organizationId, Intake intake, Instant now) {
        requireStatus(PLANNING, "record the intake");
        odometerKm = intake.odometerKm();
        fuelLevel = intake.fuelLevel();
        remarks = intake.remarks();
        complaints.clear();
        intake.complaints().forEach(c -> complaints.add(new Complaint(organizationId, c)));
        checklist.clear();
        intake.checklist().forEach(c -> checklist.add(new ChecklistItem(organizationId, c.item(), c.ok(), c.note())));
        updatedAt = now;
    }

    public JobLine addLine(JobLine.NewLine line, Instant now) {
        requireStatus(PLANNING, "take new lines");
        JobLine added = new JobLine(this, lines.size() + 1, line, now);
        lines.add(added);
        updatedAt = now;
        return added;
    }

    public void cancelLine(UUID lineId, Instant now) {
        requireStatus(PLANNING, "drop lines");
        line(lineId).cancel();
        updatedAt = now;
    }

    public void assign(UUID lineId, UUID technicianId, Instant now) {
        if (!status.isActive()) {
            throw DomainException.conflict("illegal-transition", "Job card " + number + " is " + status);
        }
        line(lineId).assign(technicianId);
        updatedAt = now;
    }

    public void clock(UUID lineId, UUID technicianId, ClockAction action, Instant now) {
        requireStatus(WORKING, action.name().toLowerCase() + " the clock");
        JobLine line = line(lineId);
        switch (action) {
            case START -> line.startClock(technicianId, now);
            case PAUSE -> line.stopClock(technicianId, false, now);
            case STOP -> line.stopClock(technicianId, true, now);
        }
        updatedAt = now;
    }

    public enum ClockAction {
        START, PAUSE, STOP
    }

    public JobLine line(UUID lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("Job card line", lineId));
    }

    private void requireStatus(Set<JobCardStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw DomainException.conflict("illegal-transition", "A job card that is " + status + " cannot " + what);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID serviceCenterId() {
        return serviceCenterId;
    }

    public String number() {
        return number;
    }

    public UUID appointmentId() {
        return appointmentId;
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID vehicleId() {
        return vehicleId;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public String customerName() {
        return customerName;
    }

    public JobCardStatus status() {
        return status;
    }

    public Integer odometerKm() {
        return odometerKm;
    }

    public FuelLevel fuelLevel() {
        return fuelLevel;
    }

    public String remarks() {
        return remarks;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<String> complaints() {
        return complaints.stream().map(Complaint::text).toList();
    }

    public List<Check> checklist() {
        return checklist.stream().map(c -> new Check(c.item(), c.ok(), c.note())).toList();
    }

    public List<JobLine> lines() {
        return List.copyOf(lines);
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
