package dev.pitlane.procurement.purchaseorder.domain;

import dev.pitlane.procurement.shared.domain.Quantities;

import java.math.BigDecimal;
import java.util.UUID;

/** One ordered item; {@code received} counts accepted goods only, {@code rejected} what was sent back. */
public final class PurchaseOrderLine {

    private final UUID id;
    private final int lineNumber;
    private final UUID itemId;
    private final String sku;
    private final String description;
    private final BigDecimal quantity;
    private final BigDecimal unitPrice;
    private final BigDecimal taxRate;
    private final LineAmounts amounts;
    private BigDecimal received;
    private BigDecimal rejected;

    public PurchaseOrderLine(UUID id, int lineNumber, UUID itemId, String sku, String description,
                             BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, BigDecimal received,
                             BigDecimal rejected) {
        this.id = id;
        this.lineNumber = lineNumber;
        this.itemId = itemId;
        this.sku = sku;
        this.description = description;
        this.quantity = Quantities.of(quantity);
        this.unitPrice = unitPrice;
        this.taxRate = taxRate;
        this.amounts = LineAmounts.of(quantity, unitPrice, taxRate);
        this.received = Quantities.of(received);
        this.rejected = Quantities.of(rejected);
    }

    static PurchaseOrderLine of(NewLine line, int lineNumber) {
        return new PurchaseOrderLine(UUID.randomUUID(), lineNumber, line.itemId(), line.sku(), line.description(),
                line.quantity(), line.unitPrice(), line.taxRate(), null, null);
    }

    void record(BigDecimal accepted, BigDecimal rejectedNow) {
        received = received.add(accepted);
        rejected = rejected.add(rejectedNow);
    }

    public boolean isComplete() {
        return received.compareTo(quantity) >= 0;
    }

    public UUID id() {
        return id;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public UUID itemId() {
        return itemId;
    }

    public String sku() {
        return sku;
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal taxRate() {
        return taxRate;
    }

    public LineAmounts amounts() {
        return amounts;
    }

    public BigDecimal received() {
        return received;
    }

    public BigDecimal rejected() {
        return rejected;
    }
}
