package dev.pitlane.billing.payment.application;

import dev.pitlane.billing.invoice.application.InvoiceSettlements;
import dev.pitlane.billing.invoice.application.LockedInvoice;
import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import dev.pitlane.billing.invoice.domain.Settlement;
import dev.pitlane.billing.payment.domain.RefundSplit;
import dev.pitlane.billing.payment.persistence.Payment;
import dev.pitlane.billing.payment.persistence.PaymentRepository;
import dev.pitlane.billing.payment.persistence.Refund;
import dev.pitlane.billing.payment.persistence.RefundRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds on payments, full or partial, under the invoice's row lock (the same lock payments take), so refunds and
 * payments of one invoice are decided one after the other and a payment never gives back more than it brought in.
 */
@Service
public class RefundService {

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final InvoiceSettlements settlements;
    private final Outbox outbox;
    private final Clock clock;

    RefundService(PaymentRepository payments, RefundRepository refunds, InvoiceSettlements settlements,
                  Outbox outbox, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.settlements = settlements;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public RefundView refund(UUID paymentId, BigDecimal amount, String reason) {
        UUID invoiceId = payments.findInvoiceIdById(paymentId)
                .orElseThrow(() -> DomainException.notFound("Payment", paymentId));
        LockedInvoice invoice = settlements.lock(invoiceId);
        Payment payment = payments.findById(paymentId)
                .orElseThrow(() -> DomainException.notFound("Payment", paymentId));
        RefundSplit split = payment.refund(amount);
        Settlement after = invoice.settlement();
        InvoiceStatus status = invoice.status();
        if (split.fromInvoice().signum() > 0) {
            after = after.refund(split.fromInvoice());
            status = settlements.settle(invoiceId, after);
        }
        Refund refund = refunds.save(new Refund(paymentId, invoiceId, split.amount(), split.fromInvoice(), reason,
                clock.instant(), TenantContext.caller().subject()));
        outbox.append(OutgoingEvent.v1(PaymentService.TOPIC, PaymentService.AGGREGATE, paymentId, "RefundIssued",
                new RefundIssued(refund.getId(), paymentId, invoiceId, invoice.number(), invoice.customerId(),
                        refund.getAmount(), refund.getFromInvoice(), payment.getCurrency(), reason,
                        refund.getRefundedAt())));
        return new RefundView(refund.getId(), paymentId, invoiceId, refund.getAmount(), refund.getFromInvoice(),
                reason, refund.getRefundedAt(), status, after.due());
    }
}
