package dev.pitlane.workshop.jobcard.application;

import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.workshop.cannedjob.application.CannedJobService;
import dev.pitlane.workshop.cannedjob.application.CannedJobView;
import dev.pitlane.workshop.center.application.CenterSchedule;
import dev.pitlane.workshop.center.application.ServiceCenterService;
import dev.pitlane.workshop.customer.application.VehicleOfCustomer;
import dev.pitlane.workshop.jobcard.domain.FinancialYear;
import dev.pitlane.workshop.jobcard.domain.JobCardAction;
import dev.pitlane.workshop.jobcard.domain.JobCardStatus;
import dev.pitlane.workshop.jobcard.domain.LineKind;
import dev.pitlane.workshop.jobcard.persistence.JobCard;
import dev.pitlane.workshop.jobcard.persistence.JobCardNumbers;
import dev.pitlane.workshop.jobcard.persistence.JobCardRepository;
import dev.pitlane.workshop.jobcard.persistence.JobLine;
import dev.pitlane.workshop.shared.application.Pages;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.workshop.technician.application.TechnicianService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Job cards in the database: opening (with its number), intake, lines, technicians, time clock, workflow. */
@Service
@Transactional
public class JobCardService {

    private final JobCardRepository jobCards;
    private final JobCardNumbers numbers;
    private final ServiceCenterService centers;
    private final TechnicianService technicians;
    private final CannedJobService cannedJobs;
    private final JobCardEvents events;
    private final Clock clock;

    JobCardService(JobCardRepository jobCards, JobCardNumbers numbers, ServiceCenterService centers,
                   TechnicianService technicians, CannedJobService cannedJobs, Outbox outbox, Clock clock) {
        this.cannedJobs = cannedJobs;
        this.jobCards = jobCards;
        this.numbers = numbers;
        this.centers = centers;
        this.technicians = technicians;
        this.events = new JobCardEvents(outbox);
        this.clock = clock;
    }

    /** The vehicle was checked with customer-service before this transaction began. */
    public JobCardView open(OpenJobCard request, UUID centerId, VehicleOfCustomer vehicle) {
        CenterSchedule center = centers.schedule(centerId);
        Instant now = clock.instant();
        FinancialYear year = FinancialYear.containing(LocalDate.ofInstant(now, center.calendar().zone()));
        String number = numbers.next(center.id(), center.code(), year);
        JobCard card = new JobCard(new JobCard.Opening(UUID.randomUUID(), center.id(), number,
                request.appointmentId(), vehicle.customerId(), vehicle.vehicleId(), vehicle.registrationNumber(),
                vehicle.customerName(), TenantContext.caller().subject()), now);
        if (request.intake() != null) {
            card.recordIntake(TenantContext.organizationId(), request.intake(), now);
        }
        card = jobCards.saveAndFlush(card);
        events.opened(card);
        return JobCardView.of(card, now);
    }

    public JobCardView perform(UUID id, JobCardAction action, long version) {
        JobCard card = find(id, version);
        Instant now = clock.instant();
        JobCardStatus from = card.perform(action, now);
        card = jobCards.saveAndFlush(card);
        events.statusChanged(card, from, now);
        return JobCardView.of(card, now);
    }

    public JobCardView recordIntake(UUID id, JobCard.Intake intake, long version) {
        JobCard card = find(id, version);
        card.recordIntake(TenantContext.organizationId(), intake, clock.instant());
        return JobCardView.of(jobCards.saveAndFlush(card), clock.instant());
    }

    public JobCardView addLine(UUID id, LineRequest request, long version) {
        JobCard card = find(id, version);
        card.addLine(newLine(card, request), clock.instant());
        return JobCardView.of(jobCards.saveAndFlush(card), clock.instant());
    }

    public JobCardView cancelLine(UUID id, UUID lineId, long version) {
        JobCard card = find(id, version);
        card.cancelLine(lineId, clock.instant());
        return JobCardView.of(jobCards.saveAndFlush(card), clock.instant());
    }

    public JobCardView assign(UUID id, UUID lineId, UUID technicianId, long version) {
        JobCard card = find(id, version);
        var technician = technicians.get(technicianId);
        if (!technician.active() || !technician.serviceCenterIds().contains(card.serviceCenterId())) {
            throw DomainException.unprocessable("technician-not-at-center", "Technician " + technicianId
                    + " does not work at this job card's service center");
        }
        card.assign(lineId, technicianId, clock.instant());
        return JobCardView.of(jobCards.saveAndFlush(card), clock.instant());
    }

    /** The calling technician's own clock on a line; a technician's clock runs on one line at a time. */
    public JobCardView clock(UUID id, UUID lineId, JobCard.ClockAction action) {
        JobCard card = jobCards.findById(id).orElseThrow(() -> DomainException.notFound("Job card", id));
        UUID technician = UUID.fromString(TenantContext.caller().subject());
        card.clock(lineId, technician, action, clock.instant());
        return JobCardView.of(jobCards.saveAndFlush(card), clock.instant());
    }

    @Transactional(readOnly = true)
    public JobCardView get(UUID id) {
        return JobCardView.of(jobCards.findById(id).orElseThrow(() -> DomainException.notFound("Job card", id)),
                clock.instant());
    }

    @Transactional(readOnly = true)
    public PageResponse<JobCardView> search(UUID centerId, JobCardStatus status, UUID vehicleId, PageQuery query) {
        return Pages.response(jobCards.search(centerId, status, vehicleId, Pages.pageable(query, "id")), query,
                c -> JobCardView.of(c, clock.instant()));
    }

    private JobLine.NewLine newLine(JobCard card, LineRequest r) {
        if (r.kind() == LineKind.PART) {
            if (r.itemId() == null || r.quantity() == null || r.unitPrice() == null || r.taxCode() == null
                    || r.description() == null) {
                throw DomainException.unprocessable("incomplete-line",
                        "A part line names its item, description, HSN, quantity and unit price");
            }
            return new JobLine.NewLine(LineKind.PART, r.description(), r.taxCode(), null, r.itemId(),
                    r.quantity(), r.unitPrice());
        }
        BigDecimal rate = r.unitPrice() != null ? r.unitPrice() : centers.schedule(card.serviceCenterId()).labourRate();
        if (r.cannedJobId() != null) {
            CannedJobView job = cannedJobs.get(r.cannedJobId());
            return new JobLine.NewLine(LineKind.LABOUR, job.name(), job.sac(), job.id(), null,
                    job.standardHours().setScale(3, RoundingMode.UNNECESSARY), rate);
        }
        if (r.description() == null || r.taxCode() == null || r.quantity() == null) {
            throw DomainException.unprocessable("incomplete-line",
                    "A labour line names a canned job, or its description, SAC and hours");
        }
        return new JobLine.NewLine(LineKind.LABOUR, r.description(), r.taxCode(), null, null, r.quantity(), rate);
    }

    private JobCard find(UUID id, long version) {
        JobCard card = jobCards.findById(id).orElseThrow(() -> DomainException.notFound("Job card", id));
        if (card.version() != version) {
            throw new ObjectOptimisticLockingFailureException(JobCard.class, id);
        }
        return card;
    }
}
