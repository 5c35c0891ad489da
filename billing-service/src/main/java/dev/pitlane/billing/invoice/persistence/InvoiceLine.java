package dev.pitlane.billing.invoice.persistence;

import dev.pitlane.billing.invoice.domain.DraftLine;
import dev.pitlane.billing.invoice.domain.LineKind;
import dev.pitlane.gst.TaxedLine;
import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A line of an invoice: what the caller gave, and the tax the GST module worked out for it. */
@Entity
@Table(name = "invoice_lines")
public class InvoiceLine extends TenantOwnedEntity {

    @Id
    private UUID id;
    private int position;
    @Enumerated(EnumType.STRING)
    private LineKind kind;
    private UUID itemId;
    private String description;
    private String hsnSac;
    private BigDecimal quantity;
    private String unit;
    private BigDecimal unitPrice;
    private boolean priceIncludesTax;
    private BigDecimal discountPercent;
    private BigDecimal discountAmount;
    private BigDecimal gstRate;
    private BigDecimal grossAmount;
    private BigDecimal discountValue;
    private BigDecimal taxableValue;
    private BigDecimal cgst;
    private BigDecimal sgst;
    private BigDecimal utgst;
    private BigDecimal igst;
    private BigDecimal lineTotal;

    protected InvoiceLine() {
    }

    InvoiceLine(int position, DraftLine line, TaxedLine taxed) {
        this.id = UUID.randomUUID();
        this.position = position;
        redraft(line, taxed);
    }

    /** New content at this line's position (a draft's lines are rewritten in place, keeping positions unique). */
    void redraft(DraftLine line, TaxedLine taxed) {
        this.kind = line.kind();
        this.itemId = line.itemId();
        this.description = line.description();
        this.hsnSac = line.hsnSac();
        this.quantity = line.quantity();
        this.unit = line.unit();
        this.unitPrice = line.unitPrice();
        this.priceIncludesTax = line.priceIncludesTax();
        this.discountPercent = line.discountPercent();
        this.discountAmount = line.discountAmount();
        taxed(taxed);
    }

    void taxed(TaxedLine taxed) {
        this.gstRate = taxed.ratePercent();
        this.grossAmount = taxed.grossBeforeTax();
        this.discountValue = taxed.discountBeforeTax();
        this.taxableValue = taxed.taxableValue();
        this.cgst = taxed.tax().cgst();
        this.sgst = taxed.tax().sgst();
        this.utgst = taxed.tax().utgst();
        this.igst = taxed.tax().igst();
        this.lineTotal = taxed.total();
    }

    public DraftLine draft() {
        return new DraftLine(kind, itemId, description, hsnSac, quantity, unit, unitPrice, priceIncludesTax,
                discountPercent, discountAmount);
    }

    public int getPosition() {
        return position;
    }

    public BigDecimal getGstRate() {
        return gstRate;
    }

    public BigDecimal getGrossAmount() {
        return grossAmount;
    }

    public BigDecimal getDiscountValue() {
        return discountValue;
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

    public BigDecimal getLineTotal() {
        return lineTotal;
    }
}
