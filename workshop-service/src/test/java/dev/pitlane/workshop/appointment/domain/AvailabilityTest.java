package dev.pitlane.workshop.appointment.domain;

import dev.pitlane.workshop.shared.domain.TimeRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityTest {

    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");
    private static final TimeRange DAY = new TimeRange(NINE, NINE.plus(Duration.ofHours(4)));
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final UUID BAY_1 = UUID.randomUUID();
    private static final UUID BAY_2 = UUID.randomUUID();
    private static final UUID RAVI = UUID.randomUUID();
    private static final UUID ASHA = UUID.randomUUID();

    @Test
    void offersEveryStartOnTheGridFromWhichTheJobEndsByClosingTime() {
        var availability = new Availability(DAY, HALF_HOUR, new Capacity(List.of(BAY_1),
                List.of(new Capacity.Crew(RAVI, DAY)), Map.of()));

        List<Slot> slots = availability.freeSlots(Duration.ofMinutes(90), NINE);

        assertThat(slots).extracting(s -> s.range().start()).containsExactly(NINE, at(30), at(60), at(90), at(120),
                at(150));
        assertThat(slots).allSatisfy(s -> {
            assertThat(s.bayId()).isEqualTo(BAY_1);
            assertThat(s.technicianId()).isEqualTo(RAVI);
        });
    }

    @Test
    void aBookedBayOrTechnicianIsNotOfferedAgainForAnOverlappingSlot() {
        var booked = new TimeRange(at(60), at(120));
        var availability = new Availability(DAY, HALF_HOUR, new Capacity(List.of(BAY_1, BAY_2),
                List.of(new Capacity.Crew(RAVI, DAY), new Capacity.Crew(ASHA, DAY)),
                Map.of(BAY_1, List.of(booked), RAVI, List.of(booked))));

        Slot atTen = availability.freeAt(new TimeRange(at(60), at(120))).orElseThrow();
        assertThat(atTen.bayId()).isEqualTo(BAY_2);
        assertThat(atTen.technicianId()).isEqualTo(ASHA);
        // the first free bay and technician take a slot that touches the booking without overlapping it
        Slot atEleven = availability.freeAt(new TimeRange(at(120), at(180))).orElseThrow();
        assertThat(atEleven.bayId()).isEqualTo(BAY_1);
        assertThat(atEleven.technicianId()).isEqualTo(RAVI);
    }

    @Test
    void noSlotWithoutBothAFreeBayAndAFreeTechnician() {
        var morning = new TimeRange(NINE, at(120));
        var availability = new Availability(DAY, HALF_HOUR, new Capacity(List.of(BAY_1, BAY_2),
                List.of(new Capacity.Crew(RAVI, DAY)), Map.of(RAVI, List.of(morning))));

        assertThat(availability.freeSlots(HALF_HOUR, NINE)).extracting(s -> s.range().start())
                .containsExactly(at(120), at(150), at(180), at(210));
    }

    @Test
    void aTechnicianIsOfferedOnlyWithinTheirShift() {
        var availability = new Availability(DAY, HALF_HOUR, new Capacity(List.of(BAY_1),
                List.of(new Capacity.Crew(RAVI, new TimeRange(at(60), at(150)))), Map.of()));

        assertThat(availability.freeSlots(Duration.ofMinutes(60), NINE)).extracting(s -> s.range().start())
                .containsExactly(at(60), at(90));
    }

    @Test
    void bookingAcceptsOnlyStartsOnTheGridWithinTheDayAndNotInThePast() {
        var availability = new Availability(DAY, HALF_HOUR, new Capacity(List.of(BAY_1),
                List.of(new Capacity.Crew(RAVI, DAY)), Map.of()));

        assertThat(availability.freeAt(new TimeRange(at(15), at(45)))).isEmpty();
        assertThat(availability.freeAt(new TimeRange(at(210), at(270)))).isEmpty();
        assertThat(availability.freeSlots(HALF_HOUR, at(200))).extracting(s -> s.range().start())
                .containsExactly(at(210));
    }

    private static Instant at(int minutesAfterNine) {
        return NINE.plus(Duration.ofMinutes(minutesAfterNine));
    }
}
