package dev.pitlane.workshop.appointment;

import dev.pitlane.testsupport.Concurrently;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.workshop.support.Workshop;
import dev.pitlane.workshop.support.WorkshopTestBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AppointmentApiTest extends WorkshopTestBase {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    /** A day next week: always in the future, open 09:00-18:00 like every day of the test centers. */
    private static final LocalDate DAY = LocalDate.now(IST).plusDays(8);

    private record Setup(Workshop shop, UUID center, UUID bay, UUID technician, UUID job) {
    }

    private Setup oneBayOneTechnician(String jobHours) {
        Workshop shop = newWorkshop();
        UUID center = shop.center("AND");
        UUID bay = shop.bay(center, "B1", "GENERAL");
        UUID technician = technicianAt(shop, center);
        return new Setup(shop, center, bay, technician, shop.cannedJob("PMS", jobHours));
    }

    @Test
    void offersTheFreeSlotsOfTheDayAndTakesABookedOneAway() {
        Setup s = oneBayOneTechnician("1.00");

        assertThat(freeStarts(s)).hasSize(17).first().isEqualTo("09:00:00");
        var booked = book(s.shop().advisor(), s, LocalTime.of(10, 0));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.<String>json("$.bayId")).isEqualTo(s.bay().toString());
        assertThat(booked.<String>json("$.technicianId")).isEqualTo(s.technician().toString());
        assertThat(booked.<String>json("$.status")).isEqualTo("BOOKED");

        assertThat(freeStarts(s)).hasSize(14).doesNotContain("09:30:00", "10:00:00", "10:30:00")
                .contains("09:00:00", "11:00:00");
        var again = book(s.shop().advisor(), s, LocalTime.of(10, 30));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>json("$.code")).isEqualTo("slot-unavailable");
    }

    @Test
    void twentyBookingsRacingForTheLastSlotLeaveExactlyOneWinner() throws Exception {
        Setup s = oneBayOneTechnician("9.00"); // the day's only slot: 09:00-18:00
        assertThat(freeStarts(s)).containsExactly("09:00:00");
        TestHttp advisor = s.shop().advisor();

        List<Integer> statuses = Concurrently.run(20, () -> book(advisor, s, LocalTime.of(9, 0)).status());

        assertThat(statuses).filteredOn(st -> st == 201).hasSize(1);
        assertThat(statuses).filteredOn(st -> st == 409).hasSize(19);
        assertThat(advisor.get("/api/v1/appointments?serviceCenterId=" + s.center() + "&date=" + DAY)
                .<Integer>json("$.page.totalElements")).isEqualTo(1);
        assertThat(freeStarts(s)).isEmpty();
    }

    @Test
    void rescheduleMovesTheHoldAndCancelFreesIt() {
        Setup s = oneBayOneTechnician("2.00");
        var booked = book(s.shop().advisor(), s, LocalTime.of(9, 0));
        String id = booked.json("$.id");

        var moved = s.shop().advisor().post("/api/v1/appointments/" + id + "/reschedule",
                "{\"startsAt\":\"" + at(LocalTime.of(14, 0)) + "\",\"version\":" + booked.json("$.version") + "}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(freeStarts(s)).contains("09:00:00", "12:00:00").doesNotContain("13:00:00", "14:00:00", "15:30:00");

        var stale = s.shop().advisor().post("/api/v1/appointments/" + id + "/cancel",
                "{\"reason\":\"customer called\",\"version\":" + booked.json("$.version") + "}");
        assertThat(stale.status()).isEqualTo(409);
        var cancelled = s.shop().advisor().post("/api/v1/appointments/" + id + "/cancel",
                "{\"reason\":\"customer called\",\"version\":" + moved.json("$.version") + "}");
        assertThat(cancelled.<String>json("$.status")).isEqualTo("CANCELLED");
        assertThat(freeStarts(s)).hasSize(15);

        var checkIn = s.shop().advisor().post("/api/v1/appointments/" + id + "/check-in",
                "{\"version\":" + cancelled.json("$.version") + "}");
        assertThat(checkIn.status()).isEqualTo(409);
        assertThat(checkIn.<String>json("$.code")).isEqualTo("illegal-transition");
    }

    @Test
    void checkInAndNoShowFollowTheAppointment() {
        Setup s = oneBayOneTechnician("1.00");
        var booked = book(s.shop().advisor(), s, LocalTime.of(11, 0));
        String id = booked.json("$.id");
        var early = s.shop().advisor().post("/api/v1/appointments/" + id + "/no-show",
                "{\"version\":" + booked.json("$.version") + "}");
        assertThat(early.<String>json("$.code")).isEqualTo("not-started");
        var checkedIn = s.shop().advisor().post("/api/v1/appointments/" + id + "/check-in",
                "{\"version\":" + booked.json("$.version") + "}");
        assertThat(checkedIn.<String>json("$.status")).isEqualTo("CHECKED_IN");
        // a checked-in car still holds its bay and technician
        assertThat(freeStarts(s)).doesNotContain("11:00:00");
    }

    @Test
    void honoursHolidaysShiftsAndTheGrid() {
        Setup s = oneBayOneTechnician("1.00");
        s.shop().admin().post("/api/v1/service-centers/" + s.center() + "/holidays",
                "{\"day\":\"" + DAY + "\",\"name\":\"Diwali\"}");
        assertThat(freeStarts(s)).isEmpty();
        assertThat(book(s.shop().advisor(), s, LocalTime.of(10, 0)).<String>json("$.code"))
                .isEqualTo("slot-unavailable");

        Setup t = oneBayOneTechnician("1.00");
        var technician = t.shop().admin().get("/api/v1/service-centers/" + t.center() + "/technicians/"
                + t.technician());
        var shift = t.shop().admin().put("/api/v1/service-centers/" + t.center() + "/technicians/" + t.technician(),
                "{\"skills\":[\"ev\"],\"shifts\":[{\"day\":\"" + DAY.getDayOfWeek() + "\",\"from\":\"09:00\",\"to\":\"12:00\"}],"
                        + "\"version\":" + technician.json("$.version") + "}");
        assertThat(shift.status()).as(shift.toString()).isEqualTo(200);
        assertThat(freeStarts(t)).containsExactly("09:00:00", "09:30:00", "10:00:00", "10:30:00", "11:00:00");
        assertThat(book(t.shop().advisor(), t, LocalTime.of(9, 15)).<String>json("$.code"))
                .isEqualTo("slot-unavailable");
        assertThat(t.shop().advisor().post("/api/v1/appointments", body(t, "2020-01-01T04:00:00Z"))
                .<String>json("$.code")).isEqualTo("slot-in-past");
    }

    @Test
    void onlyAdvisorsBookAndOtherTenantsSeeNothing() {
        Setup s = oneBayOneTechnician("1.00");
        var byTechnician = book(s.shop().technician(s.technician()), s, LocalTime.of(9, 0));
        assertThat(byTechnician.status()).isEqualTo(403);
        String id = book(s.shop().advisor(), s, LocalTime.of(9, 0)).json("$.id");

        Workshop stranger = newWorkshop();
        assertThat(stranger.advisor().get("/api/v1/appointments/" + id).status()).isEqualTo(404);
        assertThat(stranger.advisor().get("/api/v1/appointments/availability?serviceCenterId=" + s.center()
                + "&date=" + DAY + "&cannedJobId=" + s.job()).status()).isEqualTo(404);
    }

    private List<String> freeStarts(Setup s) {
        var answer = s.shop().advisor().get("/api/v1/appointments/availability?serviceCenterId=" + s.center()
                + "&date=" + DAY + "&cannedJobId=" + s.job());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json("$.slots[*].localStart");
    }

    private static TestHttp.Response book(TestHttp as, Setup s, LocalTime start) {
        return as.post("/api/v1/appointments", body(s, at(start)));
    }

    private static String body(Setup s, String startsAt) {
        return """
                {"serviceCenterId":"%s","cannedJobId":"%s","customerId":"%s","vehicleId":"%s","startsAt":"%s"}"""
                .formatted(s.center(), s.job(), UUID.randomUUID(), UUID.randomUUID(), startsAt);
    }

    private static String at(LocalTime time) {
        return DAY.atTime(time).atZone(IST).toInstant().toString();
    }
}
