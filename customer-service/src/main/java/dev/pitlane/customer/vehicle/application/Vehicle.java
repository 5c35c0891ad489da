package dev.pitlane.customer.vehicle.application;

import dev.pitlane.customer.vehicle.domain.FuelType;
import dev.pitlane.customer.vehicle.domain.VehicleStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A vehicle as stored and as the API shows it; {@code customerId} is its current owner. */
public record Vehicle(UUID id, UUID customerId, String vin, String registrationNumber, String make, String model,
                      String variant, Integer year, FuelType fuel, VehicleStatus status, Integer odometerKm,
                      LocalDate lastServiceDate, Integer lastServiceOdometerKm, Instant createdAt, Instant updatedAt,
                      long version) {
}
