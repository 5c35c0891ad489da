package dev.pitlane.billing.payment.domain;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.gst.Rupees;
import java.math.BigDecimal;

/**
 * How a payment divides between the invoice it is for and the customer's advance: the invoice takes at most what it
 * has due; the rest is an advance only when the payment was recorded as one, otherwise the payment is refused.
 */
public record PaymentSplit(BigDecimal applied, BigDecimal advance) {

    public static PaymentSplit of(BigDecimal amount, BigDecimal due, boolean advanceAllowed) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > Rupees.SCALE) {
            throw DomainException.unprocessable("invalid-amount",
                    "a payment is a positive amount in rupees with at most 2 decimals, was " + amount);
        }
        BigDecimal exact = Rupees.round(amount);
        if (exact.compareTo(due) <= 0) {
            return new PaymentSplit(exact, Rupees.ZERO);
        }
        if (!advanceAllowed) {
            throw DomainException.conflict("payment.exceeds-due", ("a payment of %s is more than the %s due; "
                    + "record the difference as an advance if the customer means to pay ahead").formatted(exact, due));
        }
        return new PaymentSplit(Rupees.round(due), exact.subtract(due));
    }
}
