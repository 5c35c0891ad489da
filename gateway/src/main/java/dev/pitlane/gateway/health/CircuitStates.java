package dev.pitlane.gateway.health;

import dev.pitlane.gateway.routing.ServiceRoute;
import dev.pitlane.gateway.routing.ServiceTable;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of every service's circuit breaker, in the order of the service table. A circuit is created on the
 * first call through it; one never used yet is CLOSED.
 */
@Component
class CircuitStates {

    private final List<ServiceRoute> services;
    private final CircuitBreakerRegistry breakers;

    CircuitStates(ServiceTable table, CircuitBreakerRegistry breakers) {
        this.services = table.services();
        this.breakers = breakers;
    }

    Map<String, CircuitBreaker.State> now() {
        Map<String, CircuitBreaker.State> states = new LinkedHashMap<>();
        services.forEach(service -> states.put(service.name(), breakers.find(service.name())
                .map(CircuitBreaker::getState).orElse(CircuitBreaker.State.CLOSED)));
        return states;
    }
}
