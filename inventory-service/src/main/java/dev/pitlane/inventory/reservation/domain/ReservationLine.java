package dev.pitlane.inventory.reservation.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One reserved item. {@code quantity} is what was set aside (at most what was requested); consumed and released
 * parts of it never exceed it.
 */
public record ReservationLine(int lineNo, UUID lineId, UUID itemId, BigDecimal requestedQuantity,
                              BigDecimal quantity, BigDecimal consumedQuantity, BigDecimal releasedQuantity) {

    public BigDecimal remaining() {
        return quantity.subtract(consumedQuantity).subtract(releasedQuantity);
    }

    public ReservationLine consume(BigDecimal qty) {
        if (qty.signum() < 0 || qty.compareTo(remaining()) > 0) {
            throw new IllegalArgumentException("can consume at most " + remaining().stripTrailingZeros()
                    .toPlainString() + " of item " + itemId);
        }
        return new ReservationLine(lineNo, lineId, itemId, requestedQuantity, quantity, consumedQuantity.add(qty),
                releasedQuantity);
    }

    public ReservationLine releaseRest() {
        return new ReservationLine(lineNo, lineId, itemId, requestedQuantity, quantity, consumedQuantity,
                releasedQuantity.add(remaining()));
    }
}
