package dev.pitlane.workshop.center.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CenterCalendarTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private final CenterCalendar calendar = new CenterCalendar(ZoneId.of("Asia/Kolkata"),
            List.of(new DailyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0)),
                    new DailyHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))),
            Set.of(MONDAY.plusWeeks(1)));

    @Test
    void opensOnItsWeekdaysInItsOwnTimeZone() {
        var open = calendar.openOn(MONDAY).orElseThrow();
        assertThat(open.start()).isEqualTo(Instant.parse("2026-12-07T03:30:00Z"));
        assertThat(open.end()).isEqualTo(Instant.parse("2026-12-07T12:30:00Z"));
    }

    @Test
    void isClosedOnHolidaysAndDaysWithoutHours() {
        assertThat(calendar.openOn(MONDAY.plusWeeks(1))).isEmpty();
        assertThat(calendar.openOn(MONDAY.plusDays(1))).isEmpty();
        assertThat(calendar.openOn(MONDAY.plusDays(5))).isPresent();
    }

    @Test
    void hoursMustEndAfterTheyStart() {
        assertThatThrownBy(() -> new DailyHours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .hasMessageContaining("end after");
    }
}
