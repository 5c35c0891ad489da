package dev.pitlane.workshop.appointment.persistence;

import dev.pitlane.workshop.appointment.domain.AppointmentStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

    /** What holds a bay or technician of the center during [from, to): the center's own bookings and its
     *  technicians' bookings at other centers. */
    @Query("""
            select new dev.pitlane.workshop.appointment.persistence.Booking(a.id, a.bayId, a.technicianId, a.startsAt, a.endsAt)
            from Appointment a
            where a.status in :holding and a.startsAt < :to and a.endsAt > :from
              and (a.serviceCenterId = :centerId or a.technicianId in :technicians)""")
    List<Booking> holding(UUID centerId, Collection<UUID> technicians, Instant from, Instant to,
                          Collection<AppointmentStatus> holding);

    @Query("""
            select a from Appointment a
            where a.serviceCenterId = :centerId and a.startsAt >= :from and a.startsAt < :to
              and (:status is null or a.status = :status)""")
    Page<Appointment> atCenter(UUID centerId, Instant from, Instant to, AppointmentStatus status, Pageable pageable);
}
