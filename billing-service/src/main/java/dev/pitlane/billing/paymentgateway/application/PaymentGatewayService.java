package dev.pitlane.billing.paymentgateway.application;

import dev.pitlane.billing.invoice.application.InvoiceService;
import dev.pitlane.billing.invoice.application.InvoiceView;
import dev.pitlane.billing.payment.application.PaymentService;
import dev.pitlane.billing.payment.application.RecordPayment;
import dev.pitlane.billing.payment.domain.PaymentMethod;
import dev.pitlane.billing.paymentgateway.persistence.PaymentOrder;
import dev.pitlane.billing.paymentgateway.persistence.PaymentOrderRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.gst.Rupees;
import dev.pitlane.platform.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payment links at a provider, and the provider's events (after their signature passed) applied once each. */
@Service
public class PaymentGatewayService {

    public static final String CAPTURED = "payment.captured";
    private static final Logger log = LoggerFactory.getLogger(PaymentGatewayService.class);

    private final PaymentProviders providers;
    private final PaymentOrderRepository orders;
    private final ProviderEvents events;
    private final InvoiceService invoices;
    private final PaymentService payments;
    private final Clock clock;

    PaymentGatewayService(PaymentProviders providers, PaymentOrderRepository orders, ProviderEvents events,
                          InvoiceService invoices, PaymentService payments, Clock clock) {
        this.providers = providers;
        this.orders = orders;
        this.events = events;
        this.invoices = invoices;
        this.payments = payments;
        this.clock = clock;
    }

    /** A payment link for what an issued invoice has due (or less). */
    @Transactional
    public PaymentOrderView createLink(UUID invoiceId, String providerName, BigDecimal amount) {
        PaymentProvider provider = providers.named(providerName).orElseThrow(() -> DomainException
                .unprocessable("payment-link.unknown-provider", "no payment provider " + providerName));
        InvoiceView invoice = invoices.get(invoiceId);
        if (!invoice.status().isIssued()) {
            throw DomainException.conflict("invoice.not-issued", "a draft takes no payment: issue it first");
        }
        BigDecimal due = invoice.due();
        BigDecimal asked = amount == null ? due : amount;
        if (asked.signum() <= 0 || asked.stripTrailingZeros().scale() > Rupees.SCALE || asked.compareTo(due) > 0) {
            throw DomainException.conflict("payment.exceeds-due",
                    "a payment link is for a positive amount up to the " + due + " due, was " + asked);
        }
        PaymentGateway.ProviderOrder created = provider.gateway().createOrder(TenantContext.organizationId(),
                invoiceId, invoice.number(), asked);
        PaymentOrder order = orders.save(new PaymentOrder(invoiceId, providerName, created.providerOrderId(),
                Rupees.round(asked), created.linkUrl(), clock.instant(), TenantContext.caller().subject()));
        return view(order);
    }

    /**
     * Applies one verified event of a provider, as the organization it names, in one transaction with the claim of its
     * id: a repeated delivery changes nothing. A capture becomes a GATEWAY payment of the order's invoice; money
     * beyond what the invoice has due by then (paid meanwhile at the counter) is kept as the customer's advance, since
     * the provider has taken it.
     *
     * @return false when the event had been applied before
     */
    @Transactional
    public boolean apply(String provider, ProviderEvent event) {
        if (!events.claim(provider, event.id(), event.type(), clock.instant())) {
            return false;
        }
        if (!CAPTURED.equals(event.type())) {
            log.info("payment provider {} event {} of type {} recorded, nothing to do", provider, event.id(),
                    event.type());
            return true;
        }
        PaymentOrder order = orders.findByProviderAndProviderOrderId(provider, event.data().orderId())
                .orElseThrow(() -> DomainException.unprocessable("webhook.unknown-order",
                        "provider " + provider + " has no order " + event.data().orderId() + " here"));
        var payment = payments.record(new RecordPayment(order.getInvoiceId(), PaymentMethod.GATEWAY,
                        event.data().amount(), true, event.data().paymentId()),
                event.createdAt() == null ? clock.instant() : event.createdAt(), "provider:" + provider, provider,
                event.data().paymentId());
        order.paid(payment.id());
        return true;
    }

    @Transactional(readOnly = true)
    public PaymentOrderView get(UUID id) {
        return view(orders.findById(id).orElseThrow(() -> DomainException.notFound("Payment order", id)));
    }

    private static PaymentOrderView view(PaymentOrder o) {
        return new PaymentOrderView(o.getId(), o.getInvoiceId(), o.getProvider(), o.getProviderOrderId(),
                o.getAmount(), o.getLinkUrl(), o.getStatus(), o.getPaymentId());
    }
}
