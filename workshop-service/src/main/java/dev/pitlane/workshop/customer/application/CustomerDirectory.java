package dev.pitlane.workshop.customer.application;

import java.util.Optional;
import java.util.UUID;

/**
 * customer-service, asked synchronously while an advisor waits. Empty when it has no such vehicle (or another
 * organization's); a {@link CustomerServiceUnavailableException} when it does not answer in time.
 * Never called inside a database transaction.
 */
public interface CustomerDirectory {

    Optional<VehicleOfCustomer> vehicle(UUID vehicleId);
}
