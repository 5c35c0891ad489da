package dev.pitlane.workshop.jobcard.web;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.ApiException;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.workshop.jobcard.application.JobCardOpening;
import dev.pitlane.workshop.jobcard.application.JobCardService;
import dev.pitlane.workshop.jobcard.application.JobCardView;
import dev.pitlane.workshop.jobcard.application.LineRequest;
import dev.pitlane.workshop.jobcard.application.OpenJobCard;
import dev.pitlane.workshop.jobcard.domain.FuelLevel;
import dev.pitlane.workshop.jobcard.domain.JobCardAction;
import dev.pitlane.workshop.jobcard.domain.JobCardStatus;
import dev.pitlane.workshop.jobcard.domain.LineKind;
import dev.pitlane.workshop.jobcard.persistence.JobCard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Job cards. The status has no setter: each step of the workflow is {@code POST /{id}/<action>}. */
@RestController
@RequestMapping("/api/v1/job-cards")
@Tag(name = "Job cards", description = "Intake, lines, technicians, time clock and the workflow as commands")
class JobCardController {

    private static final Map<String, String> SORTS = Map.of("openedAt", "openedAt", "number", "number");
    /** The technician's own steps; every other step is the advisor's (jobcard:manage). */
    private static final Set<JobCardAction> TECHNICIAN_STEPS = EnumSet.of(JobCardAction.START_WORK,
            JobCardAction.WAIT_FOR_PARTS, JobCardAction.RESUME_WORK, JobCardAction.REQUEST_QUALITY_CHECK);

    private final JobCardOpening opening;
    private final JobCardService jobCards;

    JobCardController(JobCardOpening opening, JobCardService jobCards) {
        this.opening = opening;
        this.jobCards = jobCards;
    }

    record CheckRequest(@NotBlank @Size(max = 100) String item, boolean ok, @Size(max = 500) String note) {
    }

    record IntakeRequest(@Min(0) Integer odometerKm, FuelLevel fuelLevel,
                         List<@NotBlank @Size(max = 1000) String> complaints,
                         List<@NotNull @Valid CheckRequest> checklist, @Size(max = 4000) String remarks) {

        JobCard.Intake toIntake() {
            return new JobCard.Intake(odometerKm, fuelLevel, complaints == null ? List.of() : complaints,
                    checklist == null ? List.of() : checklist.stream()
                            .map(c -> new JobCard.Check(c.item(), c.ok(), c.note())).toList(), remarks);
        }
    }

    record OpenRequest(UUID appointmentId, UUID serviceCenterId, UUID customerId, UUID vehicleId,
                       @Valid IntakeRequest intake) {
    }

    @PostMapping
    @PreAuthorize("hasAuthority('jobcard:manage')")
    @Operation(summary = "Open a job card", description = "From a checked-in appointment, or a walk-in naming center "
            + "and vehicle. The vehicle and its owner are checked with customer-service (503 when it is down)")
    ResponseEntity<JobCardView> open(@Valid @RequestBody OpenRequest body) {
        JobCardView card = opening.open(new OpenJobCard(body.appointmentId(), body.serviceCenterId(),
                body.customerId(), body.vehicleId(), body.intake() == null ? null : body.intake().toIntake()));
        return ResponseEntity.created(URI.create("/api/v1/job-cards/" + card.id())).body(card);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('workshop:read')")
    PageResponse<JobCardView> list(@RequestParam(required = false) UUID serviceCenterId,
                                   @RequestParam(required = false) JobCardStatus status,
                                   @RequestParam(required = false) UUID vehicleId,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) List<String> sort) {
        return jobCards.search(serviceCenterId, status, vehicleId, PageQuery.of(page, size, sort, SORTS,
                new PageQuery.Sort("openedAt", true)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('workshop:read')")
    JobCardView get(@PathVariable UUID id) {
        return jobCards.get(id);
    }

    record Versioned(@NotNull Long version) {
    }

    record VersionedIntake(@NotNull @Valid IntakeRequest intake, @NotNull Long version) {
    }

    @PutMapping("/{id}/intake")
    @PreAuthorize("hasAuthority('jobcard:manage')")
    @Operation(summary = "Record the intake (complaints, odometer, fuel, checklist, remarks)",
            description = "While the card is OPEN or IN_INSPECTION")
    JobCardView intake(@PathVariable UUID id, @Valid @RequestBody VersionedIntake body) {
        return jobCards.recordIntake(id, body.intake().toIntake(), body.version());
    }

    record NewLineRequest(@NotNull LineKind kind, UUID cannedJobId, UUID itemId,
                          @Size(min = 1, max = 500) String description,
                          @Pattern(regexp = "[0-9]{4,8}") String taxCode,
                          @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3)
                          BigDecimal quantity,
                          @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal unitPrice,
                          @NotNull Long version) {
    }

    @PostMapping("/{id}/lines")
    @PreAuthorize("hasAuthority('jobcard:manage')")
    JobCardView addLine(@PathVariable UUID id, @Valid @RequestBody NewLineRequest body) {
        return jobCards.addLine(id, new LineRequest(body.kind(), body.cannedJobId(), body.itemId(),
                body.description(), body.taxCode(), body.quantity(), body.unitPrice()), body.version());
    }

    @PostMapping("/{id}/lines/{lineId}/cancel")
    @PreAuthorize("hasAuthority('jobcard:manage')")
    JobCardView cancelLine(@PathVariable UUID id, @PathVariable UUID lineId, @Valid @RequestBody Versioned body) {
        return jobCards.cancelLine(id, lineId, body.version());
    }

    record AssignRequest(@NotNull UUID technicianId, @NotNull Long version) {
    }

    @PostMapping("/{id}/lines/{lineId}/assign")
    @PreAuthorize("hasAuthority('jobcard:manage')")
    @Operation(summary = "Assign or reassign a line's technician")
    JobCardView assign(@PathVariable UUID id, @PathVariable UUID lineId, @Valid @RequestBody AssignRequest body) {
        return jobCards.assign(id, lineId, body.technicianId(), body.version());
    }

    @PostMapping("/{id}/lines/{lineId}/clock/{clockAction}")
    @PreAuthorize("hasAuthority('jobcard:work')")
    @Operation(summary = "The calling technician's clock on a line: start, pause or stop (stop: the line is done)")
    JobCardView clock(@PathVariable UUID id, @PathVariable UUID lineId, @PathVariable String clockAction) {
        JobCard.ClockAction action = switch (clockAction) {
            case "start" -> JobCard.ClockAction.START;
            case "pause" -> JobCard.ClockAction.PAUSE;
            case "stop" -> JobCard.ClockAction.STOP;
            default -> throw dev.pitlane.platform.domain.DomainException.notFound("Clock action", clockAction);
        };
        return jobCards.clock(id, lineId, action);
    }

    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasAnyAuthority('jobcard:manage', 'jobcard:work')")
    @Operation(summary = "A step of the workflow", description = "start-inspection, request-approval, approve, "
            + "start-work, wait-for-parts, resume-work, request-quality-check, fail-quality-check, "
            + "pass-quality-check, deliver, close, cancel; a step the status does not allow is 409 illegal-transition")
    JobCardView act(@PathVariable UUID id, @PathVariable String action, @Valid @RequestBody Versioned body) {
        JobCardAction step = JobCardAction.ofPath(action).orElseThrow(() -> dev.pitlane.platform.domain.DomainException.notFound("Action", action));
        var caller = TenantContext.caller();
        if (!caller.can("jobcard:manage") && !TECHNICIAN_STEPS.contains(step)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only a service advisor may " + action);
        }
        return jobCards.perform(id, step, body.version());
    }
}
