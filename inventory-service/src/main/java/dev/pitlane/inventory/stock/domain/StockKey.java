package dev.pitlane.inventory.stock.domain;

import java.util.Comparator;
import java.util.UUID;

/**
 * One balance: an item at a location. Keys are ordered the way PostgreSQL orders {@code (uuid, uuid)} (bytewise,
 * unsigned), so that rows locked in this order are locked in the same order by every transaction.
 */
public record StockKey(UUID itemId, UUID locationId) implements Comparable<StockKey> {

    public static final Comparator<UUID> UUID_ORDER = (a, b) -> {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    @Override
    public int compareTo(StockKey other) {
        int c = UUID_ORDER.compare(itemId, other.itemId);
        return c != 0 ? c : UUID_ORDER.compare(locationId, other.locationId);
    }
}
