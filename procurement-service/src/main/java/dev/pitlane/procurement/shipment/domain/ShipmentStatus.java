package dev.pitlane.procurement.shipment.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * CREATED → DISPATCHED → IN_TRANSIT → DELIVERED, with EXCEPTION (delay, damage, wrong hub) from any status on the
 * way and back to IN_TRANSIT or DELIVERED once resolved. Repeated IN_TRANSIT and EXCEPTION reports are scans at new
 * places. DELIVERED is final.
 */
public enum ShipmentStatus {
    CREATED, DISPATCHED, IN_TRANSIT, DELIVERED, EXCEPTION;

    private static final Map<ShipmentStatus, Set<ShipmentStatus>> NEXT = Map.of(
            CREATED, EnumSet.of(DISPATCHED, EXCEPTION),
            DISPATCHED, EnumSet.of(IN_TRANSIT, DELIVERED, EXCEPTION),
            IN_TRANSIT, EnumSet.of(IN_TRANSIT, DELIVERED, EXCEPTION),
            EXCEPTION, EnumSet.of(IN_TRANSIT, DELIVERED, EXCEPTION),
            DELIVERED, EnumSet.noneOf(ShipmentStatus.class));

    public boolean canBecome(ShipmentStatus next) {
        return NEXT.get(this).contains(next);
    }
}
