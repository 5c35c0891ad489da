package dev.pitlane.inventory.stock.domain;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.domain.FieldError;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change would take more than there is (or break another balance rule); nothing was changed. Answers 409
 * {@code insufficient-stock} naming the item, the location and what is available.
 */
public class InsufficientStockException extends DomainException {

    private final StockKey key;
    private final BigDecimal available;

    public InsufficientStockException(StockKey key, BigDecimal available, String why) {
        super(Kind.CONFLICT, "insufficient-stock", "Insufficient stock", detail(key, available, why),
                List.of(new FieldError("quantity", "insufficient-stock", detail(key, available, why))),
                members(key, available));
        this.key = key;
        this.available = available;
    }

    private static String detail(StockKey key, BigDecimal available, String why) {
        return "Item " + key.itemId() + " at location " + key.locationId() + ": " + why + " (available "
                + available.stripTrailingZeros().toPlainString() + ")";
    }

    private static Map<String, Object> members(StockKey key, BigDecimal available) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("itemId", key.itemId());
        members.put("locationId", key.locationId());
        members.put("available", available);
        return members;
    }

    public StockKey key() {
        return key;
    }

    public BigDecimal available() {
        return available;
    }
}
