package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.stock.domain.AdjustmentReason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One change a posting makes, in the item's base unit. Quantities are positive except {@link Adjust#delta()}.
 * Each kind knows which balance buckets it touches and which ledger type it writes.
 */
public sealed interface Move {

    UUID itemId();

    /** A batch named by its number; created on first receipt (expiry from the item's shelf life if not given). */
    record BatchRef(String batchNumber, LocalDate expiresOn, LocalDate manufacturedOn) {
    }

    /** IN: stock arrives at {@code unitCost} (null: the current average, else the standard cost). */
    record Receive(UUID itemId, UUID locationId, BigDecimal quantity, BigDecimal unitCost, BatchRef batch,
                   List<String> serialNumbers, UUID binId) implements Move {
    }

    /**
     * OUT: stock leaves. {@code fromReserved} of it was reserved for this (a reservation being consumed); the
     * rest must be available.
     */
    record Issue(UUID itemId, UUID locationId, BigDecimal quantity, BigDecimal fromReserved, UUID batchId,
                 List<String> serialNumbers, UUID binId) implements Move {
    }

    /** ADJUSTMENT: the book is corrected by {@code delta} (signed), for a reason. */
    record Adjust(UUID itemId, UUID locationId, BigDecimal delta, AdjustmentReason reason, BigDecimal unitCost,
                  BatchRef batch, UUID batchId, List<String> serialNumbers, UUID binId) implements Move {
    }

    /**
     * TRANSFER: from one location's on hand to another's on hand, or into its in transit ({@code intoTransit}) when
     * the goods travel (a dispatched parts issue).
     */
    record Transfer(UUID itemId, UUID fromLocationId, UUID toLocationId, BigDecimal quantity, BigDecimal fromReserved,
                    boolean intoTransit, UUID batchId, List<String> serialNumbers) implements Move {
    }

    /** TRANSFER, in leg: goods in transit to a location arrive on its shelf. */
    record ArriveFromTransit(UUID itemId, UUID locationId, BigDecimal quantity) implements Move {
    }

    /** ADJUSTMENT: goods in transit to a location never arrive whole (damaged, short). */
    record WriteOffInTransit(UUID itemId, UUID locationId, BigDecimal quantity, AdjustmentReason reason)
            implements Move {
    }

    /** Sets stock aside; refused when more than available. No ledger row: the reservation is its record. */
    record Reserve(UUID itemId, UUID locationId, BigDecimal quantity) implements Move {
    }

    /** Gives reserved stock back to available (released, expired). */
    record Unreserve(UUID itemId, UUID locationId, BigDecimal quantity) implements Move {
    }
}
