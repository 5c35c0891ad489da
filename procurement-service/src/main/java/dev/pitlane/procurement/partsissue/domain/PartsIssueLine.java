package dev.pitlane.procurement.partsissue.domain;

import dev.pitlane.procurement.shared.domain.Quantities;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One requested item. Quantities fill in as the issue moves on: approved (what inventory reserved), dispatched,
 * and at the store received, damaged and short (which add up to dispatched).
 */
public final class PartsIssueLine {

    private final UUID id;
    private final int lineNumber;
    private final UUID itemId;
    private final String sku;
    private final String description;
    private final BigDecimal requested;
    private BigDecimal approved;
    private BigDecimal dispatched;
    private BigDecimal received;
    private BigDecimal damaged;
    private BigDecimal shortQuantity;

    public PartsIssueLine(UUID id, int lineNumber, UUID itemId, String sku, String description, BigDecimal requested,
                          BigDecimal approved, BigDecimal dispatched, BigDecimal received, BigDecimal damaged,
                          BigDecimal shortQuantity) {
        this.id = id;
        this.lineNumber = lineNumber;
        this.itemId = itemId;
        this.sku = sku;
        this.description = description;
        this.requested = Quantities.of(requested);
        this.approved = approved;
        this.dispatched = dispatched;
        this.received = received;
        this.damaged = damaged;
        this.shortQuantity = shortQuantity;
    }

    void approve(BigDecimal quantity) {
        approved = quantity;
    }

    void dispatch(BigDecimal quantity) {
        dispatched = quantity;
    }

    void receive(BigDecimal receivedQuantity, BigDecimal damagedQuantity, BigDecimal short_) {
        received = receivedQuantity;
        damaged = damagedQuantity;
        shortQuantity = short_;
    }

    public boolean hasDiscrepancy() {
        return (damaged != null && damaged.signum() > 0) || (shortQuantity != null && shortQuantity.signum() > 0);
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

    public BigDecimal requested() {
        return requested;
    }

    /** Null until inventory answered. */
    public BigDecimal approved() {
        return approved;
    }

    public BigDecimal dispatched() {
        return dispatched;
    }

    public BigDecimal received() {
        return received;
    }

    public BigDecimal damaged() {
        return damaged;
    }

    public BigDecimal shortQuantity() {
        return shortQuantity;
    }
}
