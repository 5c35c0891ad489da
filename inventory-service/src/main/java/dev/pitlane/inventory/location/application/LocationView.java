package dev.pitlane.inventory.location.application;

import java.util.UUID;

/** {@code version} goes back with an update, which is refused (409) if the location changed meanwhile. */
public record LocationView(UUID id, String code, String name, LocationType type, UUID serviceCenterId, String address,
                           boolean active, Long version) {
}
