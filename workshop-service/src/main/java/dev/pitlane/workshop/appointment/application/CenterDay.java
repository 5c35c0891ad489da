package dev.pitlane.workshop.appointment.application;

import dev.pitlane.workshop.appointment.domain.AppointmentStatus;
import dev.pitlane.workshop.appointment.domain.Availability;
import dev.pitlane.workshop.appointment.domain.Capacity;
import dev.pitlane.workshop.appointment.persistence.AppointmentRepository;
import dev.pitlane.workshop.appointment.persistence.Booking;
import dev.pitlane.workshop.cannedjob.application.CannedJobView;
import dev.pitlane.workshop.center.application.CenterSchedule;
import dev.pitlane.workshop.center.application.ServiceCenterService;
import dev.pitlane.workshop.center.domain.DailyHours;
import dev.pitlane.workshop.shared.domain.TimeRange;
import dev.pitlane.workshop.technician.application.TechnicianService;
import dev.pitlane.workshop.technician.application.TechnicianView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts together what {@link Availability} needs for one center, day and canned job: the center's open hours,
 * the bays of the job's type, the technicians with its skill and the hours each works, and what already holds
 * them (except the appointment being moved).
 */
@Component
class CenterDay {

    private final ServiceCenterService centers;
    private final TechnicianService technicians;
    private final AppointmentRepository appointments;

    CenterDay(ServiceCenterService centers, TechnicianService technicians, AppointmentRepository appointments) {
        this.centers = centers;
        this.technicians = technicians;
        this.appointments = appointments;
    }

    /** Empty on a closed day (holiday, or no hours that weekday). */
    Optional<Availability> availability(CenterSchedule center, CannedJobView job, LocalDate day, UUID moving) {
        Optional<TimeRange> open = center.calendar().openOn(day);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> bays = centers.activeBays(center.id(), job.bayType());
        List<Capacity.Crew> crew = new ArrayList<>();
        for (TechnicianView t : technicians.availableFor(center.id(), job.skill())) {
            worksOn(center, t, day, open.get()).ifPresent(range -> crew.add(new Capacity.Crew(t.id(), range)));
        }
        Map<UUID, List<TimeRange>> busy = new HashMap<>();
        if (!bays.isEmpty() && !crew.isEmpty()) {
            List<UUID> crewIds = crew.stream().map(Capacity.Crew::id).toList();
            for (Booking b : appointments.holding(center.id(), crewIds, open.get().start(), open.get().end(),
                    AppointmentStatus.HOLDING_CAPACITY)) {
                if (!b.appointmentId().equals(moving)) {
                    busy.computeIfAbsent(b.bayId(), k -> new ArrayList<>()).add(b.range());
                    busy.computeIfAbsent(b.technicianId(), k -> new ArrayList<>()).add(b.range());
                }
            }
        }
        return Optional.of(new Availability(open.get(), center.slot(), new Capacity(bays, crew, busy)));
    }

    /** A technician without shifts works the center's hours; with shifts, only that day's shift. */
    private static Optional<TimeRange> worksOn(CenterSchedule center, TechnicianView t, LocalDate day,
                                               TimeRange open) {
        if (t.shifts().isEmpty()) {
            return Optional.of(open);
        }
        Optional<DailyHours> shift = t.shifts().stream().filter(s -> s.day() == day.getDayOfWeek()).findFirst();
        return shift.flatMap(s -> center.calendar().within(day, s));
    }
}
