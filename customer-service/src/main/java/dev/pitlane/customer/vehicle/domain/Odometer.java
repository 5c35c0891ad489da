package dev.pitlane.customer.vehicle.domain;

import dev.pitlane.platform.domain.DomainException;

/** Odometer readings only go up; a lower reading is accepted only when flagged as a correction of a wrong one. */
public final class Odometer {

    public static final int MAX_KM = 5_000_000;

    private Odometer() {
    }

    /** @throws DomainException when {@code readingKm} is impossible or lower than the current reading */
    public static void checkReading(Integer currentKm, int readingKm, boolean correction) {
        if (readingKm < 0 || readingKm > MAX_KM) {
            throw DomainException.invalidField("readingKm", "Range", "must be between 0 and " + MAX_KM);
        }
        if (currentKm != null && readingKm < currentKm && !correction) {
            throw DomainException.invalidField("readingKm", "Decreasing", "is below the current reading of " + currentKm
                    + " km; send correction=true to fix a wrong reading");
        }
    }

    /** Whether a reading from elsewhere (a closed job card) moves the vehicle's current reading. */
    public static boolean advances(Integer currentKm, Integer readingKm) {
        return readingKm != null && readingKm >= 0 && (currentKm == null || readingKm > currentKm);
    }
}
