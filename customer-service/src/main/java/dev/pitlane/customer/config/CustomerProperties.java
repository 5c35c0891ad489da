package dev.pitlane.customer.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * {@code pitlane.customer.*}.
 *
 * @param phone  how numbers typed without a country code are read
 * @param vin    whether VINs must carry a valid North-American check digit (position 9): Indian VINs often do not
 * @param cache  how long a cached customer or vehicle may live (it is evicted on every write anyway)
 * @param search how far a search by name counts its matches
 */
@ConfigurationProperties("pitlane.customer")
public record CustomerProperties(@DefaultValue Phone phone, @DefaultValue Vin vin, @DefaultValue Cache cache,
                                 @DefaultValue Search search) {

    /**
     * @param defaultRegion       ISO region for numbers without a country code
     * @param organizationRegions per-organization overrides, e.g. a dealer group in the UAE
     */
    public record Phone(@DefaultValue("IN") String defaultRegion, Map<UUID, String> organizationRegions) {
        public Phone {
            organizationRegions = organizationRegions == null ? Map.of() : Map.copyOf(organizationRegions);
        }

        public String regionOf(UUID organizationId) {
            return organizationRegions.getOrDefault(organizationId, defaultRegion);
        }
    }

    public record Vin(@DefaultValue("false") boolean checkDigit) {
    }

    public record Cache(@DefaultValue("10m") Duration ttl) {
    }

    /**
     * @param countLimit matches of a name search counted past the requested page; one matching more answers "at
     *                   least" that many ({@code totalElementsIsLowerBound}) instead of counting, say, every "a" of a
     *                   million customers on each keystroke
     */
    public record Search(@DefaultValue("1000") int countLimit) {
    }
}
