package dev.pitlane.inventory.stock.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One change a posting makes, in the item's base unit. Quantities are positive except {@link Adjust#delta()}.
 * Each kind knows the locations whose balances it touches, how it uses its item's cost, and which step of a
 * posting applies it ({@link #applyTo}).
 */
public sealed interface Move {

    UUID itemId();

    /** The locations whose balances this move changes (each locked by the posting, in key order). */
    List<UUID> locationIds();

    CostUse costUse();

    /** Hands this move to the step of {@code posting} that applies its kind. */
    void applyTo(PostingSteps posting);

    /** How a move uses its item's cost row, and so how the posting locks it. */
    enum CostUse {
        /** changes the item's quantity and value: the cost row is locked and written back */
        CHANGES,
        /** only moves value that stays owned (a transfer): the cost is read as committed, no lock */
        READS,
        /** moves no value (an arrival from transit, a reservation) */
        NONE
    }

    /** The steps of a posting, one for each kind of move. */
    interface PostingSteps {
        void receive(Receive move);

        void issue(Issue move);

        void adjust(Adjust move);

        void transfer(Transfer move);

        void arrive(ArriveFromTransit move);

        void writeOff(WriteOffInTransit move);

        void reserve(Reserve move);

        void unreserve(Unreserve move);
    }

    /** A batch named by its number; created on first receipt (expiry from the item's shelf life if not given). */
    record BatchRef(String batchNumber, LocalDate expiresOn, LocalDate manufacturedOn) {
    }

    /** IN: stock arrives at {@code unitCost} (null: the current average, else the standard cost). */
    record Receive(UUID itemId, UUID locationId, BigDecimal quantity, BigDecimal unitCost, BatchRef batch,
                   List<String> serialNumbers, UUID binId) implements Move {
        public List<UUID> locationIds() {
            return List.of(locationId);
        }

        public CostUse costUse() {
            return CostUse.CHANGES;
        }

        public void applyTo(PostingSteps posting) {
            posting.receive(this);
        }
    }

    /**
     * OUT: stock leaves. {@code fromReserved} of it was reserved for this (a reservation being consumed); the
     * rest must be available.
     */
    record Issue(UUID itemId, UUID locationId, BigDecimal quantity, BigDecimal fromReserved, UUID batchId,
                 List<String> serialNumbers, UUID binId) implements Move {
        public List<UUID> locationIds() {
            return List.of(locationId);
        }

        public CostUse costUse() {
            return CostUse.CHANGES;
        }

        public void applyTo(PostingSteps posting) {
            posting.issue(this);
        }
    }

    /** ADJUSTMENT: the book is corrected by {@code delta} (signed), for a reason. */
    record Adjust(UUID itemId, UUID locationId, BigDecimal delta, AdjustmentReason reason, BigDecimal unitCost,
                  BatchRef batch, UUID batchId, List<String> serialNumbers, UUID binId) implements Move {
        public List<UUID> locationIds() {
            return List.of(locationId);
        }

        public CostUse costUse() {
            return CostUse.CHANGES;
        }

        public void applyTo(PostingSteps posting) {
            posting.adjust(this);
        }
    }

    /**
     * TRANSFER: from one location's on hand to another's on hand, or into its in transit ({@code intoTransit}) when
     * the goods travel (a dispatched parts issue).
     */
    record Transfer(UUID itemId, UUID fromLocationId, UUID toLocationId, BigDecimal quantity, BigDecimal fromReserved,
                    boolean intoTransit, UUID batchId, List<String> serialNumbers) implements Move {
        public List<UUID> locationIds() {
            return List.of(fromLocationId, toLocationId);
        }

        public CostUse costUse() {
            return CostUse.READS;
        }

        public void applyTo(PostingSteps posting) {
            posting.transfer(this);
        }
    }

    /** TRANSFER, in leg: goods in transit to a location arrive on its shelf. */
    record ArriveFromTransit(UUID itemId, UUID locationId, BigDecimal quantity) implements Move {
        public List<UUID> locationIds() {
            return List.of(locationId);
        }

        public CostUse costUse() {
            return CostUse.NONE;
        }

        public void applyTo(PostingSteps posting) {
            posting.arrive(this);
        }
    }

    /** ADJUSTMENT: goods in transit to a location never arrive whole (damaged, short). */
    record WriteOffInTransit(UUID itemId, UUID locationId, BigDecimal quantity, AdjustmentReason reason)
            implements Move {
        public List<UUID> locationIds() {
            return List.of(locationId);
        }

        public CostUse costUse() {
            return CostUse.CHANGES;
        }

        public void applyTo(PostingSteps posting) {
            posting.writeOff(this);
        }
    }

    /** Sets stock aside; refused when more than available. No ledger row: the reservation is its record. */
    record Reserve(UUID itemId, UUID locationId, BigDecimal quantity) implements Move {
        public List<UUID> locationIds() {
            return List.of(locationId);
        }

        public CostUse costUse() {
            return CostUse.NONE;
        }

        public void applyTo(PostingSteps posting) {
            posting.reserve(this);
        }
    }

    /** Gives reserved stock back to available (released, expired). */
    record Unreserve(UUID itemId, UUID locationId, BigDecimal quantity) implements Move {
        public List<UUID> locationIds() {
            return List.of(locationId);
        }

        public CostUse costUse() {
            return CostUse.NONE;
        }

        public void applyTo(PostingSteps posting) {
            posting.unreserve(this);
        }
    }
}
