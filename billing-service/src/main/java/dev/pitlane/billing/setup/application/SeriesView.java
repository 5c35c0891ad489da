package dev.pitlane.billing.setup.application;

import dev.pitlane.billing.setup.domain.DocumentType;
import java.time.Instant;
import java.util.UUID;

/** A series as set up; {@code example} is how its first number reads. */
public record SeriesView(UUID id, UUID serviceCenterId, DocumentType documentType, int financialYear,
                         String financialYearLabel, String prefix, int numberWidth, String example,
                         Instant createdAt) {
}
