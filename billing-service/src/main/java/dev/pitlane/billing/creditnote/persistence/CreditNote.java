package dev.pitlane.billing.creditnote.persistence;

import dev.pitlane.billing.invoice.domain.DraftLine;
import dev.pitlane.billing.setup.application.IssuedNumber;
import dev.pitlane.billing.setup.domain.FinancialYear;
import dev.pitlane.gst.TaxedDocument;
import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A credit note: issued as it is made, numbered from its own series, never changed. */
@Entity
@Table(name = "credit_notes")
public class CreditNote extends TenantOwnedEntity {

    @Id
    private UUID id;
    private UUID invoiceId;
    private UUID serviceCenterId;
    private String number;
    private UUID seriesId;
    private long sequenceNumber;
    private int financialYear;
    private LocalDate noteDate;
    private String reason;
    private BigDecimal taxableValue;
    private BigDecimal cgst;
    private BigDecimal sgst;
    private BigDecimal utgst;
    private BigDecimal igst;
    private BigDecimal roundOff;
    private BigDecimal grandTotal;
    private Instant issuedAt;
    private String issuedBy;
    @Version
    private Long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "credit_note_id", nullable = false)
    @OrderBy("position")
    private List<CreditNoteLine> lines = new ArrayList<>();

    protected CreditNote() {
    }

    /**
     * @param invoicePositions the invoice line each credited line corrects, in the order of {@code credited}
     */
    public CreditNote(UUID invoiceId, UUID serviceCenterId, IssuedNumber issued, LocalDate date, String reason,
                      List<Integer> invoicePositions, List<DraftLine> credited, TaxedDocument taxed, Instant now,
                      String by) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoiceId;
        this.serviceCenterId = serviceCenterId;
        this.number = issued.number();
        this.seriesId = issued.seriesId();
        this.sequenceNumber = issued.sequence();
        this.financialYear = FinancialYear.of(date).startYear();
        this.noteDate = date;
        this.reason = reason;
        this.taxableValue = taxed.taxableValue();
        this.cgst = taxed.tax().cgst();
        this.sgst = taxed.tax().sgst();
        this.utgst = taxed.tax().utgst();
        this.igst = taxed.tax().igst();
        this.roundOff = taxed.roundOff();
        this.grandTotal = taxed.grandTotal();
        this.issuedAt = now;
        this.issuedBy = by;
        for (int i = 0; i < credited.size(); i++) {
            lines.add(new CreditNoteLine(i + 1, invoicePositions.get(i), credited.get(i).description(),
                    credited.get(i).unit(), taxed.lines().get(i)));
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getInvoiceId() {
        return invoiceId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getNoteDate() {
        return noteDate;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getTaxableValue() {
        return taxableValue;
    }

    public BigDecimal getCgst() {
        return cgst;
    }

    public BigDecimal getSgst() {
        return sgst;
    }

    public BigDecimal getUtgst() {
        return utgst;
    }

    public BigDecimal getIgst() {
        return igst;
    }

    public BigDecimal getRoundOff() {
        return roundOff;
    }

    public BigDecimal getGrandTotal() {
        return grandTotal;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public List<CreditNoteLine> getLines() {
        return lines;
    }
}
