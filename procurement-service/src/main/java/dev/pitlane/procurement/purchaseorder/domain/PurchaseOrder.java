package dev.pitlane.procurement.purchaseorder.domain;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.procurement.shared.domain.IllegalTransitionException;
import dev.pitlane.procurement.shared.domain.Quantities;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A purchase order and its life: the only place that decides which status change is legal, who may approve
 * what, and how goods receipts count against the ordered quantities.
 */
public final class PurchaseOrder {

    private static final String WHAT = "Purchase order";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Every field of a stored order, to bring it back from the database. */
    public record State(UUID id, String number, UUID supplierId, UUID deliveryLocationId, PurchaseOrderStatus status,
                        PurchaseOrderOrigin origin, LocalDate expectedDeliveryDate, String notes, String createdBy,
                        Instant createdAt, String submittedBy, String approvedBy, Instant approvedAt,
                        Instant orderedAt, String closedReason, long version, List<PurchaseOrderLine> lines) {
    }

    private final UUID id;
    private final String number;
    private final PurchaseOrderOrigin origin;
    private final String createdBy;
    private final Instant createdAt;
    private final long version;
    private final List<PurchaseOrderLine> lines;
    private final List<StatusChange> changes = new ArrayList<>();
    private UUID supplierId;
    private UUID deliveryLocationId;
    private PurchaseOrderStatus status;
    private LocalDate expectedDeliveryDate;
    private String notes;
    private String submittedBy;
    private String approvedBy;
    private Instant approvedAt;
    private Instant orderedAt;
    private String closedReason;

    private PurchaseOrder(State s) {
        this.id = s.id();
        this.number = s.number();
        this.supplierId = s.supplierId();
        this.deliveryLocationId = s.deliveryLocationId();
        this.status = s.status();
        this.origin = s.origin();
        this.expectedDeliveryDate = s.expectedDeliveryDate();
        this.notes = s.notes();
        this.createdBy = s.createdBy();
        this.createdAt = s.createdAt();
        this.submittedBy = s.submittedBy();
        this.approvedBy = s.approvedBy();
        this.approvedAt = s.approvedAt();
        this.orderedAt = s.orderedAt();
        this.closedReason = s.closedReason();
        this.version = s.version();
        this.lines = new ArrayList<>(s.lines());
    }

    public static PurchaseOrder restore(State state) {
        return new PurchaseOrder(state);
    }

    public static PurchaseOrder draft(UUID id, String number, UUID supplierId, UUID deliveryLocationId,
                                      PurchaseOrderOrigin origin, LocalDate expectedDeliveryDate, String notes,
                                      List<NewLine> lines, String createdBy, Instant now) {
        PurchaseOrder po = new PurchaseOrder(new State(id, number, supplierId, deliveryLocationId,
                PurchaseOrderStatus.DRAFT, origin, expectedDeliveryDate, notes, createdBy, now, null, null, null,
                null, null, 0, List.of()));
        lines.forEach(po::addLine);
        po.changes.add(new StatusChange(null, PurchaseOrderStatus.DRAFT, createdBy, null));
        return po;
    }

    /** Replaces everything a draft's author may change. */
    public void revise(UUID supplierId, UUID deliveryLocationId, LocalDate expectedDeliveryDate, String notes,
                       List<NewLine> newLines) {
        requireDraft("revised");
        this.supplierId = supplierId;
        this.deliveryLocationId = deliveryLocationId;
        this.expectedDeliveryDate = expectedDeliveryDate;
        this.notes = notes;
        lines.clear();
        newLines.forEach(this::addLine);
    }

    public PurchaseOrderLine addLine(NewLine line) {
        requireDraft("changed");
        if (hasItem(line.itemId())) {
            throw DomainException.unprocessable("duplicate-item",
                    "Item " + line.itemId() + " is already on purchase order " + number);
        }
        PurchaseOrderLine added = PurchaseOrderLine.of(line, lines.size() + 1);
        lines.add(added);
        return added;
    }

    public boolean hasItem(UUID itemId) {
        return lines.stream().anyMatch(l -> l.itemId().equals(itemId));
    }

    public void submit(String actor) {
        requireTransition(PurchaseOrderStatus.PENDING_APPROVAL, "submitted");
        if (lines.isEmpty()) {
            throw DomainException.unprocessable("no-lines", "Purchase order " + number + " has no lines");
        }
        move(PurchaseOrderStatus.PENDING_APPROVAL, "submitted", actor, null);
        submittedBy = actor;
    }

    /**
     * Whoever created or submitted the order cannot approve it, and an amount above the organization's limit needs
     * the unlimited approval right.
     */
    public void approve(ApprovalAuthority authority, Instant now) {
        requireTransition(PurchaseOrderStatus.APPROVED, "approved");
        if (authority.approver().equals(createdBy) || authority.approver().equals(submittedBy)) {
            throw DomainException.forbidden("self-approval",
                    "Purchase order " + number + " must be approved by someone other than its author");
        }
        BigDecimal total = amounts().total();
        if (!authority.unlimited() && total.compareTo(authority.limit()) > 0) {
            throw DomainException.forbidden("approval-limit-exceeded", "Purchase order " + number + " totals "
                    + total + ", above the approval limit of " + authority.limit()
                    + "; it needs purchase-order:approve-unlimited");
        }
        move(PurchaseOrderStatus.APPROVED, "approved", authority.approver(), null);
        approvedBy = authority.approver();
        approvedAt = now;
    }

    public void reject(String actor, String reason) {
        move(PurchaseOrderStatus.REJECTED, "rejected", actor, reason);
        closedReason = reason;
    }

    /** Places the order with the supplier; without a date the goods are expected after the supplier's lead time. */
    public void order(String actor, Instant now, LocalDate expected) {
        move(PurchaseOrderStatus.ORDERED, "ordered", actor, null);
        orderedAt = now;
        if (expected != null) {
            expectedDeliveryDate = expected;
        }
    }

    public void cancel(String actor, String reason) {
        requireTransition(PurchaseOrderStatus.CANCELLED, "cancelled");
        if (lines.stream().anyMatch(l -> l.received().signum() > 0)) {
            throw new IllegalTransitionException(WHAT, number, status, "cancelled after goods were received");
        }
        move(PurchaseOrderStatus.CANCELLED, "cancelled", actor, reason);
        closedReason = reason;
    }

    /**
     * Books a delivery. Accepted quantities (received − rejected) count against the order; accepting more than
     * ordered plus {@code tolerancePercent} is refused as an over-receipt. Nothing changes when a rule is broken.
     */
    public List<ReceivedLine> receive(String actor, List<ReceiptLineInput> input, BigDecimal tolerancePercent) {
        if (!status.awaitsGoods()) {
            throw new IllegalTransitionException(WHAT, number, status, "received");
        }
        Map<UUID, PurchaseOrderLine> byId = new HashMap<>();
        lines.forEach(l -> byId.put(l.id(), l));
        Set<UUID> seen = new HashSet<>();
        List<ReceivedLine> booked = new ArrayList<>();
        BigDecimal factor = BigDecimal.ONE.add(tolerancePercent.divide(HUNDRED, 6, RoundingMode.HALF_UP));
        for (ReceiptLineInput in : input) {
            PurchaseOrderLine line = byId.get(in.lineId());
            if (line == null) {
                throw DomainException.unprocessable("unknown-line",
                        "Line " + in.lineId() + " is not on purchase order " + number);
            }
            if (!seen.add(line.id())) {
                throw DomainException.unprocessable("duplicate-line", "Line " + in.lineId() + " appears twice");
            }
            BigDecimal received = Quantities.of(in.received());
            BigDecimal rejected = Quantities.of(in.rejected());
            if (Quantities.isNegative(received) || Quantities.isNegative(rejected)
                    || rejected.compareTo(received) > 0) {
                throw DomainException.unprocessable("invalid-quantity",
                        "Line " + line.lineNumber() + ": rejected must be between 0 and the received quantity");
            }
            BigDecimal accepted = received.subtract(rejected);
            BigDecimal allowed = line.quantity().multiply(factor);
            if (line.received().add(accepted).compareTo(allowed) > 0) {
                throw DomainException.conflict("over-receipt", "Line " + line.lineNumber() + " (" + line.sku()
                        + ") would have " + line.received().add(accepted) + " received of " + line.quantity()
                        + " ordered; the tolerance is " + tolerancePercent.stripTrailingZeros().toPlainString() + "%");
            }
            BigDecimal unitCost = in.unitCost() == null ? line.unitPrice() : in.unitCost();
            booked.add(new ReceivedLine(line, received, rejected, accepted, unitCost,
                    LineAmounts.of(accepted, unitCost, line.taxRate()), in.rejectionReason()));
        }
        if (booked.stream().allMatch(b -> b.received().signum() == 0)) {
            throw DomainException.unprocessable("empty-receipt", "A goods receipt needs a received quantity");
        }
        booked.forEach(b -> b.line().record(b.accepted(), b.rejected()));
        PurchaseOrderStatus next = lines.stream().allMatch(PurchaseOrderLine::isComplete)
                ? PurchaseOrderStatus.RECEIVED
                : lines.stream().anyMatch(l -> l.received().signum() > 0) ? PurchaseOrderStatus.PARTIALLY_RECEIVED
                : status;
        if (next != status || next == PurchaseOrderStatus.PARTIALLY_RECEIVED) {
            move(next, "received", actor, null);
        }
        return booked;
    }

    public LineAmounts amounts() {
        return lines.stream().map(PurchaseOrderLine::amounts).reduce(LineAmounts.zero(), LineAmounts::plus);
    }

    private void requireDraft(String action) {
        if (status != PurchaseOrderStatus.DRAFT) {
            throw new IllegalTransitionException(WHAT, number, status, action);
        }
    }

    private void requireTransition(PurchaseOrderStatus next, String action) {
        if (!status.canBecome(next)) {
            throw new IllegalTransitionException(WHAT, number, status, action);
        }
    }

    private void move(PurchaseOrderStatus next, String action, String actor, String note) {
        requireTransition(next, action);
        changes.add(new StatusChange(status, next, actor, note));
        status = next;
    }

    /** Status changes made since this order was loaded, for its history. */
    public List<StatusChange> changes() {
        return List.copyOf(changes);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public UUID deliveryLocationId() {
        return deliveryLocationId;
    }

    public PurchaseOrderStatus status() {
        return status;
    }

    public PurchaseOrderOrigin origin() {
        return origin;
    }

    public LocalDate expectedDeliveryDate() {
        return expectedDeliveryDate;
    }

    public String notes() {
        return notes;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public String closedReason() {
        return closedReason;
    }

    public long version() {
        return version;
    }

    public List<PurchaseOrderLine> lines() {
        return List.copyOf(lines);
    }
}
