package dev.pitlane.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HealthAndDocsTest extends GatewayTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void reportsEveryServiceForAPersonWithCurl() {
        // the very first probe also opens connections and loads classes: on a busy machine it may miss its
        // timeout, so the answer is awaited across a few probe rounds
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> client.get().uri("/health").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                // two services are DOWN
                .jsonPath("$.status").isEqualTo("DEGRADED")
                .jsonPath("$.services.auth-service").isEqualTo("UP")
                .jsonPath("$.services.customer-service").isEqualTo("UP")
                .jsonPath("$.services.inventory-service").isEqualTo("UP")
                .jsonPath("$.services.procurement-service").isEqualTo("UP")
                .jsonPath("$.services.workshop-service").isEqualTo("UP")
                .jsonPath("$.services.billing-service").isEqualTo("UP")
                .jsonPath("$.services.reporting-service").isEqualTo("UP")
                // slower than the probe's timeout, and not listening at all
                .jsonPath("$.services.slow-service").isEqualTo("DOWN")
                .jsonPath("$.services.down-service").isEqualTo("DOWN")
                .jsonPath("$.circuits.auth-service").isEqualTo("CLOSED"));
    }

    @Test
    void listsEveryServiceInTheSwaggerUi() {
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat(names).asList().containsExactly(
                        "auth-service", "billing-service", "customer-service", "down-service", "inventory-service",
                        "procurement-service", "reporting-service", "slow-service", "tripped-service", "workshop-service"))
                .jsonPath("$.urls[?(@.name == 'inventory-service')].url").isEqualTo("/v3/api-docs/inventory-service");
    }

    @Test
    void servesTheSwaggerUi() {
        client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/swagger-ui/index.html"));
        client.get().uri("/swagger-ui/index.html").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).contains("swagger-ui"));
    }

    @Test
    void exposesProbesAndPrometheusMetricsPerRouteOnTheManagementPortOnly() {
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/api/v1/stock").header(HttpHeaders.AUTHORIZATION, bearer()).exchange().expectStatus().isOk();
        management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("spring_cloud_gateway_requests_seconds_count{")
                        .containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"inventory-service\"")
                        .contains("resilience4j_circuitbreaker_state{"));

        assertThat(managementPort).isNotEqualTo(port);
        for (String path : List.of("/actuator/prometheus", "/actuator/health/readiness", "/actuator/info")) {
            expectProblem(client.get().uri(path).exchange(), 404, "not-found");
        }
        expectProblem(client.get().uri("/actuator").exchange(), 401, "unauthorized");
        expectProblem(client.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, bearer())
                .exchange(), 404, "not-found");
    }
}
