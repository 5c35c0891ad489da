package dev.pitlane.billing.payment.application;

import dev.pitlane.billing.invoice.application.InvoiceSettlements;
import dev.pitlane.billing.invoice.application.LockedInvoice;
import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import dev.pitlane.billing.invoice.domain.Settlement;
import dev.pitlane.billing.payment.domain.PaymentSplit;
import dev.pitlane.billing.payment.persistence.Payment;
import dev.pitlane.billing.payment.persistence.PaymentRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments against issued invoices, by any method, in parts; never more than is due unless kept as an advance. */
@Service
public class PaymentService {

    public static final String TOPIC = "billing.payment.v1";
    public static final String AGGREGATE = "Payment";

    private final PaymentRepository payments;
    private final InvoiceSettlements settlements;
    private final Outbox outbox;
    private final Clock clock;

    PaymentService(PaymentRepository payments, InvoiceSettlements settlements, Outbox outbox, Clock clock) {
        this.payments = payments;
        this.settlements = settlements;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public PaymentView record(RecordPayment command) {
        return record(command, clock.instant(), TenantContext.caller().subject(), null, null);
    }

    /**
     * Records a payment under the invoice's row lock: the split between invoice and advance is decided on what is due
     * now, after every payment before it.
     *
     * @param provider          the payment provider of a GATEWAY payment, with its own id of the capture; else null
     */
    @Transactional
    public PaymentView record(RecordPayment command, Instant receivedAt, String recordedBy, String provider,
                              String providerPaymentId) {
        LockedInvoice invoice = settlements.lock(command.invoiceId());
        Settlement settlement = invoice.settlement();
        PaymentSplit split = PaymentSplit.of(command.amount(), settlement.due(), command.asAdvance());
        InvoiceStatus status = invoice.status();
        Settlement after = settlement;
        if (split.applied().signum() > 0) {
            after = settlement.pay(split.applied());
            status = settlements.settle(invoice.id(), after);
        }
        Payment payment = new Payment(invoice.id(), invoice.customerId(), command.method(), split, command.reference(),
                receivedAt, recordedBy);
        if (provider != null) {
            payment.fromProvider(provider, providerPaymentId);
        }
        payments.saveAndFlush(payment);
        outbox.append(OutgoingEvent.v1(TOPIC, AGGREGATE, payment.getId(), "PaymentReceived",
                new PaymentReceived(payment.getId(), invoice.id(), invoice.number(), invoice.customerId(),
                        payment.getMethod().name(), payment.getAmount(), payment.getAppliedAmount(),
                        payment.getAdvanceAmount(), payment.getCurrency(), payment.getReceivedAt())));
        return view(payment, invoice.number(), status, after);
    }

    @Transactional(readOnly = true)
    public PaymentView get(UUID id) {
        Payment payment = payments.findById(id).orElseThrow(() -> DomainException.notFound("Payment", id));
        return view(payment, null, null, null);
    }

    @Transactional(readOnly = true)
    public List<PaymentView> ofInvoice(UUID invoiceId) {
        return payments.findByInvoiceIdOrderByReceivedAt(invoiceId).stream()
                .map(p -> view(p, null, null, null)).toList();
    }

    static PaymentView view(Payment p, String invoiceNumber, InvoiceStatus status, Settlement settlement) {
        return new PaymentView(p.getId(), p.getInvoiceId(), invoiceNumber, p.getCustomerId(), p.getMethod(),
                p.getAmount(), p.getAppliedAmount(), p.getAdvanceAmount(), p.getRefundedAmount(), p.getReference(),
                p.getProvider(), p.getProviderPaymentId(), p.getCurrency(), p.getReceivedAt(), status,
                settlement == null ? null : settlement.due());
    }
}
