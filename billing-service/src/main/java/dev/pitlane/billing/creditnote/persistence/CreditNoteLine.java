package dev.pitlane.billing.creditnote.persistence;

import dev.pitlane.gst.TaxedLine;
import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "credit_note_lines")
public class CreditNoteLine extends TenantOwnedEntity {

    @Id
    private UUID id;
    private int position;
    private int invoicePosition;
    private String description;
    private String hsnSac;
    private BigDecimal quantity;
    private String unit;
    private BigDecimal gstRate;
    private BigDecimal taxableValue;
    private BigDecimal cgst;
    private BigDecimal sgst;
    private BigDecimal utgst;
    private BigDecimal igst;
    private BigDecimal lineTotal;

    protected CreditNoteLine() {
    }

    CreditNoteLine(int position, int invoicePosition, String description, String unit, TaxedLine taxed) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.invoicePosition = invoicePosition;
        this.description = description;
        this.hsnSac = taxed.line().hsnSac().code();
        this.quantity = taxed.line().quantity();
        this.unit = unit;
        this.gstRate = taxed.ratePercent();
        this.taxableValue = taxed.taxableValue();
        this.cgst = taxed.tax().cgst();
        this.sgst = taxed.tax().sgst();
        this.utgst = taxed.tax().utgst();
        this.igst = taxed.tax().igst();
        this.lineTotal = taxed.total();
    }

    public int getPosition() {
        return position;
    }

    public int getInvoicePosition() {
        return invoicePosition;
    }

    public String getDescription() {
        return description;
    }

    public String getHsnSac() {
        return hsnSac;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getGstRate() {
        return gstRate;
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
