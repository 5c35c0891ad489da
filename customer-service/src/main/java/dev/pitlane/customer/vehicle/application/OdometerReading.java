package dev.pitlane.customer.vehicle.application;

import java.time.Instant;

/** @param source MANUAL (the API), IMPORT, REGISTRATION or JOB_CARD */
public record OdometerReading(long id, int readingKm, Instant recordedAt, String source, boolean correction,
                              String note) {
}
