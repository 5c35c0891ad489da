package dev.pitlane.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The breaker cuts a service off only while it cannot be reached, never while it sheds load, and lets it back as
 * soon as it answers again; its state is in {@code /health} and in the metrics.
 */
@TestPropertySource(properties = {
        "pitlane.gateway.services.shedding-service.paths[0]=/api/v1/shedding/**",
        "pitlane.gateway.services.recovering-service.paths[0]=/api/v1/recovering/**"})
class CircuitBreakerTest extends GatewayTest {

    private static final String OVERLOADED = """
            {"type":"https://pitlane.dev/problems/overloaded","title":"Service Unavailable","status":503,\
            "code":"overloaded","detail":"retry in 1 s."}""";
    private static final int RECOVERING_PORT = freePort();

    @Autowired
    CircuitBreakerRegistry breakers;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void sheddingAndRecoveringServices(DynamicPropertyRegistry registry) {
        HttpServer shedding = listen(0);
        registry.add("pitlane.gateway.targets.shedding-service",
                () -> "http://127.0.0.1:" + shedding.getAddress().getPort());
        registry.add("pitlane.gateway.targets.recovering-service", () -> "http://127.0.0.1:" + RECOVERING_PORT);
    }

    @Test
    void aServiceSheddingLoadOrRateLimitingIsNeverCutOff() {
        for (int i = 0; i < 30; i++) {
            client.get().uri("/api/v1/shedding/customers").header(HttpHeaders.AUTHORIZATION, bearer()).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                    .expectBody().jsonPath("$.code").isEqualTo("overloaded");
            client.get().uri("/api/v1/shedding/limited").header(HttpHeaders.AUTHORIZATION, bearer()).exchange()
                    .expectStatus().isEqualTo(429);
        }

        CircuitBreaker breaker = breakers.circuitBreaker("shedding-service");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        client.get().uri("/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.circuits.shedding-service").isEqualTo("CLOSED");
    }

    @Test
    void aServiceThatComesBackIsLetThroughAgainAndTheOpenCircuitShowsMeanwhile() {
        for (int i = 0; i < 15; i++) {
            client.get().uri("/api/v1/recovering/things").header(HttpHeaders.AUTHORIZATION, bearer()).exchange()
                    .expectStatus().isEqualTo(503);
        }
        assertThat(breakers.circuitBreaker("recovering-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        client.get().uri("/health").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("DEGRADED")
                .jsonPath("$.circuits.recovering-service").isEqualTo("OPEN");
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        management.get().uri("/actuator/prometheus").exchange().expectBody(String.class).value(metrics -> assertThat(metrics)
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"recovering-service\"[^}]*state=\"open\"[^}]*} 1.0"));

        HttpServer recovered = listen(RECOVERING_PORT);
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                client.get().uri("/api/v1/recovering/things").header(HttpHeaders.AUTHORIZATION, bearer()).exchange()
                        .expectStatus().isOk();
                assertThat(breakers.circuitBreaker("recovering-service").getState())
                        .isEqualTo(CircuitBreaker.State.CLOSED);
            });
        } finally {
            recovered.stop(0);
        }
    }

    /** 429 on {@code .../limited}, 503 overloaded with Retry-After on everything else, 200 once it has recovered. */
    private static HttpServer listen(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            server.createContext("/api/v1/shedding/", CircuitBreakerTest::shed);
            server.createContext("/", exchange -> answer(exchange, 200, "{}"));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void shed(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().endsWith("/limited")) {
            answer(exchange, 429, "{\"code\":\"rate-limited\"}");
        } else {
            exchange.getResponseHeaders().add(HttpHeaders.RETRY_AFTER, "1");
            answer(exchange, 503, OVERLOADED);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        try (exchange) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
