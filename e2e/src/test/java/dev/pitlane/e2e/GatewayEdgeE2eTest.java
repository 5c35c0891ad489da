package dev.pitlane.e2e;

import dev.pitlane.devstack.ServiceProcess;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static dev.pitlane.e2e.Responses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The conventions of the foundation issue, checked through the gateway against running services. */
class GatewayEdgeE2eTest {

    private static TestHttp admin() {
        return E2eSuite.as("admin@demo-motors.local");
    }

    private static String newUser(String email) {
        return """
                {"email":"%s","firstName":"Asha","lastName":"Rao","password":"Str0ng-passw0rd!","roles":["STAFF"]}"""
                .formatted(email);
    }

    @Test
    void everyErrorClassIsProblemJsonThroughTheGateway() {
        TestHttp admin = admin();
        assertProblem(admin.post("/api/v1/users", "{\"email\":\"\",\"roles\":[]}"), 400, "validation-failed");
        assertProblem(admin.post("/api/v1/users", "{\"email\":\"x@y.z\",\"organizationId\":\"" + UUID.randomUUID()
                + "\"}"), 400, "unknown-field");
        assertProblem(admin.post("/api/v1/users", "{\"email\":"), 400, "malformed-json");
        assertProblem(admin.get("/api/v1/users/not-a-uuid"), 400, "type-mismatch");
        assertProblem(admin.get("/api/v1/no-such-resource"), 404, "not-found");
        assertProblem(admin.get("/api/v1/users/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(admin.delete("/api/v1/auth/login"), 405, "method-not-allowed");
        assertProblem(admin.post("/api/v1/users", "{\"email\":\"" + "x".repeat(2_000_000) + "\"}"), 413,
                "payload-too-large");
        assertProblem(admin.post("/api/v1/users", "email=a", "Content-Type", "text/plain"), 415,
                "unsupported-media-type");
        assertProblem(E2eSuite.as("technician@demo-motors.local").post("/api/v1/users",
                newUser("nobody-" + UUID.randomUUID() + "@demo-motors.local")), 403, "forbidden");
        String email = "dup-" + UUID.randomUUID() + "@demo-motors.local";
        assertThat(admin.post("/api/v1/users", newUser(email)).status()).isEqualTo(201);
        var duplicate = admin.post("/api/v1/users", newUser(email));
        assertProblem(duplicate, 409, "duplicate");
        assertThat(duplicate.<String>json("$.errors[0].field")).isEqualTo("email");
    }

    @Test
    void badTokensAre401AtTheEdge() {
        String good = E2eSuite.login("admin@demo-motors.local");
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        String foreign = TestTokens.issuer().user(UUID.randomUUID()).permissions("user:read").mint();
        for (String token : List.of(tampered, unsigned, foreign, "garbage")) {
            var r = E2eSuite.gateway().withToken(token).get("/api/v1/users");
            assertProblem(r, 401, "unauthorized");
        }
        assertProblem(E2eSuite.gateway().get("/api/v1/users"), 401, "unauthorized");
        assertThat(E2eSuite.gateway().withToken(good).get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void aClientPastItsRateLimitGets429() throws Exception {
        String token = E2eSuite.login("accountant@demo-motors.local");
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create(E2eSuite.get().gatewayUrl()
                            + "/api/v1/roles")).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> limited = new ArrayList<>();
        for (var call : calls) {
            HttpResponse<String> r = call.get();
            if (r.statusCode() == 429) {
                limited.add(r);
            }
        }
        assertThat(limited).isNotEmpty();
        HttpResponse<String> one = limited.get(0);
        assertThat(one.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(one.body()).contains("\"code\":\"rate-limited\"");
        assertThat(one.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aServiceThatIsDownIs503ProblemAndComesBack() {
        ServiceProcess procurement = E2eSuite.get().service("procurement-service");
        TestHttp officer = E2eSuite.as("procurement@demo-motors.local");
        procurement.stop();
        try {
            var r = officer.get("/api/v1/suppliers");
            assertProblem(r, 503, "service-unavailable");
            assertThat(r.<String>json("$.detail")).contains("procurement-service");
        } finally {
            procurement.start();
            E2eSuite.get().awaitReady(List.of(procurement), Duration.ofSeconds(180));
        }
        assertThat(officer.get("/api/v1/suppliers").status()).isEqualTo(200);
    }

    @Test
    void anIdempotencyKeyReplaysThroughTheGateway() {
        TestHttp admin = admin();
        String key = UUID.randomUUID().toString();
        String body = newUser("idem-" + UUID.randomUUID() + "@demo-motors.local");
        var first = admin.post("/api/v1/users", body, "Idempotency-Key", key);
        var second = admin.post("/api/v1/users", body, "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(admin.post("/api/v1/users", newUser("other-" + UUID.randomUUID() + "@demo-motors.local"),
                "Idempotency-Key", key), 422, "idempotency-key-reused");
    }

    @Test
    void healthAnswersForAPerson() {
        var health = E2eSuite.gateway().get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.<String>json("$.services['auth-service']")).isEqualTo("UP");
        assertThat(health.<String>json("$.services['inventory-service']")).isEqualTo("UP");
    }
}
