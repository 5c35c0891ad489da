package dev.pitlane.billing.creditnote.domain;

import dev.pitlane.billing.invoice.domain.DraftLine;
import dev.pitlane.platform.domain.DomainException;
import java.math.BigDecimal;

/**
 * A quantity of an invoice line to credit: never more than was invoiced less what earlier credit notes took. A line
 * with a discount in rupees is credited whole only (its discount cannot be split without guessing).
 */
public final class CreditedQuantity {

    private CreditedQuantity() {
    }

    /** The invoice line as this credit note credits it. */
    public static DraftLine of(DraftLine invoiced, BigDecimal alreadyCredited, BigDecimal quantity, int position) {
        BigDecimal left = invoiced.quantity().subtract(alreadyCredited);
        BigDecimal wanted = quantity == null ? left : quantity;
        if (wanted.signum() <= 0 || wanted.compareTo(left) > 0) {
            throw DomainException.conflict("credit-note.exceeds-invoiced", ("line %d: %s can be credited, "
                    + "of %s invoiced; asked %s").formatted(position, left.stripTrailingZeros().toPlainString(),
                    invoiced.quantity().stripTrailingZeros().toPlainString(), wanted.stripTrailingZeros()
                            .toPlainString()));
        }
        if (invoiced.discountAmount() != null && wanted.compareTo(invoiced.quantity()) != 0) {
            throw DomainException.unprocessable("credit-note.partial-amount-discount", ("line %d has a discount "
                    + "in rupees: credit all of it or none").formatted(position));
        }
        return new DraftLine(invoiced.kind(), invoiced.itemId(), invoiced.description(), invoiced.hsnSac(), wanted,
                invoiced.unit(), invoiced.unitPrice(), invoiced.priceIncludesTax(), invoiced.discountPercent(),
                invoiced.discountAmount());
    }
}
