package dev.pitlane.billing.creditnote.application;

import dev.pitlane.billing.creditnote.domain.CreditedQuantity;
import dev.pitlane.billing.creditnote.persistence.CreditNote;
import dev.pitlane.billing.creditnote.persistence.CreditNoteLine;
import dev.pitlane.billing.creditnote.persistence.CreditNoteRepository;
import dev.pitlane.billing.invoice.application.InvoiceService;
import dev.pitlane.billing.invoice.application.InvoiceSettlements;
import dev.pitlane.billing.invoice.application.InvoiceView;
import dev.pitlane.billing.invoice.application.LockedInvoice;
import dev.pitlane.billing.invoice.domain.DraftLine;
import dev.pitlane.billing.invoice.domain.InvoicePricing;
import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import dev.pitlane.billing.invoice.domain.Settlement;
import dev.pitlane.billing.setup.application.IssuedNumber;
import dev.pitlane.billing.setup.application.SeriesCounter;
import dev.pitlane.billing.setup.domain.DocumentType;
import dev.pitlane.billing.setup.domain.FinancialYear;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.gst.GstState;
import dev.pitlane.gst.PlaceOfSupply;
import dev.pitlane.gst.TaxedDocument;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes against issued invoices: lines (or parts of them) taxed exactly as the invoice taxed them (its place
 * of supply and its rates), numbered from the center's CREDIT_NOTE series, lowering what the invoice has due. A credit
 * above what is due is refused: refund the payment first.
 */
@Service
public class CreditNoteService {

    public static final String TOPIC = "billing.credit-note.v1";

    private final CreditNoteRepository creditNotes;
    private final InvoiceService invoices;
    private final InvoiceSettlements settlements;
    private final InvoicePricing pricing;
    private final SeriesCounter counter;
    private final Outbox outbox;
    private final Clock clock;

    CreditNoteService(CreditNoteRepository creditNotes, InvoiceService invoices, InvoiceSettlements settlements,
                      InvoicePricing pricing, SeriesCounter counter, Outbox outbox, Clock clock) {
        this.creditNotes = creditNotes;
        this.invoices = invoices;
        this.settlements = settlements;
        this.pricing = pricing;
        this.counter = counter;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param requested the lines to credit; empty credits everything not credited yet (a cancellation) */
    @Transactional
    public CreditNoteView issue(UUID invoiceId, String reason, List<CreditLineRequest> requested) {
        LockedInvoice locked = settlements.lock(invoiceId);
        InvoiceView invoice = invoices.get(invoiceId);
        Map<Integer, BigDecimal> credited = creditedSoFar(invoiceId);
        List<Integer> positions = new ArrayList<>();
        List<DraftLine> lines = new ArrayList<>();
        List<CreditLineRequest> wanted = requested.isEmpty() ? remaining(invoice, credited) : requested;
        if (wanted.isEmpty()) {
            throw DomainException.conflict("credit-note.nothing-left", "invoice " + invoice.number()
                    + " is credited in full already");
        }
        for (CreditLineRequest request : wanted) {
            InvoiceView.LineView line = invoice.lines().stream().filter(l -> l.position() == request.position())
                    .findFirst().orElseThrow(() -> DomainException.unprocessable("credit-note.unknown-line",
                            "invoice " + invoice.number() + " has no line " + request.position()));
            positions.add(line.position());
            lines.add(CreditedQuantity.of(draft(line), credited.getOrDefault(line.position(), BigDecimal.ZERO),
                    request.quantity(), line.position()));
        }
        TaxedDocument taxed = pricing.priceAt(GstState.ofCode(invoice.supplier().stateCode()),
                new PlaceOfSupply(GstState.ofCode(invoice.placeOfSupply().stateCode()),
                        PlaceOfSupply.Basis.valueOf(invoice.placeOfSupply().basis())),
                invoice.rateDate(), lines);
        Settlement after = locked.settlement().credit(taxed.grandTotal());
        InvoiceStatus status = settlements.settle(invoiceId, after);
        LocalDate today = LocalDate.now(clock);
        IssuedNumber number = counter.next(invoice.serviceCenterId(), DocumentType.CREDIT_NOTE,
                FinancialYear.of(today));
        CreditNote note = creditNotes.save(new CreditNote(invoiceId, invoice.serviceCenterId(), number, today,
                reason, positions, lines, taxed, clock.instant(), TenantContext.caller().subject()));
        outbox.append(OutgoingEvent.v1(TOPIC, "CreditNote", note.getId(), "CreditNoteIssued",
                new CreditNoteIssued(note.getId(), note.getNumber(), note.getNoteDate(), invoiceId, invoice.number(),
                        invoice.customerId(), reason, note.getTaxableValue(), note.getCgst(), note.getSgst(),
                        note.getUtgst(), note.getIgst(), note.getRoundOff(), note.getGrandTotal(), invoice.currency(),
                        note.getIssuedAt())));
        return view(note, invoice.number(), status, after.due());
    }

    @Transactional(readOnly = true)
    public CreditNoteView get(UUID id) {
        CreditNote note = creditNotes.findById(id).orElseThrow(() -> DomainException.notFound("Credit note", id));
        return view(note, null, null, null);
    }

    @Transactional(readOnly = true)
    public List<CreditNoteView> ofInvoice(UUID invoiceId) {
        return creditNotes.findByInvoiceIdOrderByIssuedAt(invoiceId).stream()
                .map(n -> view(n, null, null, null)).toList();
    }

    private Map<Integer, BigDecimal> creditedSoFar(UUID invoiceId) {
        Map<Integer, BigDecimal> credited = new HashMap<>();
        for (CreditNote note : creditNotes.findByInvoiceIdOrderByIssuedAt(invoiceId)) {
            for (CreditNoteLine line : note.getLines()) {
                credited.merge(line.getInvoicePosition(), line.getQuantity(), BigDecimal::add);
            }
        }
        return credited;
    }

    private static List<CreditLineRequest> remaining(InvoiceView invoice, Map<Integer, BigDecimal> credited) {
        return invoice.lines().stream()
                .filter(l -> l.quantity().compareTo(credited.getOrDefault(l.position(), BigDecimal.ZERO)) > 0)
                .map(l -> new CreditLineRequest(l.position(), null)).toList();
    }

    private static DraftLine draft(InvoiceView.LineView l) {
        return new DraftLine(l.kind(), l.itemId(), l.description(), l.hsnSac(), l.quantity(), l.unit(), l.unitPrice(),
                l.priceIncludesTax(), l.discountPercent(), l.discountAmount());
    }

    private static CreditNoteView view(CreditNote n, String invoiceNumber, InvoiceStatus status, BigDecimal due) {
        return new CreditNoteView(n.getId(), n.getNumber(), n.getNoteDate(), n.getInvoiceId(), invoiceNumber,
                n.getReason(), n.getLines().stream().map(l -> new CreditNoteView.Line(l.getPosition(),
                        l.getInvoicePosition(), l.getDescription(), l.getHsnSac(), l.getQuantity(), l.getUnit(),
                        l.getGstRate(), l.getTaxableValue(), l.getCgst(), l.getSgst(), l.getUtgst(), l.getIgst(),
                        l.getLineTotal())).toList(),
                n.getTaxableValue(), n.getCgst(), n.getSgst(), n.getUtgst(), n.getIgst(), n.getRoundOff(),
                n.getGrandTotal(), n.getIssuedAt(), status, due);
    }
}
