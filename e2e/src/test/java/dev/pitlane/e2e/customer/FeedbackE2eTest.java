package dev.pitlane.e2e.customer;

import dev.pitlane.e2e.auth.Tenants;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.pitlane.e2e.Responses.ok;
import static dev.pitlane.e2e.Responses.assertProblem;
import static dev.pitlane.e2e.customer.CustomerData.createCustomer;
import static dev.pitlane.e2e.customer.CustomerData.newPhone;
import static dev.pitlane.e2e.customer.CustomerData.registerVehicle;
import static org.assertj.core.api.Assertions.assertThat;

/** Customers' feedback through the gateway: recorded by an advisor, listed, answered once. */
class FeedbackE2eTest {

    private static final String ANDHERI = "7e57da7a-0000-4000-8000-000000000101";

    private static TestHttp admin;
    private static TestHttp advisor;

    @BeforeAll
    static void organization() {
        Tenants.Org organization = Tenants.newOrganization();
        admin = organization.admin();
        advisor = Tenants.newMember(organization, "SERVICE_ADVISOR").http();
    }

    @Test
    void recordListAndAnswerOnce() {
        String customer = createCustomer(admin, "Unhappy Customer", newPhone());
        String vehicle = registerVehicle(admin, customer);
        String jobCard = UUID.randomUUID().toString();
        var created = ok(advisor.post("/api/v1/feedback", """
                {"customerId":"%s","vehicleId":"%s","jobCardId":"%s","serviceCenterId":"%s","rating":2,
                 "comment":"Car returned late"}""".formatted(customer, vehicle, jobCard, ANDHERI)), 201);
        String id = created.json("$.id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/feedback/" + id);
        assertThat(created.<String>json("$.submittedBy")).isNotBlank();
        String visit = ok(advisor.post("/api/v1/feedback", """
                {"customerId":"%s","visitDate":"%s","rating":5,"comment":"Quick and clean"}"""
                .formatted(customer, LocalDate.now().minusDays(3))), 201).json("$.id");

        assertThat(ids("maxRating=2&responded=false")).containsExactly(id);
        assertThat(ids("customerId=" + customer)).containsExactlyInAnyOrder(id, visit);
        assertThat(ids("jobCardId=" + jobCard)).containsExactly(id);
        assertThat(ids("vehicleId=" + vehicle + "&serviceCenterId=" + ANDHERI)).containsExactly(id);

        var answered = ok(advisor.post("/api/v1/feedback/" + id + "/response",
                "{\"response\":\"Sorry, a part was delayed; your next wash is on us.\"}"), 200);
        assertThat(answered.<String>json("$.respondedAt")).isNotNull();
        assertThat(answered.<String>json("$.respondedBy")).isNotBlank();
        assertProblem(advisor.post("/api/v1/feedback/" + id + "/response", "{\"response\":\"again\"}"), 409,
                "already-responded");
        assertThat(ok(advisor.get("/api/v1/feedback/" + id), 200).<String>json("$.response")).startsWith("Sorry");
        assertThat(ids("maxRating=2&responded=false")).isEmpty();
        assertThat(ids("responded=true")).containsExactly(id);
    }

    @Test
    void oneFeedbackPerJobCardAndInvalidInputNamesTheFields() {
        String customer = createCustomer(admin, "Picky Customer", newPhone());
        String body = """
                {"customerId":"%s","jobCardId":"%s","rating":4}""".formatted(customer, UUID.randomUUID());
        ok(advisor.post("/api/v1/feedback", body), 201);
        var again = assertProblem(advisor.post("/api/v1/feedback", body), 409, "duplicate");
        assertThat(again.<String>json("$.errors[0].field")).isEqualTo("jobCardId");

        var invalid = assertProblem(advisor.post("/api/v1/feedback", """
                {"customerId":"%s","rating":6}""".formatted(customer)), 400, "validation-failed");
        assertThat(invalid.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("rating", "jobCardId");
        var future = assertProblem(advisor.post("/api/v1/feedback", """
                {"customerId":"%s","visitDate":"%s","rating":3}""".formatted(customer, LocalDate.now().plusDays(2))),
                400, "validation-failed");
        assertThat(future.<String>json("$.errors[0].field")).isEqualTo("visitDate");
        var unknown = assertProblem(advisor.post("/api/v1/feedback", """
                {"customerId":"%s","visitDate":"2025-02-01","rating":3}""".formatted(UUID.randomUUID())), 400,
                "validation-failed");
        assertThat(unknown.<String>json("$.errors[0].field")).isEqualTo("customerId");
        String someoneElses = registerVehicle(admin, createCustomer(admin, "Other Owner", newPhone()));
        var notTheirs = assertProblem(advisor.post("/api/v1/feedback", """
                {"customerId":"%s","vehicleId":"%s","visitDate":"2025-02-01","rating":3}"""
                .formatted(customer, someoneElses)), 400, "validation-failed");
        assertThat(notTheirs.<String>json("$.errors[0].field")).isEqualTo("vehicleId");
        assertProblem(advisor.get("/api/v1/feedback/" + UUID.randomUUID()), 404, "not-found");
    }

    private static List<String> ids(String query) {
        return ok(advisor.get("/api/v1/feedback?" + query), 200).json("$.items[*].id");
    }
}
