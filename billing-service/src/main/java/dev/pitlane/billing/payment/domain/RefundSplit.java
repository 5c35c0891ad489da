package dev.pitlane.billing.payment.domain;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.gst.Rupees;
import java.math.BigDecimal;

/**
 * How a refund on a payment divides: it gives back the payment's advance first (money no invoice needed), and only
 * then what the payment settled on its invoice, which is then due again. Never more than the payment brought in.
 *
 * @param fromInvoice the part of the refund that the invoice's paid amount loses
 */
public record RefundSplit(BigDecimal amount, BigDecimal fromInvoice, BigDecimal refundedAfter) {

    public static RefundSplit of(BigDecimal paymentAmount, BigDecimal advance, BigDecimal refundedBefore,
                                 BigDecimal refund) {
        if (refund == null || refund.signum() <= 0 || refund.stripTrailingZeros().scale() > Rupees.SCALE) {
            throw DomainException.unprocessable("invalid-amount",
                    "a refund is a positive amount in rupees with at most 2 decimals, was " + refund);
        }
        BigDecimal exact = Rupees.round(refund);
        BigDecimal left = paymentAmount.subtract(refundedBefore);
        if (exact.compareTo(left) > 0) {
            throw DomainException.conflict("refund.exceeds-paid",
                    "a refund of %s is more than the %s left of the payment".formatted(exact, left));
        }
        BigDecimal after = refundedBefore.add(exact);
        BigDecimal fromInvoice = after.subtract(advance).max(Rupees.ZERO)
                .subtract(refundedBefore.subtract(advance).max(Rupees.ZERO));
        return new RefundSplit(exact, fromInvoice, after);
    }
}
