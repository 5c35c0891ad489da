package dev.pitlane.inventory.catalog.application;

import java.util.List;
import java.util.UUID;

/** {@code version} goes back with an update, which is refused (409) if the category changed meanwhile. */
public record CategoryView(UUID id, UUID parentId, String name, Long version, List<CategoryView> children) {
}
