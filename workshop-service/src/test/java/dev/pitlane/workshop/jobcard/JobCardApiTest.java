package dev.pitlane.workshop.jobcard;

import dev.pitlane.testsupport.Concurrently;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.workshop.support.CustomerServiceStandIn;
import dev.pitlane.workshop.support.Workshop;
import dev.pitlane.workshop.support.WorkshopTestBase;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class JobCardApiTest extends WorkshopTestBase {

    private static final CustomerServiceStandIn CUSTOMERS = CustomerServiceStandIn.get();

    @Autowired
    private CircuitBreaker customerServiceBreaker;

    @Test
    void aWalkInOpensWithTheVehiclesOwnerAndTheFirstNumberOfTheYear() {
        Workshop shop = newWorkshop();
        UUID center = shop.center("AND");
        UUID customer = UUID.randomUUID();
        UUID vehicle = CUSTOMERS.vehicle(customer, "MH02AB1234", "ACTIVE");

        var opened = open(shop.advisor(), center, vehicle, """
                ,"intake":{"odometerKm":45210,"fuelLevel":"HALF","complaints":["Brake noise","AC not cooling"],
                 "checklist":[{"item":"spare wheel","ok":true},{"item":"front bumper","ok":false,"note":"scratch"}],
                 "remarks":"customer waits"}""");

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String fy = fy();
        assertThat(opened.<String>json("$.number")).isEqualTo("AND/" + fy + "/000001");
        assertThat(opened.<String>json("$.status")).isEqualTo("OPEN");
        assertThat(opened.<String>json("$.customerId")).isEqualTo(customer.toString());
        assertThat(opened.<String>json("$.registrationNumber")).isEqualTo("MH02AB1234");
        assertThat(opened.<String>json("$.customerName")).isEqualTo("Priya Sharma");
        assertThat(opened.<List<String>>json("$.complaints")).containsExactly("Brake noise", "AC not cooling");
        assertThat(opened.<List<Boolean>>json("$.checklist[*].ok")).containsExactly(true, false);
        assertThat(opened.<Integer>json("$.odometerKm")).isEqualTo(45210);
    }

    @Test
    void refusesUnknownScrappedOrOtherPeoplesVehicles() {
        Workshop shop = newWorkshop();
        UUID center = shop.center("AND");
        assertThat(open(shop.advisor(), center, UUID.randomUUID(), "").<String>json("$.code"))
                .isEqualTo("unknown-vehicle");
        UUID scrapped = CUSTOMERS.vehicle(UUID.randomUUID(), "MH01X1", "SCRAPPED");
        assertThat(open(shop.advisor(), center, scrapped, "").<String>json("$.code"))
                .isEqualTo("vehicle-not-serviceable");
        UUID vehicle = CUSTOMERS.vehicle(UUID.randomUUID(), "MH01X2", "ACTIVE");
        var notOwner = shop.advisor().post("/api/v1/job-cards", """
                {"serviceCenterId":"%s","vehicleId":"%s","customerId":"%s"}"""
                .formatted(center, vehicle, UUID.randomUUID()));
        assertThat(notOwner.<String>json("$.code")).isEqualTo("customer-not-owner");
        assertThat(shop.advisor().get("/api/v1/job-cards?serviceCenterId=" + center)
                .<Integer>json("$.page.totalElements")).isZero();
    }

    @Test
    void whenCustomerServiceIsDownTheAdvisorGetsA503AndNothingIsOpened() {
        Workshop shop = newWorkshop();
        UUID center = shop.center("AND");
        UUID vehicle = CUSTOMERS.vehicle(UUID.randomUUID(), "KA03MN1", "ACTIVE");
        CUSTOMERS.failing(true);
        try {
            int before = CUSTOMERS.calls();
            var down = open(shop.advisor(), center, vehicle, "");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.<String>json("$.code")).isEqualTo("customer-service-unavailable");
            assertThat(down.contentType()).startsWith("application/problem+json");
            // a GET is safe to repeat: three attempts
            assertThat(CUSTOMERS.calls() - before).isEqualTo(3);
            // the breaker opens after repeated failures and then answers at once, without calling
            for (int i = 0; i < 3; i++) {
                open(shop.advisor(), center, vehicle, "");
            }
            int whileOpen = CUSTOMERS.calls();
            assertThat(open(shop.advisor(), center, vehicle, "").status()).isEqualTo(503);
            assertThat(CUSTOMERS.calls()).isEqualTo(whileOpen);
        } finally {
            CUSTOMERS.failing(false);
            customerServiceBreaker.reset();
        }
        assertThat(shop.advisor().get("/api/v1/job-cards?serviceCenterId=" + center)
                .<Integer>json("$.page.totalElements")).isZero();
        assertThat(open(shop.advisor(), center, vehicle, "").status()).isEqualTo(201);
    }

    @Test
    void fiftyJobCardsOpenedAtOnceGetFiftyConsecutiveNumbers() throws Exception {
        Workshop shop = newWorkshop();
        UUID center = shop.center("WFD");
        UUID vehicle = CUSTOMERS.vehicle(UUID.randomUUID(), "KA03MN2", "ACTIVE");
        TestHttp advisor = shop.advisor();

        List<String> numbers = Concurrently.run(50, () -> {
            var r = open(advisor, center, vehicle, "");
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            return r.<String>json("$.number");
        });

        String prefix = "WFD/" + fy() + "/";
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50)
                .mapToObj(n -> prefix + String.format("%06d", n)).toList());
        assertThat(numbers).allSatisfy(n -> assertThat(n).hasSizeLessThanOrEqualTo(16));
    }

    @Test
    void runsTheWholeWorkflowWithLinesTechniciansAndTheClock() {
        Workshop shop = newWorkshop();
        UUID center = shop.center("AND");
        UUID technician = technicianAt(shop, center);
        UUID service = shop.cannedJob("PMS-10K", "2.50");
        UUID vehicle = CUSTOMERS.vehicle(UUID.randomUUID(), "MH02CD5678", "ACTIVE");
        TestHttp advisor = shop.advisor();
        TestHttp tech = shop.technician(technician);
        var card = open(advisor, center, vehicle, "");
        String id = card.json("$.id");

        card = step(advisor, id, "start-inspection", card);
        card = advisor.post("/api/v1/job-cards/" + id + "/lines", """
                {"kind":"LABOUR","cannedJobId":"%s","version":%d}""".formatted(service, card.<Integer>json("$.version")));
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        card = advisor.post("/api/v1/job-cards/" + id + "/lines", """
                {"kind":"PART","itemId":"%s","description":"Oil filter","taxCode":"84212300","quantity":1,
                 "unitPrice":450.00,"version":%d}""".formatted(UUID.randomUUID(), card.<Integer>json("$.version")));
        assertThat(card.<List<String>>json("$.lines[*].kind")).containsExactly("LABOUR", "PART");
        assertThat(card.<Double>json("$.lines[0].unitPrice")).isEqualTo(1200.0);
        assertThat(card.<Double>json("$.lines[0].quantity")).isEqualTo(2.5);
        String labour = card.json("$.lines[0].id");

        // the technician may not approve, and nobody may skip a step
        assertThat(tech.post("/api/v1/job-cards/" + id + "/request-approval", version(card)).status())
                .isEqualTo(403);
        var skip = advisor.post("/api/v1/job-cards/" + id + "/deliver", version(card));
        assertThat(skip.status()).isEqualTo(409);
        assertThat(skip.<String>json("$.code")).isEqualTo("illegal-transition");
        assertThat(advisor.patch("/api/v1/job-cards/" + id, "{\"status\":\"CLOSED\"}").status()).isIn(404, 405);

        card = step(advisor, id, "request-approval", card);
        card = step(advisor, id, "approve", card);
        card = advisor.post("/api/v1/job-cards/" + id + "/lines/" + labour + "/assign", """
                {"technicianId":"%s","version":%d}""".formatted(technician, card.<Integer>json("$.version")));
        assertThat(card.<String>json("$.lines[0].technicianId")).isEqualTo(technician.toString());
        card = step(tech, id, "start-work", card);

        assertThat(tech.post("/api/v1/job-cards/" + id + "/lines/" + labour + "/clock/start", "{}").status())
                .isEqualTo(200);
        assertThat(tech.post("/api/v1/job-cards/" + id + "/lines/" + labour + "/clock/start", "{}")
                .<String>json("$.code")).isEqualTo("clock-running");
        assertThat(tech.post("/api/v1/job-cards/" + id + "/lines/" + labour + "/clock/pause", "{}").status())
                .isEqualTo(200);
        tech.post("/api/v1/job-cards/" + id + "/lines/" + labour + "/clock/start", "{}");
        card = tech.post("/api/v1/job-cards/" + id + "/lines/" + labour + "/clock/stop", "{}");
        assertThat(card.<String>json("$.lines[0].status")).isEqualTo("DONE");
        assertThat(card.<List<Object>>json("$.lines[0].time")).hasSize(2);
        var otherTechnician = shop.technician(UUID.randomUUID());
        assertThat(otherTechnician.post("/api/v1/job-cards/" + id + "/lines/" + labour + "/clock/start", "{}")
                .status()).isEqualTo(409);

        card = step(tech, id, "request-quality-check", card);
        card = step(advisor, id, "pass-quality-check", card);
        card = step(advisor, id, "deliver", card);
        card = step(advisor, id, "close", card);
        assertThat(card.<String>json("$.closedAt")).isNotNull();
        assertThat(advisor.post("/api/v1/job-cards/" + id + "/cancel", version(card)).status()).isEqualTo(409);
        assertThat(newWorkshop().advisor().get("/api/v1/job-cards/" + id).status()).isEqualTo(404);
    }

    @Test
    void opensFromACheckedInAppointmentOnlyAndOnce() {
        Workshop shop = newWorkshop();
        UUID center = shop.center("AND");
        shop.bay(center, "B1", "GENERAL");
        technicianAt(shop, center);
        UUID job = shop.cannedJob("PMS", "1.00");
        UUID customer = UUID.randomUUID();
        UUID vehicle = CUSTOMERS.vehicle(customer, "MH02EF9012", "ACTIVE");
        String startsAt = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(9).atTime(10, 0)
                .atZone(ZoneId.of("Asia/Kolkata")).toInstant().toString();
        var booked = shop.advisor().post("/api/v1/appointments", """
                {"serviceCenterId":"%s","cannedJobId":"%s","customerId":"%s","vehicleId":"%s","startsAt":"%s"}"""
                .formatted(center, job, customer, vehicle, startsAt));
        String appointment = booked.json("$.id");
        String fromAppointment = "{\"appointmentId\":\"" + appointment + "\"}";

        assertThat(shop.advisor().post("/api/v1/job-cards", fromAppointment).<String>json("$.code"))
                .isEqualTo("appointment-not-checked-in");
        shop.advisor().post("/api/v1/appointments/" + appointment + "/check-in", version(booked));
        var opened = shop.advisor().post("/api/v1/job-cards", fromAppointment);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.<String>json("$.vehicleId")).isEqualTo(vehicle.toString());
        assertThat(opened.<String>json("$.appointmentId")).isEqualTo(appointment);
        assertThat(shop.advisor().post("/api/v1/job-cards", fromAppointment).status()).isEqualTo(409);
    }

    private static TestHttp.Response open(TestHttp as, UUID center, UUID vehicle, String extra) {
        return as.post("/api/v1/job-cards", "{\"serviceCenterId\":\"" + center + "\",\"vehicleId\":\"" + vehicle
                + "\"" + extra + "}");
    }

    private static TestHttp.Response step(TestHttp as, String id, String action, TestHttp.Response card) {
        var next = as.post("/api/v1/job-cards/" + id + "/" + action, version(card));
        assertThat(next.status()).as(action + ": " + next).isEqualTo(200);
        return next;
    }

    private static String version(TestHttp.Response r) {
        return "{\"version\":" + r.<Integer>json("$.version") + "}";
    }

    private static String fy() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        int start = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        return String.format("%02d-%02d", start % 100, (start + 1) % 100);
    }
}
