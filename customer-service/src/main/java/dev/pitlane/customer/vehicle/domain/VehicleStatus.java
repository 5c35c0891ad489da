package dev.pitlane.customer.vehicle.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a vehicle stands. A vehicle goes into service and comes out ready for delivery, then back to active;
 * a scrapped vehicle stays scrapped.
 */
public enum VehicleStatus {
    ACTIVE,
    IN_SERVICE,
    READY_FOR_DELIVERY,
    INACTIVE,
    SCRAPPED;

    public Set<VehicleStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(IN_SERVICE, INACTIVE, SCRAPPED);
            case IN_SERVICE -> EnumSet.of(READY_FOR_DELIVERY, ACTIVE);
            case READY_FOR_DELIVERY -> EnumSet.of(ACTIVE, IN_SERVICE);
            case INACTIVE -> EnumSet.of(ACTIVE, SCRAPPED);
            case SCRAPPED -> EnumSet.noneOf(VehicleStatus.class);
        };
    }

    public boolean canMoveTo(VehicleStatus target) {
        return next().contains(target);
    }
}
