package dev.pitlane.workshop.customer.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/** The part of customer-service's API the workshop reads, with the caller's own token. */
@FeignClient(name = "customer-service", url = "${pitlane.workshop.customer-service-url}",
        configuration = CallerTokenRelay.class)
interface CustomerServiceApi {

    /** customer-service's answers hold more than the workshop reads; its contract only ever adds fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CustomerPart(String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VehicleWithCustomer(UUID id, UUID customerId, String registrationNumber,
                               String status, CustomerPart customer) {
    }

    @GetMapping("/api/v1/vehicles/{id}?expand=customer")
    VehicleWithCustomer vehicle(@PathVariable("id") UUID id);
}
