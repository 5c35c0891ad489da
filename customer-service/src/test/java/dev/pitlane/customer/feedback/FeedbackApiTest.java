package dev.pitlane.customer.feedback;

import dev.pitlane.customer.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackApiTest extends IntegrationTest {

    private final UUID org = UUID.randomUUID();
    private static final String CENTER = "7e57da7a-0000-4000-8000-000000000101";

    @Test
    void submitListAndRespondOnce() {
        String customer = createCustomer(admin(org), "Happy Customer", newPhone());
        String vehicle = registerVehicle(admin(org), customer, newVin(), newPlate());
        String jobCard = UUID.randomUUID().toString();
        var r = as(org, "feedback:write").post("/api/v1/feedback", """
                {"customerId":"%s","vehicleId":"%s","jobCardId":"%s","serviceCenterId":"%s","rating":2,
                 "comment":"Car returned late"}""".formatted(customer, vehicle, jobCard, CENTER));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json("$.id");
        assertThat(r.<String>json("$.submittedBy")).isNotBlank();
        as(org, "feedback:write").post("/api/v1/feedback", """
                {"customerId":"%s","visitDate":"2025-01-15","rating":5}""".formatted(customer));

        var unhappy = as(org, "feedback:read").get("/api/v1/feedback?maxRating=2&responded=false");
        assertThat(unhappy.<List<String>>json("$.items[*].id")).containsExactly(id);
        assertThat(as(org, "feedback:read").get("/api/v1/feedback?customerId=" + customer)
                .<Integer>json("$.page.totalElements")).isEqualTo(2);

        var answered = as(org, "feedback:respond").post("/api/v1/feedback/" + id + "/response",
                "{\"response\":\"Sorry, a part was delayed; your next wash is on us.\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.<String>json("$.respondedAt")).isNotNull();
        assertThat(as(org, "feedback:respond").post("/api/v1/feedback/" + id + "/response", "{\"response\":\"again\"}")
                .<String>json("$.code")).isEqualTo("already-responded");
        assertThat(as(org, "feedback:read").get("/api/v1/feedback?responded=false&maxRating=2")
                .<Integer>json("$.page.totalElements")).isZero();
        assertThat(as(org, "feedback:read").get("/api/v1/feedback/" + id).<String>json("$.response")).startsWith("Sorry");
    }

    @Test
    void oneFeedbackPerJobCardAndValidInput() {
        String customer = createCustomer(admin(org), "Picky Customer", newPhone());
        String jobCard = UUID.randomUUID().toString();
        String body = """
                {"customerId":"%s","jobCardId":"%s","rating":4}""".formatted(customer, jobCard);
        assertThat(admin(org).post("/api/v1/feedback", body).status()).isEqualTo(201);
        var again = admin(org).post("/api/v1/feedback", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>json("$.errors[0].field")).isEqualTo("jobCardId");
        var bad = admin(org).post("/api/v1/feedback", """
                {"customerId":"%s","rating":6}""".formatted(customer));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("rating", "jobCardId");
        var strangerCustomer = admin(org).post("/api/v1/feedback", """
                {"customerId":"%s","visitDate":"2025-02-01","rating":3}""".formatted(UUID.randomUUID()));
        assertThat(strangerCustomer.<String>json("$.errors[0].field")).isEqualTo("customerId");
    }

    @Test
    void permissionsAndTenancy() {
        String customer = createCustomer(admin(org), "Guarded Feedback", newPhone());
        String id = admin(org).post("/api/v1/feedback", """
                {"customerId":"%s","visitDate":"2025-03-01","rating":3}""".formatted(customer)).json("$.id");
        assertThat(as(org, "feedback:read").post("/api/v1/feedback", "{}").status()).isEqualTo(403);
        assertThat(as(org, "feedback:write").get("/api/v1/feedback").status()).isEqualTo(403);
        assertThat(as(org, "feedback:write").post("/api/v1/feedback/" + id + "/response", "{\"response\":\"x\"}")
                .status()).isEqualTo(403);
        assertThat(admin(UUID.randomUUID()).get("/api/v1/feedback/" + id).status()).isEqualTo(404);
        assertThat(admin(UUID.randomUUID()).post("/api/v1/feedback/" + id + "/response", "{\"response\":\"x\"}")
                .status()).isEqualTo(404);
    }
}
