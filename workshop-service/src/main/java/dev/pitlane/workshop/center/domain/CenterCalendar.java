package dev.pitlane.workshop.center.domain;

import dev.pitlane.workshop.shared.domain.TimeRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When a service center is open: its hours per weekday in its own time zone, less its holidays. A weekday without
 * hours is a closed day. Times are local wall-clock times, so a center keeps its hours across DST changes.
 */
public final class CenterCalendar {

    private final ZoneId zone;
    private final Map<DayOfWeek, DailyHours> week = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays;

    public CenterCalendar(ZoneId zone, Collection<DailyHours> hours, Set<LocalDate> holidays) {
        this.zone = zone;
        hours.forEach(h -> week.put(h.day(), h));
        this.holidays = Set.copyOf(holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The center's open hours on {@code day} as instants, or empty on a holiday or closed weekday. */
    public Optional<TimeRange> openOn(LocalDate day) {
        if (holidays.contains(day)) {
            return Optional.empty();
        }
        return within(day, week.get(day.getDayOfWeek()));
    }

    /** {@code hours} (a shift) on {@code day} in the center's zone, or empty when there are none that weekday. */
    public Optional<TimeRange> within(LocalDate day, DailyHours hours) {
        if (hours == null) {
            return Optional.empty();
        }
        return Optional.of(new TimeRange(day.atTime(hours.from()).atZone(zone).toInstant(),
                day.atTime(hours.to()).atZone(zone).toInstant()));
    }
}
