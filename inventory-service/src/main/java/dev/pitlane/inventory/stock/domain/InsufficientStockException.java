package dev.pitlane.inventory.stock.domain;

import java.math.BigDecimal;

/** A change would take more than there is (or break another balance rule); nothing was changed. */
public class InsufficientStockException extends RuntimeException {

    private final StockKey key;
    private final BigDecimal available;

    public InsufficientStockException(StockKey key, BigDecimal available, String why) {
        super("Item " + key.itemId() + " at location " + key.locationId() + ": " + why + " (available "
                + available.stripTrailingZeros().toPlainString() + ")");
        this.key = key;
        this.available = available;
    }

    public StockKey key() {
        return key;
    }

    public BigDecimal available() {
        return available;
    }
}
