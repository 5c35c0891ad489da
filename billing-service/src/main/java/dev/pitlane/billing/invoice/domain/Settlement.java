package dev.pitlane.billing.invoice.domain;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.gst.Rupees;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an issued invoice asks for and what has settled it: the grand total, the money received net of refunds, and
 * the credit notes against it. Due is what is left; it never goes below zero, so an invoice is never overpaid (money
 * beyond it is an advance, kept apart) and never refunds more than it received.
 */
public record Settlement(BigDecimal grandTotal, BigDecimal paid, BigDecimal credited) {

    public Settlement {
        Objects.requireNonNull(grandTotal, "grandTotal");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(credited, "credited");
        grandTotal = Rupees.round(grandTotal);
        paid = Rupees.round(paid);
        credited = Rupees.round(credited);
    }

    public static Settlement unsettled(BigDecimal grandTotal) {
        return new Settlement(grandTotal, Rupees.ZERO, Rupees.ZERO);
    }

    public BigDecimal due() {
        return grandTotal.subtract(paid).subtract(credited);
    }

    public InvoiceStatus status() {
        if (credited.compareTo(grandTotal) == 0 && paid.signum() == 0 && grandTotal.signum() > 0) {
            return InvoiceStatus.CANCELLED;
        }
        if (due().signum() == 0) {
            return InvoiceStatus.PAID;
        }
        return paid.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
    }

    public Settlement pay(BigDecimal amount) {
        BigDecimal exact = positive(amount, "payment");
        if (exact.compareTo(due()) > 0) {
            throw DomainException.conflict("payment.exceeds-due",
                    "a payment of %s is more than the %s due".formatted(exact, due()));
        }
        return new Settlement(grandTotal, paid.add(exact), credited);
    }

    public Settlement refund(BigDecimal amount) {
        BigDecimal exact = positive(amount, "refund");
        if (exact.compareTo(paid) > 0) {
            throw DomainException.conflict("refund.exceeds-paid",
                    "a refund of %s is more than the %s paid".formatted(exact, paid));
        }
        return new Settlement(grandTotal, paid.subtract(exact), credited);
    }

    /** A credit note lowers what is due; money already paid beyond the new total is refunded first. */
    public Settlement credit(BigDecimal amount) {
        BigDecimal exact = positive(amount, "credit");
        if (exact.compareTo(due()) > 0) {
            throw DomainException.conflict("credit-note.exceeds-due", ("a credit of %s is more than the %s "
                    + "due; refund the payment first").formatted(exact, due()));
        }
        return new Settlement(grandTotal, paid, credited.add(exact));
    }

    private static BigDecimal positive(BigDecimal amount, String what) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > Rupees.SCALE) {
            throw DomainException.unprocessable("invalid-amount",
                    "a " + what + " is a positive amount in rupees with at most 2 decimals, was " + amount);
        }
        return Rupees.round(amount);
    }
}
