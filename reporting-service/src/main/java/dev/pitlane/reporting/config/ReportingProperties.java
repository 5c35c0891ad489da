package dev.pitlane.reporting.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/**
 * @param businessZone the zone whose calendar days the reports count in (a movement at 23:30 UTC counts on the next
 *                     Indian day), the same as inventory's and procurement's
 */
@ConfigurationProperties("pitlane.reporting")
public record ReportingProperties(ZoneId businessZone) {

    public ReportingProperties {
        businessZone = businessZone == null ? ZoneId.of("Asia/Kolkata") : businessZone;
    }
}
