package dev.pitlane.inventory.stock.domain;

import java.math.BigDecimal;

/** A FIFO receipt not yet fully issued. {@code id} is null for a layer created in the current posting. */
public final class CostLayer {

    private final Long id;
    private final BigDecimal unitCost;
    private BigDecimal remaining;
    private boolean changed;

    public CostLayer(Long id, BigDecimal unitCost, BigDecimal remaining) {
        this.id = id;
        this.unitCost = unitCost;
        this.remaining = remaining;
        this.changed = id == null;
    }

    /** Takes up to {@code wanted}; returns what it gave. */
    BigDecimal take(BigDecimal wanted) {
        BigDecimal taken = wanted.min(remaining);
        remaining = remaining.subtract(taken);
        changed = changed || taken.signum() != 0;
        return taken;
    }

    public Long id() {
        return id;
    }

    public BigDecimal unitCost() {
        return unitCost;
    }

    public BigDecimal remaining() {
        return remaining;
    }

    public boolean changed() {
        return changed;
    }
}
