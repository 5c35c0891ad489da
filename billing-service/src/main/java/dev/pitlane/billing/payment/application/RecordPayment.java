package dev.pitlane.billing.payment.application;

import dev.pitlane.billing.payment.domain.PaymentMethod;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * @param asAdvance whether money beyond what the invoice has due is kept as the customer's advance (else refused)
 * @param reference the cheque number, UPI or card reference, bank transfer UTR
 */
public record RecordPayment(UUID invoiceId, PaymentMethod method, BigDecimal amount, boolean asAdvance,
                            String reference) {
}
