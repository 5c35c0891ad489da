package dev.pitlane.workshop.customer.application;

import dev.pitlane.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** 503: customer-service did not answer (down, too slow, or its circuit is open); nothing was changed. */
public class CustomerServiceUnavailableException extends ApiException {

    public CustomerServiceUnavailableException(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "customer-service-unavailable", detail);
    }
}
