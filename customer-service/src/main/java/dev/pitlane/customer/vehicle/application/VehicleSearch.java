package dev.pitlane.customer.vehicle.application;

import dev.pitlane.customer.vehicle.domain.VehicleStatus;

import java.util.UUID;

/** Criteria of a vehicle search; all given must match. VIN and plate are normalized as on input. */
public record VehicleSearch(String vin, String registrationNumber, UUID customerId, VehicleStatus status,
                            String make) {
}
