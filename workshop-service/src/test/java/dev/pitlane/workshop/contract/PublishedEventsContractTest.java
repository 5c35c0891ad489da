package dev.pitlane.workshop.contract;

import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.KafkaTap;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.workshop.support.CustomerServiceStandIn;
import dev.pitlane.workshop.support.Workshop;
import dev.pitlane.workshop.support.WorkshopTestBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Producer side of the contracts: every event the workshop publishes, taken off the real broker, fits its JSON
 * Schema in contracts/events/workshop-service, in a full envelope keyed by its aggregate.
 */
class PublishedEventsContractTest extends WorkshopTestBase {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    /** Published today; QuotationApproved comes with the quotations. */
    private static final Set<String> PUBLISHED = Set.of("AppointmentBooked", "AppointmentRescheduled",
            "AppointmentCancelled", "JobCardOpened", "JobCardStatusChanged", "JobCardClosed");

    @Test
    void everyPublishedEventFitsItsContract() {
        KafkaTap tap = KafkaTap.on("workshop.appointment.v1", "workshop.job-card.v1");
        Workshop shop = newWorkshop();
        UUID center = shop.center("AND");
        shop.bay(center, "B1", "GENERAL");
        UUID technician = technicianAt(shop, center);
        UUID job = shop.cannedJob("PMS", "1.00");
        UUID customer = UUID.randomUUID();
        UUID vehicle = CustomerServiceStandIn.get().vehicle(customer, "MH02AB1111", "ACTIVE");
        TestHttp advisor = shop.advisor();
        LocalDate day = LocalDate.now(IST).plusDays(10);

        var booked = advisor.post("/api/v1/appointments", """
                {"serviceCenterId":"%s","cannedJobId":"%s","customerId":"%s","vehicleId":"%s","startsAt":"%s"}"""
                .formatted(center, job, customer, vehicle, day.atTime(9, 0).atZone(IST).toInstant()));
        String appointment = booked.json("$.id");
        var moved = advisor.post("/api/v1/appointments/" + appointment + "/reschedule", """
                {"startsAt":"%s","version":%d}""".formatted(day.atTime(11, 0).atZone(IST).toInstant(),
                booked.<Integer>json("$.version")));
        advisor.post("/api/v1/appointments/" + appointment + "/cancel",
                "{\"reason\":\"customer called\",\"version\":" + moved.json("$.version") + "}");

        var card = advisor.post("/api/v1/job-cards", """
                {"serviceCenterId":"%s","vehicleId":"%s","intake":{"odometerKm":1200,"complaints":["noise"]}}"""
                .formatted(center, vehicle));
        String id = card.json("$.id");
        card = step(advisor, id, "start-inspection", card);
        card = advisor.post("/api/v1/job-cards/" + id + "/lines", """
                {"kind":"LABOUR","cannedJobId":"%s","version":%d}""".formatted(job, card.<Integer>json("$.version")));
        String line = card.json("$.lines[0].id");
        for (String action : List.of("request-approval", "approve")) {
            card = step(advisor, id, action, card);
        }
        card = advisor.post("/api/v1/job-cards/" + id + "/lines/" + line + "/assign", """
                {"technicianId":"%s","version":%d}""".formatted(technician, card.<Integer>json("$.version")));
        card = step(advisor, id, "start-work", card);
        for (String action : List.of("request-quality-check", "pass-quality-check", "deliver", "close")) {
            card = step(advisor, id, action, card);
        }

        tap.await(shop.id, "JobCardClosed", 1);
        var events = tap.events(shop.id);
        assertThat(events).extracting(KafkaTap.Event::type).containsAll(PUBLISHED);
        assertThat(EventContracts.eventTypes("workshop-service")).containsAll(PUBLISHED);
        for (KafkaTap.Event event : events) {
            EventContracts.requirePublished("workshop-service", event);
            assertThat(event.key()).isEqualTo(event.aggregateId());
        }
    }

    private static TestHttp.Response step(TestHttp as, String id, String action, TestHttp.Response card) {
        var next = as.post("/api/v1/job-cards/" + id + "/" + action, "{\"version\":" + card.json("$.version") + "}");
        assertThat(next.status()).as(action + ": " + next).isEqualTo(200);
        return next;
    }
}
