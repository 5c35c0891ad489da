package dev.pitlane.customer.vehicle.application;

import dev.pitlane.customer.vehicle.domain.FuelType;
import dev.pitlane.customer.vehicle.domain.VehicleStatus;
import dev.pitlane.platform.messaging.OutgoingEvent;

import java.time.Instant;
import java.util.UUID;

/** The events of topic {@code customer.vehicle.v1}; schemas in {@code contracts/events/customer-service/}. */
public final class VehicleEvents {

    public static final String TOPIC = "customer.vehicle.v1";
    private static final String AGGREGATE = "Vehicle";

    private VehicleEvents() {
    }

    public record VehicleRegistered(UUID vehicleId, UUID customerId, String vin, String registrationNumber,
                                    String make, String model, String variant, Integer year, FuelType fuel) {
    }

    public record VehicleOwnershipTransferred(UUID vehicleId, UUID fromCustomerId, UUID toCustomerId,
                                              Instant transferredAt) {
    }

    public record VehicleStatusChanged(UUID vehicleId, VehicleStatus from, VehicleStatus to, Instant changedAt) {
    }

    public static OutgoingEvent registered(Vehicle v) {
        return OutgoingEvent.v1(TOPIC, AGGREGATE, v.id(), "VehicleRegistered", new VehicleRegistered(v.id(),
                v.customerId(), v.vin(), v.registrationNumber(), v.make(), v.model(), v.variant(), v.year(), v.fuel()));
    }

    public static OutgoingEvent ownershipTransferred(UUID vehicleId, UUID from, UUID to, Instant at) {
        return OutgoingEvent.v1(TOPIC, AGGREGATE, vehicleId, "VehicleOwnershipTransferred",
                new VehicleOwnershipTransferred(vehicleId, from, to, at));
    }

    public static OutgoingEvent statusChanged(UUID vehicleId, VehicleStatus from, VehicleStatus to, Instant at) {
        return OutgoingEvent.v1(TOPIC, AGGREGATE, vehicleId, "VehicleStatusChanged",
                new VehicleStatusChanged(vehicleId, from, to, at));
    }
}
