package dev.pitlane.inventory.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;

/**
 * @param businessZone            the zone whose calendar days valuation "as of" dates and batch expiry use
 * @param reservationExpiryCheck  how often expired reservations are looked for
 * @param partsIssueReservationTtl how long a parts issue's reservation holds stock before it expires (null: never)
 */
@ConfigurationProperties("inventory")
public record InventoryProperties(ZoneId businessZone, Duration reservationExpiryCheck,
                                  Duration partsIssueReservationTtl) {

    public InventoryProperties {
        businessZone = businessZone == null ? ZoneId.of("Asia/Kolkata") : businessZone;
        reservationExpiryCheck = reservationExpiryCheck == null ? Duration.ofSeconds(30) : reservationExpiryCheck;
    }
}
