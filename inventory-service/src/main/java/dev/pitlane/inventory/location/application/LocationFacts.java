package dev.pitlane.inventory.location.application;

import java.util.UUID;

/** What the stock engine needs to know of a location to move stock there. */
public record LocationFacts(UUID id, String code, boolean active, UUID serviceCenterId) {
}
