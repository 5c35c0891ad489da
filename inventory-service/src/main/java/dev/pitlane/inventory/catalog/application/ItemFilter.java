package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.domain.TrackingMode;

import java.util.UUID;

/** @param q matches SKU, part number or barcode exactly, or part of the name */
public record ItemFilter(String q, UUID categoryId, String brand, TrackingMode trackingMode, boolean includeDeleted) {
}
