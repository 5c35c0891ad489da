package dev.pitlane.customer.vehicle.domain;

public enum FuelType {
    PETROL,
    DIESEL,
    CNG,
    LPG,
    ELECTRIC,
    HYBRID
}
