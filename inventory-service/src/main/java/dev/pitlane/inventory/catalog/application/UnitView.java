package dev.pitlane.inventory.catalog.application;

import java.math.BigDecimal;
import java.util.UUID;

public record UnitView(UUID id, String code, String name, UUID baseUnitId, BigDecimal factor, boolean fractional) {
}
