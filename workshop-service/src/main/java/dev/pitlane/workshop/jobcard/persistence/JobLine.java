package dev.pitlane.workshop.jobcard.persistence;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import dev.pitlane.workshop.jobcard.domain.LineKind;
import dev.pitlane.workshop.jobcard.domain.LineStatus;
import dev.pitlane.platform.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A labour or parts line of a job card, the technician assigned to it and the time clocked on it. */
@Entity
@Table(name = "job_card_lines")
public class JobLine extends TenantOwnedEntity {

    public record NewLine(LineKind kind, String description, String taxCode, UUID cannedJobId, UUID itemId,
                          BigDecimal quantity, BigDecimal unitPrice) {
    }

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_card_id")
    private JobCard jobCard;
    private int position;
    @Enumerated(EnumType.STRING)
    private LineKind kind;
    private String description;
    private String taxCode;
    private UUID cannedJobId;
    private UUID itemId;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private UUID technicianId;
    @Enumerated(EnumType.STRING)
    private LineStatus status;
    private Instant createdAt;

    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL)
    @OrderBy("startedAt")
    private List<TimeEntry> time = new ArrayList<>();

    protected JobLine() {
    }

    JobLine(JobCard jobCard, int position, NewLine line, Instant now) {
        this.id = UUID.randomUUID();
        this.jobCard = jobCard;
        this.position = position;
        this.kind = line.kind();
        this.description = line.description();
        this.taxCode = line.taxCode();
        this.cannedJobId = line.cannedJobId();
        this.itemId = line.itemId();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.status = LineStatus.OPEN;
        this.createdAt = now;
    }

    void assign(UUID technician) {
        requireOpen();
        technicianId = technician;
    }

    void cancel() {
        requireOpen();
        runningEntry().ifPresent(e -> {
            throw DomainException.conflict("clock-running", "Stop the clock on line " + position + " first");
        });
        status = LineStatus.CANCELLED;
    }

    void startClock(UUID technician, Instant now) {
        requireOpen();
        if (!technician.equals(technicianId)) {
            throw DomainException.conflict("not-assigned", "Line " + position + " is not assigned to you");
        }
        if (runningEntry().isPresent()) {
            throw DomainException.conflict("clock-running", "The clock already runs on line " + position);
        }
        time.add(new TimeEntry(this, technician, now));
    }

    /** Pause: the clock stops, the line stays open. Stop: the clock stops and the line's work is done. */
    void stopClock(UUID technician, boolean done, Instant now) {
        requireOpen();
        TimeEntry running = runningEntry().filter(e -> e.technicianId().equals(technician))
                .orElseThrow(() -> DomainException.conflict("clock-not-running",
                        "Your clock does not run on line " + position));
        running.end(now);
        if (done) {
            status = LineStatus.DONE;
        }
    }

    private Optional<TimeEntry> runningEntry() {
        return time.stream().filter(TimeEntry::running).findFirst();
    }

    private void requireOpen() {
        if (status != LineStatus.OPEN) {
            throw DomainException.conflict("line-closed", "Line " + position + " is " + status);
        }
    }

    public Duration clocked(Instant now) {
        return time.stream().map(e -> e.length(now)).reduce(Duration.ZERO, Duration::plus);
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public LineKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public String taxCode() {
        return taxCode;
    }

    public UUID cannedJobId() {
        return cannedJobId;
    }

    public UUID itemId() {
        return itemId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public UUID technicianId() {
        return technicianId;
    }

    public LineStatus status() {
        return status;
    }

    public List<TimeEntry> time() {
        return List.copyOf(time);
    }
}
