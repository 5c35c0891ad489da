package dev.pitlane.workshop.appointment.domain;

import dev.pitlane.platform.domain.DomainException;

import java.util.Set;

/**
 * BOOKED → CHECKED_IN (the car is here: a job card opens from it), CANCELLED or NO_SHOW. Only a booked
 * appointment moves in time. BOOKED and CHECKED_IN hold their bay and technician (the exclusion constraints).
 */
public enum AppointmentStatus {
    BOOKED, CHECKED_IN, CANCELLED, NO_SHOW;

    public static final Set<AppointmentStatus> HOLDING_CAPACITY = Set.of(BOOKED, CHECKED_IN);

    public AppointmentStatus checkIn() {
        return from(BOOKED, CHECKED_IN, "checked in");
    }

    public AppointmentStatus cancel() {
        return from(BOOKED, CANCELLED, "cancelled");
    }

    public AppointmentStatus noShow() {
        return from(BOOKED, NO_SHOW, "marked as a no-show");
    }

    public void requireReschedulable() {
        from(BOOKED, BOOKED, "rescheduled");
    }

    private AppointmentStatus from(AppointmentStatus required, AppointmentStatus next, String action) {
        if (this != required) {
            throw DomainException.conflict("illegal-transition", "The appointment is " + this + " and cannot be "
                    + action);
        }
        return next;
    }
}
