package dev.pitlane.inventory.location.application;

import java.util.UUID;

public record LocationView(UUID id, String code, String name, LocationType type, UUID serviceCenterId, String address,
                           boolean active) {
}
