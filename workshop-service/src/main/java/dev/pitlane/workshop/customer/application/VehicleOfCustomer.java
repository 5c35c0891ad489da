package dev.pitlane.workshop.customer.application;

import java.util.UUID;

/** A vehicle as customer-service knows it, with its current owner: what a job card needs to open. */
public record VehicleOfCustomer(UUID vehicleId, UUID customerId, String registrationNumber, String status,
                                String customerName) {

    /** Scrapped and inactive vehicles are not serviced. */
    public boolean serviceable() {
        return !"SCRAPPED".equals(status) && !"INACTIVE".equals(status);
    }
}
