package dev.pitlane.customer.customer.application;

import dev.pitlane.customer.config.CustomerProperties;
import dev.pitlane.customer.customer.domain.PhoneNumbers;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** The region a number typed without a country code belongs to, for each organization. */
@Component
public class PhoneRegions {

    private final CustomerProperties.Phone phone;

    PhoneRegions(CustomerProperties properties) {
        this.phone = properties.phone();
        if (!PhoneNumbers.isSupportedRegion(phone.defaultRegion())) {
            throw new IllegalStateException("pitlane.customer.phone.default-region is not a region: " + phone.defaultRegion());
        }
        phone.organizationRegions().forEach((org, region) -> {
            if (!PhoneNumbers.isSupportedRegion(region)) {
                throw new IllegalStateException("Phone region of organization " + org + " is not a region: " + region);
            }
        });
    }

    public String of(UUID organizationId) {
        return phone.regionOf(organizationId);
    }
}
