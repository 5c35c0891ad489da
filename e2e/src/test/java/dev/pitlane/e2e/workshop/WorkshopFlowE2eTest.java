package dev.pitlane.e2e.workshop;

import dev.pitlane.e2e.E2eSuite;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static dev.pitlane.e2e.Responses.assertProblem;
import static dev.pitlane.e2e.Responses.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service center's day through the gateway, every service its own process: the demo technician arrives from
 * auth-service's events, the advisor books the customer's car, checks it in and opens the job card (the vehicle
 * checked with customer-service), the job goes through its workflow with the technician's clock, and the closed
 * card shows in the vehicle's service history in customer-service.
 */
class WorkshopFlowE2eTest {

    private static final String ANDHERI = "7e57da7a-0000-4000-8000-000000000101";
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    @Test
    void bookCheckInOpenWorkCloseAndTheServiceHistoryShowsIt() {
        TestHttp advisor = E2eSuite.as("advisor@demo-motors.local");
        TestHttp technician = E2eSuite.as("technician@demo-motors.local");
        TestHttp admin = E2eSuite.as("admin@demo-motors.local");
        String customer = ok(advisor.post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"Workshop Customer","phone":"+919%09d"}"""
                .formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L))), 201).json("$.id");
        String plate = "MH47ZW" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        String vehicle = ok(advisor.post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"MA3WK%012d","registrationNumber":"%s","make":"Maruti","model":"Baleno",
                 "year":2022,"fuel":"PETROL","odometerKm":20000}"""
                .formatted(customer, ThreadLocalRandom.current().nextLong(1_000_000_000_000L), plate)), 201)
                .json("$.id");
        String pms = ok(advisor.get("/api/v1/canned-jobs?size=50"), 200)
                .<List<String>>json("$.items[?(@.code == 'PMS-10K')].id").get(0);

        // the demo technician (bound to Andheri) came over auth.user.v1; a working day next week has free slots
        LocalDate day = LocalDate.now(IST).plusDays(7);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        String availability = "/api/v1/appointments/availability?serviceCenterId=" + ANDHERI + "&date=" + day
                + "&cannedJobId=" + pms;
        var slots = Await.until("free slots at Andheri", Duration.ofSeconds(60), () -> advisor.get(availability),
                r -> r.status() == 200 && !r.<List<Object>>json("$.slots").isEmpty());
        String startsAt = slots.json("$.slots[0].startsAt");

        var booked = ok(advisor.post("/api/v1/appointments", """
                {"serviceCenterId":"%s","cannedJobId":"%s","customerId":"%s","vehicleId":"%s","startsAt":"%s"}"""
                .formatted(ANDHERI, pms, customer, vehicle, startsAt)), 201);
        String appointment = booked.json("$.id");
        assertThat(ok(advisor.get(availability), 200).<List<String>>json("$.slots[*].startsAt"))
                .as("the booked slot's technician is taken").doesNotContain(startsAt);
        ok(advisor.post("/api/v1/appointments/" + appointment + "/check-in", version(booked)), 200);

        var card = ok(advisor.post("/api/v1/job-cards", """
                {"appointmentId":"%s","intake":{"odometerKm":24350,"fuelLevel":"HALF",
                 "complaints":["Periodic service due","Brake squeal"],"checklist":[{"item":"spare wheel","ok":true}]}}"""
                .formatted(appointment)), 201);
        String id = card.json("$.id");
        assertThat(card.<String>json("$.number")).matches("AND/\\d\\d-\\d\\d/\\d{6}");
        assertThat(card.<String>json("$.registrationNumber")).isEqualTo(plate);
        assertThat(card.<String>json("$.customerName")).isEqualTo("Workshop Customer");

        card = step(advisor, id, "start-inspection", card);
        card = ok(advisor.post("/api/v1/job-cards/" + id + "/lines", """
                {"kind":"LABOUR","cannedJobId":"%s","version":%d}""".formatted(pms, card.<Integer>json("$.version"))),
                200);
        String line = card.json("$.lines[0].id");
        card = step(advisor, id, "request-approval", card);
        card = step(advisor, id, "approve", card);
        String technicianId = ok(advisor.get("/api/v1/service-centers/" + ANDHERI + "/technicians"), 200)
                .<List<String>>json("$.items[*].id").get(0);
        card = ok(advisor.post("/api/v1/job-cards/" + id + "/lines/" + line + "/assign", """
                {"technicianId":"%s","version":%d}""".formatted(technicianId, card.<Integer>json("$.version"))), 200);
        assertProblem(advisor.post("/api/v1/job-cards/" + id + "/deliver", version(card)), 409, "illegal-transition");

        card = step(technician, id, "start-work", card);
        ok(technician.post("/api/v1/job-cards/" + id + "/lines/" + line + "/clock/start", "{}"), 200);
        card = ok(technician.post("/api/v1/job-cards/" + id + "/lines/" + line + "/clock/stop", "{}"), 200);
        assertThat(card.<String>json("$.lines[0].status")).isEqualTo("DONE");
        card = step(technician, id, "request-quality-check", card);
        assertProblem(technician.post("/api/v1/job-cards/" + id + "/pass-quality-check", version(card)), 403,
                "forbidden");
        card = step(advisor, id, "pass-quality-check", card);
        card = step(advisor, id, "deliver", card);
        card = step(advisor, id, "close", card);
        String number = card.json("$.number");

        var history = Await.until("the closed job card in the vehicle's service history", Duration.ofSeconds(60),
                () -> admin.get("/api/v1/vehicles/" + vehicle + "/service-history"),
                r -> r.status() == 200 && r.<Integer>json("$.items.length()") == 1);
        assertThat(history.<String>json("$.items[0].jobCardId")).isEqualTo(id);
        assertThat(history.<String>json("$.items[0].jobCardNumber")).isEqualTo(number);
        assertThat(history.<List<String>>json("$.items[0].lines[*].kind")).containsExactly("LABOUR");
        var v = ok(admin.get("/api/v1/vehicles/" + vehicle), 200);
        assertThat(v.<Integer>json("$.lastServiceOdometerKm")).isEqualTo(24350);
    }

    private static TestHttp.Response step(TestHttp as, String id, String action, TestHttp.Response card) {
        return ok(as.post("/api/v1/job-cards/" + id + "/" + action, version(card)), 200);
    }

    private static String version(TestHttp.Response r) {
        return "{\"version\":" + r.<Integer>json("$.version") + "}";
    }
}
