package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.stock.domain.MovementType;
import dev.pitlane.inventory.stock.domain.SourceDocumentType;

import java.time.Instant;
import java.util.UUID;

/** Filters of the movement history; null means any. {@code from} inclusive, {@code to} exclusive (effective time). */
public record MovementFilter(UUID itemId, UUID locationId, MovementType type, SourceDocumentType sourceType,
                             String sourceId, Instant from, Instant to) {
}
