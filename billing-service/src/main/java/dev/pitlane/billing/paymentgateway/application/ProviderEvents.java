package dev.pitlane.billing.paymentgateway.application;

import java.time.Instant;

/** The provider events applied so far. */
public interface ProviderEvents {

    /**
     * Claims an event in the current transaction: true the first time, false when it was applied before (or a
     * concurrent delivery of it committed first, which this call waits for).
     */
    boolean claim(String provider, String eventId, String eventType, Instant now);
}
