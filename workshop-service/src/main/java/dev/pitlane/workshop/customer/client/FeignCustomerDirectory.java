package dev.pitlane.workshop.customer.client;

import dev.pitlane.workshop.customer.application.CustomerDirectory;
import dev.pitlane.workshop.customer.application.CustomerServiceUnavailableException;
import dev.pitlane.workshop.customer.application.VehicleOfCustomer;
import feign.FeignException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * customer-service through OpenFeign: connect and read timeouts (spring.cloud.openfeign.client.config), a retry
 * of the GET on a timeout or a 5xx (safe: it changes nothing), and a circuit breaker that fails fast while it
 * keeps failing. A 404 is an answer (no such vehicle), not a failure; a 401/403 is the caller's, passed on.
 */
@Component
class FeignCustomerDirectory implements CustomerDirectory {

    private final CustomerServiceApi api;
    private final CircuitBreaker breaker;
    private final Retry retry;

    FeignCustomerDirectory(CustomerServiceApi api, CircuitBreaker customerServiceBreaker,
                           Retry customerServiceRetry) {
        this.api = api;
        this.breaker = customerServiceBreaker;
        this.retry = customerServiceRetry;
    }

    @Override
    public Optional<VehicleOfCustomer> vehicle(UUID vehicleId) {
        try {
            // each attempt passes the breaker, so a retried outage opens it as fast as separate calls would
            var v = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker,
                    () -> api.vehicle(vehicleId))).get();
            return Optional.of(new VehicleOfCustomer(v.id(), v.customerId(), v.registrationNumber(), v.status(),
                    v.customer() == null ? null : v.customer().name()));
        } catch (FeignException.NotFound e) {
            return Optional.empty();
        } catch (CallNotPermittedException e) {
            throw new CustomerServiceUnavailableException("customer-service keeps failing; try again shortly");
        } catch (FeignException.Unauthorized | FeignException.Forbidden e) {
            throw new dev.pitlane.platform.web.ApiException(org.springframework.http.HttpStatus.FORBIDDEN,
                    "forbidden", "customer-service refused to show this vehicle to you");
        } catch (FeignException e) {
            throw new CustomerServiceUnavailableException("customer-service did not answer: " + e.status());
        }
    }
}
