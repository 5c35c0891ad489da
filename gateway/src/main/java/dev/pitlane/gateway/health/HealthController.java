package dev.pitlane.gateway.health;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * {@code GET /health}: one glance for a person with curl at whether the suite is up. The gateway's own status
 * is UP whenever it answers; each service is listed UP or DOWN. Orchestrators use
 * {@code /actuator/health/liveness|readiness} instead, which do not depend on the services.
 */
@RestController
class HealthController {

    private final ServiceHealthProbe probe;

    HealthController(ServiceHealthProbe probe) {
        this.probe = probe;
    }

    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<SuiteHealth> health() {
        return probe.statuses().map(services -> new SuiteHealth(ServiceHealthProbe.UP, services));
    }

    record SuiteHealth(String status, Map<String, String> services) {
    }
}
