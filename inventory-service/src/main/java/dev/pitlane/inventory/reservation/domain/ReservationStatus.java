package dev.pitlane.inventory.reservation.domain;

/**
 * ACTIVE until nothing is left reserved; then CONSUMED if any of it was used, else RELEASED (by request) or EXPIRED
 * (by the clock). Only an ACTIVE reservation changes.
 */
public enum ReservationStatus {
    ACTIVE, CONSUMED, RELEASED, EXPIRED;

    /** The status once nothing is left, given whether anything was consumed and why the rest went back. */
    public static ReservationStatus closed(boolean anythingConsumed, ReservationStatus releaseKind) {
        return anythingConsumed ? CONSUMED : releaseKind;
    }
}
