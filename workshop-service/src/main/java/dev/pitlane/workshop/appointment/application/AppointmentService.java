package dev.pitlane.workshop.appointment.application;

import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.workshop.appointment.domain.AppointmentStatus;
import dev.pitlane.workshop.appointment.domain.Availability;
import dev.pitlane.workshop.appointment.domain.Slot;
import dev.pitlane.workshop.appointment.persistence.Appointment;
import dev.pitlane.workshop.appointment.persistence.AppointmentRepository;
import dev.pitlane.workshop.cannedjob.application.CannedJobService;
import dev.pitlane.workshop.cannedjob.application.CannedJobView;
import dev.pitlane.workshop.center.application.CenterSchedule;
import dev.pitlane.workshop.center.application.ServiceCenterService;
import dev.pitlane.workshop.shared.application.Pages;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.workshop.shared.domain.TimeRange;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Booking, moving, cancelling appointments, checking them in; and the free slots to book. */
@Service
@Transactional
public class AppointmentService {

    private final AppointmentRepository appointments;
    private final ServiceCenterService centers;
    private final CannedJobService cannedJobs;
    private final CenterDay centerDay;
    private final AppointmentEvents events;
    private final Clock clock;

    AppointmentService(AppointmentRepository appointments, ServiceCenterService centers, CannedJobService cannedJobs,
                       CenterDay centerDay, Outbox outbox, Clock clock) {
        this.appointments = appointments;
        this.centers = centers;
        this.cannedJobs = cannedJobs;
        this.centerDay = centerDay;
        this.events = new AppointmentEvents(outbox);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AvailabilityView availability(UUID centerId, LocalDate day, UUID cannedJobId) {
        CenterSchedule center = centers.schedule(centerId);
        CannedJobView job = bookable(cannedJobId);
        ZoneId zone = center.calendar().zone();
        var slots = centerDay.availability(center, job, day, null)
                .map(a -> a.freeSlots(job.duration(), clock.instant())).orElse(java.util.List.of()).stream()
                .map(s -> new AvailabilityView.FreeSlot(s.range().start(), s.range().end(),
                        s.range().start().atZone(zone).toLocalTime()))
                .toList();
        return new AvailabilityView(centerId, day, cannedJobId, job.duration().toMinutes(), slots);
    }

    public AppointmentView book(NewAppointment request) {
        CenterSchedule center = centers.schedule(request.serviceCenterId());
        CannedJobView job = bookable(request.cannedJobId());
        Slot slot = freeSlot(center, job, request.startsAt(), null);
        Appointment appointment = new Appointment(UUID.randomUUID(), center.id(), job.id(), request.customerId(),
                request.vehicleId(), slot, request.notes(), TenantContext.caller().subject(), clock.instant());
        appointment = holdOrRefuse(appointment);
        events.booked(appointment);
        return AppointmentView.of(appointment);
    }

    public AppointmentView reschedule(UUID id, Instant startsAt, long version) {
        Appointment appointment = find(id, version);
        appointment.status().requireReschedulable();
        Instant previous = appointment.range().start();
        CenterSchedule center = centers.schedule(appointment.serviceCenterId());
        CannedJobView job = cannedJobs.get(appointment.cannedJobId());
        appointment.reschedule(freeSlot(center, job, startsAt, id), clock.instant());
        appointment = holdOrRefuse(appointment);
        events.rescheduled(appointment, previous);
        return AppointmentView.of(appointment);
    }

    public AppointmentView cancel(UUID id, String reason, long version) {
        Appointment appointment = find(id, version);
        appointment.cancel(reason, clock.instant());
        events.cancelled(appointment);
        return AppointmentView.of(appointments.saveAndFlush(appointment));
    }

    public AppointmentView checkIn(UUID id, long version) {
        Appointment appointment = find(id, version);
        appointment.checkIn(clock.instant());
        return AppointmentView.of(appointments.saveAndFlush(appointment));
    }

    public AppointmentView noShow(UUID id, long version) {
        Appointment appointment = find(id, version);
        if (clock.instant().isBefore(appointment.range().start())) {
            throw DomainException.conflict("not-started", "The appointment has not started yet");
        }
        appointment.noShow(clock.instant());
        return AppointmentView.of(appointments.saveAndFlush(appointment));
    }

    @Transactional(readOnly = true)
    public AppointmentView get(UUID id) {
        return AppointmentView.of(appointments.findById(id)
                .orElseThrow(() -> DomainException.notFound("Appointment", id)));
    }

    @Transactional(readOnly = true)
    public PageResponse<AppointmentView> atCenter(UUID centerId, LocalDate day, AppointmentStatus status,
                                                  PageQuery query) {
        CenterSchedule center = centers.schedule(centerId);
        ZoneId zone = center.calendar().zone();
        return Pages.response(appointments.atCenter(centerId, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(), status, Pages.pageable(query, "id")), query,
                AppointmentView::of);
    }

    private CannedJobView bookable(UUID cannedJobId) {
        CannedJobView job = cannedJobs.get(cannedJobId);
        if (!job.active()) {
            throw DomainException.unprocessable("canned-job-inactive", "Canned job " + job.code()
                    + " is no longer offered");
        }
        return job;
    }

    /** The slot at {@code startsAt}, asked exactly as availability asks; 409 when it is not free (any more). */
    private Slot freeSlot(CenterSchedule center, CannedJobView job, Instant startsAt, UUID moving) {
        if (startsAt.isBefore(clock.instant())) {
            throw DomainException.unprocessable("slot-in-past", "An appointment cannot start in the past");
        }
        TimeRange range = TimeRange.of(startsAt, job.duration());
        LocalDate day = LocalDate.ofInstant(startsAt, center.calendar().zone());
        return centerDay.availability(center, job, day, moving).flatMap(a -> a.freeAt(range))
                .orElseThrow(() -> DomainException.conflict("slot-unavailable", "No bay or technician is free at "
                        + startsAt + " for " + job.code() + ", or the center is closed then; ask for availability"));
    }

    /** Writes the hold now, so that a booking that lost a race to the same bay or technician is refused here. */
    private Appointment holdOrRefuse(Appointment appointment) {
        try {
            return appointments.saveAndFlush(appointment);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("ex_appointments__")) {
                throw DomainException.conflict("slot-taken", "The slot was booked by someone else a moment ago");
            }
            throw e;
        }
    }

    private Appointment find(UUID id, long version) {
        Appointment appointment = appointments.findById(id)
                .orElseThrow(() -> DomainException.notFound("Appointment", id));
        if (appointment.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Appointment.class, id);
        }
        return appointment;
    }
}
