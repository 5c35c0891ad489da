package dev.pitlane.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/**
 * The gateway as the Helm chart runs it in production: Swagger UI and API documents off, the actuator on its own
 * management port (MANAGEMENT_SERVER_PORT), which the edge never routes. The edge port then serves neither.
 */
@TestPropertySource(properties = {
        "springdoc.swagger-ui.enabled=false",
        "springdoc.api-docs.enabled=false",
        "management.server.port=0"})
class ProductionEdgeTest extends GatewayTest {

    @Value("${local.management.port}")
    int managementPort;

    @Test
    void servesNoSwaggerUiAndNoActuatorOnTheEdgePort() {
        client.get().uri("/swagger-ui.html").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isNotFound();
    }

    @Test
    void servesProbesAndMetricsOnTheManagementPort() {
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort)
                .responseTimeout(Duration.ofSeconds(10)).build();
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }
}
