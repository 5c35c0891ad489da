package dev.pitlane.gateway.health;

import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteHealthTest {

    @Test
    void upOnlyWhenEveryServiceIsUpAndEveryCircuitClosed() {
        assertThat(status(Map.of("a", "UP", "b", "UP"), Map.of("a", State.CLOSED, "b", State.CLOSED))).isEqualTo("UP");
        assertThat(status(Map.of("a", "UP", "b", "DOWN"), Map.of("a", State.CLOSED, "b", State.CLOSED)))
                .isEqualTo("DEGRADED");
        assertThat(status(Map.of("a", "UP", "b", "UP"), Map.of("a", State.CLOSED, "b", State.HALF_OPEN)))
                .isEqualTo("DEGRADED");
        assertThat(status(Map.of("a", "UP", "b", "UP"), Map.of("a", State.OPEN, "b", State.CLOSED)))
                .isEqualTo("DEGRADED");
    }

    private static String status(Map<String, String> services, Map<String, State> circuits) {
        return HealthController.SuiteHealth.of(services, circuits).status();
    }
}
