package dev.pitlane.billing.invoice.persistence;

import dev.pitlane.billing.invoice.domain.DraftLine;
import dev.pitlane.billing.invoice.domain.InvoiceSource;
import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import dev.pitlane.billing.invoice.domain.Party;
import dev.pitlane.billing.invoice.domain.Settlement;
import dev.pitlane.billing.setup.application.IssuedNumber;
import dev.pitlane.billing.setup.application.Seller;
import dev.pitlane.billing.setup.domain.FinancialYear;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.gst.GstState;
import dev.pitlane.gst.Gstin;
import dev.pitlane.gst.PlaceOfSupply;
import dev.pitlane.gst.SupplyType;
import dev.pitlane.gst.TaxedDocument;
import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * A tax invoice. A draft's recipient and lines may be replaced; issuing fixes them for good, with the supplier's
 * details, the number and the tax at the invoice date's rates. After that only the money settled against it moves
 * ({@link Settlement}), and its status with it.
 */
@Entity
@Table(name = "invoices")
public class Invoice extends TenantOwnedEntity {

    @Id
    private UUID id;
    private UUID serviceCenterId;
    @Enumerated(EnumType.STRING)
    private InvoiceSource source;
    private UUID jobCardId;
    private String jobCardNumber;
    private UUID vehicleId;
    private UUID customerId;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;

    private String number;
    private UUID seriesId;
    private Long sequenceNumber;
    private Integer financialYear;
    private LocalDate invoiceDate;
    private Instant issuedAt;
    private String issuedBy;

    private String supplierLegalName;
    private String supplierTradeName;
    private String supplierAddressLine1;
    private String supplierAddressLine2;
    private String supplierCity;
    private String supplierPostalCode;
    private String supplierStateCode;
    private String supplierGstin;

    private String recipientName;
    private String recipientAddressLine1;
    private String recipientAddressLine2;
    private String recipientCity;
    private String recipientPostalCode;
    private String recipientStateCode;
    private String recipientGstin;

    private String placeOfSupplyState;
    @Enumerated(EnumType.STRING)
    private PlaceOfSupply.Basis placeOfSupplyBasis;
    @Enumerated(EnumType.STRING)
    private SupplyType supplyType;
    private boolean reverseCharge;
    private LocalDate rateDate;
    private BigDecimal taxableValue;
    private BigDecimal cgst;
    private BigDecimal sgst;
    private BigDecimal utgst;
    private BigDecimal igst;
    private BigDecimal roundOff;
    private BigDecimal grandTotal;
    private BigDecimal paidAmount;
    private BigDecimal creditedAmount;
    private String currency;
    private String notes;
    private Instant paidAt;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    @Version
    private Long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "invoice_id", nullable = false)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    /** A draft: priced with today's rates as an estimate; issuing prices it again at the invoice date. */
    public static Invoice draft(UUID serviceCenterId, InvoiceSource source, UUID customerId, Party recipient,
                                List<DraftLine> lines, TaxedDocument taxed, String notes, Instant now, String by) {
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.serviceCenterId = serviceCenterId;
        invoice.source = source;
        invoice.customerId = customerId;
        invoice.status = InvoiceStatus.DRAFT;
        invoice.reverseCharge = false;
        invoice.paidAmount = BigDecimal.ZERO.setScale(2);
        invoice.creditedAmount = BigDecimal.ZERO.setScale(2);
        invoice.currency = "INR";
        invoice.createdAt = now;
        invoice.createdBy = by;
        invoice.replace(recipient, lines, taxed, notes, now);
        return invoice;
    }

    /** The job card a draft was made from, for its customer's history and as the one invoice per job. */
    public void forJobCard(UUID jobCardId, String jobCardNumber, UUID vehicleId) {
        this.jobCardId = jobCardId;
        this.jobCardNumber = jobCardNumber;
        this.vehicleId = vehicleId;
    }

    public void forVehicle(UUID vehicleId) {
        this.vehicleId = vehicleId;
    }

    public void replaceDraft(Party recipient, List<DraftLine> newLines, TaxedDocument taxed, String newNotes,
                             Instant now) {
        requireDraft("changed");
        replace(recipient, newLines, taxed, newNotes, now);
    }

    private void replace(Party recipient, List<DraftLine> newLines, TaxedDocument taxed, String newNotes,
                         Instant now) {
        if (newLines.isEmpty()) {
            throw DomainException.unprocessable("invoice.no-lines", "an invoice has at least one line");
        }
        recipient(recipient);
        // rewritten in place: Hibernate inserts before it deletes orphans, which would clash on a line's position
        for (int i = 0; i < newLines.size(); i++) {
            if (i < lines.size()) {
                lines.get(i).redraft(newLines.get(i), taxed.lines().get(i));
            } else {
                lines.add(new InvoiceLine(i + 1, newLines.get(i), taxed.lines().get(i)));
            }
        }
        while (lines.size() > newLines.size()) {
            lines.remove(lines.size() - 1);
        }
        totals(taxed);
        notes = newNotes;
        updatedAt = now;
    }

    /**
     * Issues the draft: the number, the date, the supplier as it is today, and the tax at the rates of the invoice
     * date, all fixed from now on.
     */
    public void issue(IssuedNumber issued, LocalDate date, Seller seller, TaxedDocument taxed, Instant now,
                      String by) {
        requireDraft("issued");
        number = issued.number();
        seriesId = issued.seriesId();
        sequenceNumber = issued.sequence();
        financialYear = FinancialYear.of(date).startYear();
        invoiceDate = date;
        issuedAt = now;
        issuedBy = by;
        supplierLegalName = seller.legalName();
        supplierTradeName = seller.tradeName();
        supplierAddressLine1 = seller.addressLine1();
        supplierAddressLine2 = seller.addressLine2();
        supplierCity = seller.city();
        supplierPostalCode = seller.postalCode();
        supplierStateCode = seller.state().code();
        supplierGstin = seller.gstin().value();
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).taxed(taxed.lines().get(i));
        }
        totals(taxed);
        status = InvoiceStatus.ISSUED;
        updatedAt = now;
    }

    /** Applies a change of the money settled against an issued invoice, and the status that follows from it. */
    /** @return true when this change paid the invoice in full for the first time */
    public boolean settle(Settlement settlement, Instant now) {
        if (!status.isIssued()) {
            throw DomainException.conflict("invoice.not-issued", "invoice " + id + " is a draft: issue it first");
        }
        paidAmount = settlement.paid();
        creditedAmount = settlement.credited();
        status = settlement.status();
        updatedAt = now;
        if (status == InvoiceStatus.PAID && paidAt == null) {
            paidAt = now;
            return true;
        }
        return false;
    }

    public Settlement settlement() {
        return new Settlement(grandTotal, paidAmount, creditedAmount);
    }

    private void requireDraft(String what) {
        if (status != InvoiceStatus.DRAFT) {
            throw DomainException.conflict("invoice.not-draft", "invoice " + (number == null ? id : number)
                    + " is " + status + ": only a draft can be " + what + "; correct an issued invoice by a "
                    + "credit note");
        }
    }

    private void recipient(Party recipient) {
        recipientName = recipient.name();
        recipientAddressLine1 = recipient.addressLine1();
        recipientAddressLine2 = recipient.addressLine2();
        recipientCity = recipient.city();
        recipientPostalCode = recipient.postalCode();
        recipientStateCode = recipient.state() == null ? null : recipient.state().code();
        recipientGstin = recipient.gstin() == null ? null : recipient.gstin().value();
    }

    private void totals(TaxedDocument taxed) {
        placeOfSupplyState = taxed.placeOfSupply().state().code();
        placeOfSupplyBasis = taxed.placeOfSupply().basis();
        supplyType = taxed.supplyType();
        rateDate = taxed.rateDate();
        taxableValue = taxed.taxableValue();
        cgst = taxed.tax().cgst();
        sgst = taxed.tax().sgst();
        utgst = taxed.tax().utgst();
        igst = taxed.tax().igst();
        roundOff = taxed.roundOff();
        grandTotal = taxed.grandTotal();
    }

    public Party recipient() {
        return new Party(recipientName, recipientAddressLine1, recipientAddressLine2, recipientCity,
                recipientPostalCode, recipientStateCode == null ? null : GstState.ofCode(recipientStateCode),
                recipientGstin == null ? null : new Gstin(recipientGstin));
    }

    public Seller supplier() {
        return supplierGstin == null ? null : new Seller(supplierLegalName, supplierTradeName, supplierAddressLine1,
                supplierAddressLine2, supplierCity, supplierPostalCode, GstState.ofCode(supplierStateCode),
                new Gstin(supplierGstin));
    }

    public List<DraftLine> draftLines() {
        return lines.stream().map(InvoiceLine::draft).toList();
    }

    public UUID getId() {
        return id;
    }

    public UUID getServiceCenterId() {
        return serviceCenterId;
    }

    public InvoiceSource getSource() {
        return source;
    }

    public UUID getJobCardId() {
        return jobCardId;
    }

    public String getJobCardNumber() {
        return jobCardNumber;
    }

    public UUID getVehicleId() {
        return vehicleId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public String getNumber() {
        return number;
    }

    public Long getSequenceNumber() {
        return sequenceNumber;
    }

    public Integer getFinancialYear() {
        return financialYear;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public PlaceOfSupply placeOfSupply() {
        return new PlaceOfSupply(GstState.ofCode(placeOfSupplyState), placeOfSupplyBasis);
    }

    public SupplyType getSupplyType() {
        return supplyType;
    }

    public boolean isReverseCharge() {
        return reverseCharge;
    }

    public LocalDate getRateDate() {
        return rateDate;
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

    public String getCurrency() {
        return currency;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getVersion() {
        return version;
    }

    public List<InvoiceLine> getLines() {
        return lines;
    }
}
