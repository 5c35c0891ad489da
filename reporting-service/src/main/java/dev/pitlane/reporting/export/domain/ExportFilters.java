package dev.pitlane.reporting.export.domain;

import java.time.LocalDate;
import java.util.UUID;

/** The filters an export passes to its report; each report reads those it knows. */
public record ExportFilters(LocalDate from, LocalDate to, UUID itemId, UUID locationId, UUID supplierId) {
}
