package dev.pitlane.customer.vehicle.application;

import dev.pitlane.customer.vehicle.domain.VehicleDetails;

import java.util.UUID;

/** A vehicle to register: its first owner and, when known, its first odometer reading and where it came from. */
public record NewVehicle(UUID id, UUID customerId, VehicleDetails details, Integer odometerKm, String source) {
}
