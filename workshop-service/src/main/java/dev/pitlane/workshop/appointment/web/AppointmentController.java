package dev.pitlane.workshop.appointment.web;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.workshop.appointment.application.AppointmentService;
import dev.pitlane.workshop.appointment.application.AppointmentView;
import dev.pitlane.workshop.appointment.application.AvailabilityView;
import dev.pitlane.workshop.appointment.application.NewAppointment;
import dev.pitlane.workshop.appointment.domain.AppointmentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments", description = "Free slots, booking, rescheduling, cancelling, check-in and no-shows")
class AppointmentController {

    private static final Map<String, String> SORTS = Map.of("startsAt", "startsAt");

    private final AppointmentService appointments;

    AppointmentController(AppointmentService appointments) {
        this.appointments = appointments;
    }

    @GetMapping("/availability")
    @PreAuthorize("hasAuthority('workshop:read')")
    @Operation(summary = "Free slots of a center on a day for a canned job",
            description = "Honours the center's hours and holidays (its own time zone), the bays of the job's type and "
                    + "the technicians with its skill on shift; slots on the center's grid from now on")
    AvailabilityView availability(@RequestParam UUID serviceCenterId,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                  @RequestParam UUID cannedJobId) {
        return appointments.availability(serviceCenterId, date, cannedJobId);
    }

    record BookingRequest(@NotNull UUID serviceCenterId, @NotNull UUID cannedJobId, @NotNull UUID customerId,
                          @NotNull UUID vehicleId, @NotNull Instant startsAt, @Size(max = 2000) String notes) {
    }

    @PostMapping
    @PreAuthorize("hasAuthority('appointment:manage')")
    @Operation(summary = "Book a slot", description = "409 slot-unavailable when it is not offered, slot-taken when "
            + "another booking took its bay or technician first")
    ResponseEntity<AppointmentView> book(@Valid @RequestBody BookingRequest body) {
        AppointmentView booked = appointments.book(new NewAppointment(body.serviceCenterId(), body.cannedJobId(),
                body.customerId(), body.vehicleId(), body.startsAt(), body.notes()));
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id())).body(booked);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('workshop:read')")
    PageResponse<AppointmentView> list(@RequestParam UUID serviceCenterId,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                       @RequestParam(required = false) AppointmentStatus status,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @RequestParam(required = false) List<String> sort) {
        return appointments.atCenter(serviceCenterId, date, status, PageQuery.of(page, size, sort, SORTS,
                new PageQuery.Sort("startsAt", false)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('workshop:read')")
    AppointmentView get(@PathVariable UUID id) {
        return appointments.get(id);
    }

    record RescheduleRequest(@NotNull Instant startsAt, @NotNull Long version) {
    }

    record CancelRequest(@NotBlank @Size(max = 500) String reason, @NotNull Long version) {
    }

    record VersionRequest(@NotNull Long version) {
    }

    @PostMapping("/{id}/reschedule")
    @PreAuthorize("hasAuthority('appointment:manage')")
    AppointmentView reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleRequest body) {
        return appointments.reschedule(id, body.startsAt(), body.version());
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('appointment:manage')")
    AppointmentView cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest body) {
        return appointments.cancel(id, body.reason(), body.version());
    }

    @PostMapping("/{id}/check-in")
    @PreAuthorize("hasAuthority('appointment:manage')")
    AppointmentView checkIn(@PathVariable UUID id, @Valid @RequestBody VersionRequest body) {
        return appointments.checkIn(id, body.version());
    }

    @PostMapping("/{id}/no-show")
    @PreAuthorize("hasAuthority('appointment:manage')")
    AppointmentView noShow(@PathVariable UUID id, @Valid @RequestBody VersionRequest body) {
        return appointments.noShow(id, body.version());
    }
}
