package dev.pitlane.billing.setup.application;

import dev.pitlane.billing.setup.domain.DocumentType;
import dev.pitlane.billing.setup.domain.FinancialYear;
import java.util.UUID;

/**
 * The next number of a series, given inside the transaction that issues the document. The series stays locked until
 * that transaction ends: concurrent issues queue up and take consecutive numbers, and a rolled-back issue gives its
 * number back, so a series has no gaps.
 */
public interface SeriesCounter {

    /** @throws dev.pitlane.billing.shared.domain.DomainException 422 {@code series.missing} when none is set up */
    IssuedNumber next(UUID serviceCenterId, DocumentType type, FinancialYear year);
}
