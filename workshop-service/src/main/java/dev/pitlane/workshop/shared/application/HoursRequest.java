package dev.pitlane.workshop.shared.application;

import dev.pitlane.workshop.center.domain.DailyHours;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** {"day": "MONDAY", "from": "09:00", "to": "18:00"} */
public record HoursRequest(@NotNull DayOfWeek day, @NotNull LocalTime from, @NotNull LocalTime to) {

    public DailyHours toDomain() {
        return new DailyHours(day, from, to);
    }
}
