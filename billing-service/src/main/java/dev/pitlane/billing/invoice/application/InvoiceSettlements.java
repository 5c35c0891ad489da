package dev.pitlane.billing.invoice.application;

import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import dev.pitlane.billing.invoice.domain.Settlement;
import dev.pitlane.billing.invoice.persistence.Invoice;
import dev.pitlane.billing.invoice.persistence.InvoiceRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.platform.messaging.Outbox;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money settled against invoices (payments, refunds, credit notes), one at a time per invoice: {@link #lock} takes
 * the invoice's row lock for the rest of the caller's transaction, so each change is decided on what the one before
 * it left due, and two payments that together exceed it can never both pass.
 */
@Service
public class InvoiceSettlements {

    private final InvoiceRepository invoices;
    private final Outbox outbox;
    private final Clock clock;

    InvoiceSettlements(InvoiceRepository invoices, Outbox outbox, Clock clock) {
        this.invoices = invoices;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public LockedInvoice lock(UUID invoiceId) {
        Invoice invoice = invoices.findLockedById(invoiceId)
                .orElseThrow(() -> DomainException.notFound("Invoice", invoiceId));
        if (!invoice.getStatus().isIssued()) {
            throw DomainException.conflict("invoice.not-issued",
                    "invoice " + invoiceId + " is a draft: money is settled only against an issued invoice");
        }
        return new LockedInvoice(invoice.getId(), invoice.getNumber(), invoice.getCustomerId(), invoice.getStatus(),
                invoice.settlement());
    }

    /**
     * Records the invoice's new settlement (after {@link #lock}); publishes InvoicePaid the first time it is paid in
     * full (a refund that reopens it and a payment that settles it again publish nothing more).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public InvoiceStatus settle(UUID invoiceId, Settlement next) {
        Invoice invoice = invoices.findLockedById(invoiceId)
                .orElseThrow(() -> DomainException.notFound("Invoice", invoiceId));
        if (invoice.settle(next, clock.instant())) {
            outbox.append(OutgoingEvent.v1(InvoiceService.TOPIC, InvoiceService.AGGREGATE, invoice.getId(),
                    "InvoicePaid", new InvoicePaid(invoice.getId(), invoice.getNumber(), invoice.getJobCardId(),
                            invoice.getVehicleId(), invoice.getCustomerId(), invoice.getGrandTotal(),
                            invoice.getCurrency(), invoice.getPaidAt(), String.valueOf(invoice.getInvoiceDate()))));
        }
        return invoice.getStatus();
    }
}
