package dev.pitlane.workshop.customer.client;

import feign.FeignException;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The retry and the circuit breaker around customer-service. A 4xx is an answer, never retried and never counted
 * as a failure; a refused connection, a timeout (Feign's RetryableException) or a 5xx is retried and counted.
 */
@Configuration
class CustomerServiceResilience {

    static boolean isFailure(Throwable t) {
        return t instanceof RetryableException || (t instanceof FeignException f && f.status() >= 500)
                || (t instanceof FeignException g && g.status() < 0);
    }

    @Bean
    CircuitBreaker customerServiceBreaker(@Value("${pitlane.workshop.customer-service-breaker-open-for:10s}")
                                          Duration openFor) {
        return CircuitBreaker.of("customer-service", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(CustomerServiceResilience::isFailure)
                .build());
    }

    @Bean
    Retry customerServiceRetry(@Value("${pitlane.workshop.customer-service-retry-attempts:3}") int attempts) {
        return Retry.of("customer-service", RetryConfig.custom()
                .maxAttempts(attempts)
                .waitDuration(Duration.ofMillis(100))
                .retryOnException(CustomerServiceResilience::isFailure)
                .build());
    }
}
