package dev.pitlane.workshop.center.domain;

import dev.pitlane.platform.domain.DomainException;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The hours of one weekday: a center's opening hours, or a technician's shift. */
public record DailyHours(DayOfWeek day, LocalTime from, LocalTime to) {

    public DailyHours {
        if (day == null || from == null || to == null) {
            throw DomainException.unprocessable("invalid-hours", "A day's hours need the day, a start and an end");
        }
        if (!from.isBefore(to)) {
            throw DomainException.unprocessable("invalid-hours", day + ": the hours must end after they start");
        }
    }
}
