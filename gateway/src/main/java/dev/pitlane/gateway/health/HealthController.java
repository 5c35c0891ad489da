package dev.pitlane.gateway.health;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * {@code GET /health}: one glance for a person with curl at whether the suite is up. UP when every service is
 * ready and every circuit closed; DEGRADED when a service is DOWN or the gateway is holding requests back from
 * one (circuit open or half-open). Each service is listed UP or DOWN, each circuit with its state. Orchestrators
 * use {@code /actuator/health/liveness|readiness} instead, which do not depend on the services.
 */
@RestController
class HealthController {

    static final String DEGRADED = "DEGRADED";

    private final ServiceHealthProbe probe;
    private final CircuitStates circuits;

    HealthController(ServiceHealthProbe probe, CircuitStates circuits) {
        this.probe = probe;
        this.circuits = circuits;
    }

    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<SuiteHealth> health() {
        return probe.statuses().map(services -> SuiteHealth.of(services, circuits.now()));
    }

    record SuiteHealth(String status, Map<String, String> services, Map<String, CircuitBreaker.State> circuits) {

        static SuiteHealth of(Map<String, String> services, Map<String, CircuitBreaker.State> circuits) {
            boolean allUp = services.values().stream().allMatch(ServiceHealthProbe.UP::equals);
            boolean allClosed = circuits.values().stream().allMatch(CircuitBreaker.State.CLOSED::equals);
            return new SuiteHealth(allUp && allClosed ? ServiceHealthProbe.UP : DEGRADED, services, circuits);
        }
    }
}
