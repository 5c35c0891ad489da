package dev.pitlane.inventory.location.application;

import java.util.UUID;

public record BinView(UUID id, UUID locationId, String code) {
}
