package dev.pitlane.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.registry.EntryAddedEvent;
import io.github.resilience4j.core.registry.EntryRemovedEvent;
import io.github.resilience4j.core.registry.EntryReplacedEvent;
import io.github.resilience4j.core.registry.RegistryEventConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One log line when a service's circuit opens or closes, instead of one per refused request: while a circuit
 * is open the gateway answers 503 without calling the service and logs those answers at debug level only.
 */
@Component
class CircuitBreakerLogging implements RegistryEventConsumer<CircuitBreaker> {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakerLogging.class);

    @Override
    public void onEntryAddedEvent(EntryAddedEvent<CircuitBreaker> event) {
        logTransitions(event.getAddedEntry());
    }

    private static void logTransitions(CircuitBreaker breaker) {
        breaker.getEventPublisher().onStateTransition(transition -> {
            CircuitBreaker.StateTransition change = transition.getStateTransition();
            if (change.getToState() == CircuitBreaker.State.OPEN) {
                log.warn("Circuit of {} opened ({} -> {}, failure rate {}%): answering 503 without calling it",
                        breaker.getName(), change.getFromState(), change.getToState(),
                        breaker.getMetrics().getFailureRate());
            } else {
                log.info("Circuit of {}: {} -> {}", breaker.getName(), change.getFromState(), change.getToState());
            }
        });
    }

    @Override
    public void onEntryRemovedEvent(EntryRemovedEvent<CircuitBreaker> event) {
        // circuits live as long as the gateway
    }

    @Override
    public void onEntryReplacedEvent(EntryReplacedEvent<CircuitBreaker> event) {
        logTransitions(event.getNewEntry());
    }
}
