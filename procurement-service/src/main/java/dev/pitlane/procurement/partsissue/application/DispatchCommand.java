package dev.pitlane.procurement.partsissue.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** {@code quantities} by line id; null dispatches every approved quantity. */
public record DispatchCommand(String carrier, String trackingNumber, Map<UUID, BigDecimal> quantities) {
}
