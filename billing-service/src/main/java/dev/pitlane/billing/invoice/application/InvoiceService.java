package dev.pitlane.billing.invoice.application;

import dev.pitlane.billing.customer.application.CustomerDirectory;
import dev.pitlane.billing.invoice.domain.InvoicePricing;
import dev.pitlane.billing.invoice.domain.InvoiceSource;
import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import dev.pitlane.billing.invoice.domain.Party;
import dev.pitlane.billing.invoice.domain.RecipientRules;
import dev.pitlane.billing.invoice.persistence.Invoice;
import dev.pitlane.billing.invoice.persistence.InvoiceRepository;
import dev.pitlane.billing.setup.application.BillingSetupService;
import dev.pitlane.billing.setup.application.IssuedNumber;
import dev.pitlane.billing.setup.application.Seller;
import dev.pitlane.billing.setup.application.SeriesCounter;
import dev.pitlane.billing.setup.domain.DocumentType;
import dev.pitlane.billing.setup.domain.FinancialYear;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.gst.Gstin;
import dev.pitlane.gst.TaxedDocument;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts invoices (by hand and from closed job cards), changes drafts and issues them. */
@Service
public class InvoiceService {

    public static final String TOPIC = "billing.invoice.v1";
    public static final String AGGREGATE = "Invoice";

    private final InvoiceRepository invoices;
    private final BillingSetupService setup;
    private final SeriesCounter counter;
    private final InvoicePricing pricing;
    private final CustomerDirectory customers;
    private final Outbox outbox;
    private final Clock clock;

    InvoiceService(InvoiceRepository invoices, BillingSetupService setup, SeriesCounter counter,
                   InvoicePricing pricing, CustomerDirectory customers, Outbox outbox, Clock clock) {
        this.invoices = invoices;
        this.setup = setup;
        this.counter = counter;
        this.pricing = pricing;
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public InvoiceView draft(DraftInvoiceCommand command) {
        Seller seller = setup.seller(command.serviceCenterId());
        TaxedDocument taxed = pricing.price(InvoiceSource.MANUAL, seller.state(), command.recipient(), today(),
                command.lines());
        Invoice invoice = Invoice.draft(command.serviceCenterId(), InvoiceSource.MANUAL, command.customerId(),
                command.recipient(), command.lines(), taxed, command.notes(), clock.instant(), caller());
        invoice.forVehicle(command.vehicleId());
        return InvoiceViews.of(invoices.saveAndFlush(invoice));
    }

    /**
     * The draft invoice of a closed job card: one per job card, however often the event arrives. The recipient starts
     * as the customer's name and GSTIN as customer-service's events told them; the address the invoice prints is
     * filled in on the draft (customer events carry none).
     */
    @Transactional
    public void draftFromJobCard(ClosedJobCard job) {
        if (invoices.existsByJobCardId(job.jobCardId())) {
            return;
        }
        Seller seller = setup.seller(job.serviceCenterId());
        Party recipient = customers.find(job.customerId())
                .map(c -> new Party(c.name(), null, null, null, null, null,
                        c.gstin() != null && Gstin.isValid(c.gstin()) ? new Gstin(c.gstin()) : null))
                .orElseGet(() -> new Party(null, null, null, null, null, null, null));
        TaxedDocument taxed = pricing.price(InvoiceSource.JOB_CARD, seller.state(), recipient, today(), job.lines());
        Invoice invoice = Invoice.draft(job.serviceCenterId(), InvoiceSource.JOB_CARD, job.customerId(), recipient,
                job.lines(), taxed, null, clock.instant(), caller());
        invoice.forJobCard(job.jobCardId(), job.number(), job.vehicleId());
        invoices.save(invoice);
    }

    @Transactional
    public InvoiceView changeDraft(UUID id, long expectedVersion, DraftInvoiceCommand command) {
        Invoice invoice = find(id);
        if (invoice.getVersion() != expectedVersion) {
            throw DomainException.conflict("concurrent-modification", "invoice " + id + " is at version "
                    + invoice.getVersion() + ", not " + expectedVersion + ": reload it and apply the change again");
        }
        Seller seller = setup.seller(invoice.getServiceCenterId());
        TaxedDocument taxed = pricing.price(invoice.getSource(), seller.state(), command.recipient(), today(),
                command.lines());
        invoice.replaceDraft(command.recipient(), command.lines(), taxed, command.notes(), clock.instant());
        return InvoiceViews.of(invoices.saveAndFlush(invoice));
    }

    /**
     * Issues a draft: taxed again at the rates of the invoice date, the recipient checked against Rule 46, and only
     * then the next number of its center's series for the financial year, whose row stays locked until this
     * transaction commits, so numbers are consecutive and a failed issue gives its number back.
     */
    @Transactional
    public InvoiceView issue(UUID id) {
        Invoice invoice = find(id);
        if (invoice.getStatus() != InvoiceStatus.DRAFT) {
            throw DomainException.conflict("invoice.not-draft", "invoice " + invoice.getNumber() + " is "
                    + invoice.getStatus() + " already");
        }
        Seller seller = setup.seller(invoice.getServiceCenterId());
        LocalDate date = today();
        TaxedDocument taxed = pricing.price(invoice.getSource(), seller.state(), invoice.recipient(), date,
                invoice.draftLines());
        RecipientRules.checkIssuable(invoice.recipient(), taxed.grandTotal());
        IssuedNumber number = counter.next(invoice.getServiceCenterId(), DocumentType.INVOICE,
                FinancialYear.of(date));
        invoice.issue(number, date, seller, taxed, clock.instant(), caller());
        Invoice issued = invoices.saveAndFlush(invoice);
        outbox.append(OutgoingEvent.v1(TOPIC, AGGREGATE, issued.getId(), "InvoiceIssued", issuedEvent(issued)));
        return InvoiceViews.of(issued);
    }

    @Transactional(readOnly = true)
    public InvoiceView get(UUID id) {
        return InvoiceViews.of(find(id));
    }

    @Transactional(readOnly = true)
    public PageResponse<InvoiceView> list(InvoiceStatus status, UUID customerId, PageQuery query) {
        Page<Invoice> page = invoices.search(status, customerId,
                PageRequest.of(query.page(), query.size(), Sort.by(query.sort().stream()
                        .map(o -> o.descending() ? Sort.Order.desc(o.column()) : Sort.Order.asc(o.column()))
                        .toList())));
        return PageResponse.of(page.getContent().stream().map(InvoiceViews::of).toList(), query,
                page.getTotalElements());
    }

    private Invoice find(UUID id) {
        return invoices.findById(id).orElseThrow(() -> DomainException.notFound("Invoice", id));
    }

    private static InvoiceIssued issuedEvent(Invoice i) {
        InvoiceView v = InvoiceViews.of(i);
        return new InvoiceIssued(i.getId(), i.getNumber(), i.getInvoiceDate(), v.financialYear(), i.getSource().name(),
                i.getServiceCenterId(), i.getCustomerId(), i.getVehicleId(), i.getJobCardId(), v.supplier().gstin(),
                v.recipient().gstin(), i.placeOfSupply().state().code(), i.getSupplyType().name(),
                i.getTaxableValue(), i.getCgst(), i.getSgst(), i.getUtgst(), i.getIgst(), i.getRoundOff(),
                i.getGrandTotal(), i.getCurrency(), i.getIssuedAt());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String caller() {
        return TenantContext.caller().subject();
    }
}
