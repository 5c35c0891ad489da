package dev.pitlane.customer.vehicle.domain;

/** A vehicle as a person or a file gives it, checked and normalized by {@link VehicleDetails#from}. */
public record VehicleInput(String vin, String registrationNumber, String make, String model, String variant,
                           Integer year, String fuel) {
}
