package dev.pitlane.billing.paymentgateway.application;

import java.math.BigDecimal;
import java.util.UUID;

public record PaymentOrderView(UUID id, UUID invoiceId, String provider, String providerOrderId, BigDecimal amount,
                               String linkUrl, String status, UUID paymentId) {
}
