package dev.pitlane.inventory.catalog.application;

import java.util.List;
import java.util.UUID;

public record CategoryView(UUID id, UUID parentId, String name, List<CategoryView> children) {
}
