package dev.pitlane.procurement.partsissue.domain;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.procurement.shared.domain.IllegalTransitionException;
import dev.pitlane.procurement.shared.domain.Quantities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Parts going from the central warehouse to a service center's store. Requests and commands from people must fit
 * the status (otherwise 409 {@code illegal-transition}); answers from inventory arrive asynchronously, perhaps
 * late or twice, and never raise: they either apply or are ignored, and say which.
 */
public final class PartsIssue {

    private static final String WHAT = "Parts issue";

    /** Every field of a stored issue, to bring it back from the database. */
    public record State(UUID id, String number, UUID serviceCenterId, UUID fromLocationId, UUID toLocationId,
                        PartsIssueStatus status, String note, String requestedBy, Instant requestedAt,
                        String approvedBy, Instant approvedAt, UUID reservationId, Boolean reservationPartial,
                        Instant reservationReleasedAt, String closedReason, UUID shipmentId, Instant dispatchedAt,
                        Instant receivedAt, long version, List<PartsIssueLine> lines) {
    }

    private final UUID id;
    private final String number;
    private final UUID serviceCenterId;
    private final UUID fromLocationId;
    private final UUID toLocationId;
    private final String note;
    private final String requestedBy;
    private final Instant requestedAt;
    private final long version;
    private final List<PartsIssueLine> lines;
    private final List<IssueStatusChange> changes = new ArrayList<>();
    private PartsIssueStatus status;
    private String approvedBy;
    private Instant approvedAt;
    private UUID reservationId;
    private Boolean reservationPartial;
    private Instant reservationReleasedAt;
    private String closedReason;
    private UUID shipmentId;
    private Instant dispatchedAt;
    private Instant receivedAt;

    private PartsIssue(State s) {
        id = s.id();
        number = s.number();
        serviceCenterId = s.serviceCenterId();
        fromLocationId = s.fromLocationId();
        toLocationId = s.toLocationId();
        status = s.status();
        note = s.note();
        requestedBy = s.requestedBy();
        requestedAt = s.requestedAt();
        approvedBy = s.approvedBy();
        approvedAt = s.approvedAt();
        reservationId = s.reservationId();
        reservationPartial = s.reservationPartial();
        reservationReleasedAt = s.reservationReleasedAt();
        closedReason = s.closedReason();
        shipmentId = s.shipmentId();
        dispatchedAt = s.dispatchedAt();
        receivedAt = s.receivedAt();
        version = s.version();
        lines = new ArrayList<>(s.lines());
    }

    public static PartsIssue restore(State state) {
        return new PartsIssue(state);
    }

    public static PartsIssue request(UUID id, String number, UUID serviceCenterId, UUID fromLocationId,
                                     UUID toLocationId, String note, List<RequestedLine> requested, String actor,
                                     Instant now) {
        if (fromLocationId.equals(toLocationId)) {
            throw DomainException.unprocessable("same-location", "Parts must go to another location");
        }
        if (requested.isEmpty()) {
            throw DomainException.unprocessable("no-lines", "A parts issue needs at least one line");
        }
        Set<UUID> items = new HashSet<>();
        List<PartsIssueLine> lines = new ArrayList<>();
        for (RequestedLine r : requested) {
            if (!items.add(r.itemId())) {
                throw DomainException.unprocessable("duplicate-item", "Item " + r.itemId() + " is requested twice");
            }
            if (!Quantities.isPositive(r.quantity())) {
                throw DomainException.unprocessable("invalid-quantity", "Requested quantities must be positive");
            }
            lines.add(new PartsIssueLine(UUID.randomUUID(), lines.size() + 1, r.itemId(), r.sku(), r.description(),
                    r.quantity(), null, null, null, null, null));
        }
        PartsIssue issue = new PartsIssue(new State(id, number, serviceCenterId, fromLocationId, toLocationId,
                PartsIssueStatus.REQUESTED, note, actor, now, null, null, null, null, null, null, null, null, null,
                0, lines));
        issue.changes.add(new IssueStatusChange(null, PartsIssueStatus.REQUESTED, actor, note));
        return issue;
    }

    /** Procurement agrees; the issue now waits for inventory to reserve the stock. */
    public void approve(String actor, Instant now) {
        move(PartsIssueStatus.APPROVAL_PENDING_STOCK, "approved", actor, null);
        approvedBy = actor;
        approvedAt = now;
    }

    /**
     * Inventory reserved (part of) the stock. Each line is approved for what was reserved for it, never more than
     * requested; a line the answer does not name got nothing.
     */
    public ReservationOutcome stockReserved(UUID reservation, boolean partial, Map<UUID, BigDecimal> reservedByLine,
                                            String actor) {
        if (status == PartsIssueStatus.CANCELLED) {
            note(actor, "reservation " + reservation + " arrived after the cancellation; inventory releases it");
            return ReservationOutcome.ARRIVED_AFTER_CANCELLATION;
        }
        if (status != PartsIssueStatus.APPROVAL_PENDING_STOCK) {
            return reservation.equals(reservationId) ? ReservationOutcome.ALREADY_APPLIED : ReservationOutcome.IGNORED;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (PartsIssueLine line : lines) {
            BigDecimal reserved = Quantities.of(reservedByLine.getOrDefault(line.id(), BigDecimal.ZERO)
                    .max(BigDecimal.ZERO));
            BigDecimal approvedQuantity = reserved.min(line.requested());
            line.approve(approvedQuantity);
            total = total.add(approvedQuantity);
        }
        reservationId = reservation;
        reservationPartial = partial || lines.stream().anyMatch(l -> l.approved().compareTo(l.requested()) < 0);
        if (total.signum() == 0) {
            move(PartsIssueStatus.REJECTED, "rejected", actor, "nothing could be reserved");
            closedReason = "nothing could be reserved";
            return ReservationOutcome.APPLIED;
        }
        move(PartsIssueStatus.APPROVED, "approved", actor, reservationPartial ? "partly reserved" : null);
        return ReservationOutcome.APPLIED;
    }

    /** Inventory could reserve nothing. */
    public ReservationOutcome reservationRejected(String reason, String actor) {
        if (status != PartsIssueStatus.APPROVAL_PENDING_STOCK) {
            return ReservationOutcome.IGNORED;
        }
        lines.forEach(l -> l.approve(Quantities.zero()));
        move(PartsIssueStatus.REJECTED, "rejected", actor, reason);
        closedReason = reason;
        return ReservationOutcome.APPLIED;
    }

    /** Inventory released what it held for this issue (after a cancellation). */
    public boolean reservationReleased(Instant at) {
        if (reservationReleasedAt != null) {
            return false;
        }
        reservationReleasedAt = at;
        return true;
    }

    /**
     * Sends the parts. {@code quantities} by line id; null sends every approved quantity in full. A line may go
     * with less than approved, never with more.
     */
    public List<PartsIssueLine> dispatch(Map<UUID, BigDecimal> quantities, UUID shipment, String actor,
                                         Instant now) {
        requireTransition(PartsIssueStatus.DISPATCHED, "dispatched");
        Map<UUID, BigDecimal> plan = new HashMap<>();
        if (quantities == null) {
            lines.forEach(l -> plan.put(l.id(), l.approved()));
        } else {
            Set<UUID> known = new HashSet<>();
            lines.forEach(l -> known.add(l.id()));
            for (var entry : quantities.entrySet()) {
                if (!known.contains(entry.getKey())) {
                    throw DomainException.unprocessable("unknown-line",
                            "Line " + entry.getKey() + " is not on parts issue " + number);
                }
            }
            plan.putAll(quantities);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (PartsIssueLine line : lines) {
            BigDecimal quantity = Quantities.of(plan.getOrDefault(line.id(), BigDecimal.ZERO));
            if (quantity.signum() < 0 || quantity.compareTo(line.approved()) > 0) {
                throw DomainException.unprocessable("exceeds-approved", "Line " + line.lineNumber() + " ("
                        + line.sku() + ") may be dispatched with 0 to " + line.approved() + ", not " + quantity);
            }
            total = total.add(quantity);
        }
        if (total.signum() == 0) {
            throw DomainException.unprocessable("empty-dispatch", "A dispatch needs a quantity on at least one line");
        }
        lines.forEach(l -> l.dispatch(Quantities.of(plan.getOrDefault(l.id(), BigDecimal.ZERO))));
        move(PartsIssueStatus.DISPATCHED, "dispatched", actor, null);
        shipmentId = shipment;
        dispatchedAt = now;
        return lines.stream().filter(l -> l.dispatched().signum() > 0).toList();
    }

    /**
     * The store's count. Every dispatched line must be accounted for as received, damaged or short; lines with a
     * damaged or short quantity are this issue's discrepancies.
     */
    public List<PartsIssueLine> receive(List<LineReceipt> counted, String actor, Instant now) {
        requireTransition(PartsIssueStatus.RECEIVED, "received");
        Map<UUID, LineReceipt> byLine = new HashMap<>();
        for (LineReceipt r : counted) {
            if (lines.stream().noneMatch(l -> l.id().equals(r.lineId()))) {
                throw DomainException.unprocessable("unknown-line",
                        "Line " + r.lineId() + " is not on parts issue " + number);
            }
            if (byLine.put(r.lineId(), r) != null) {
                throw DomainException.unprocessable("duplicate-line", "Line " + r.lineId() + " appears twice");
            }
        }
        for (PartsIssueLine line : lines) {
            LineReceipt r = byLine.get(line.id());
            if (r == null) {
                if (line.dispatched().signum() > 0) {
                    throw DomainException.unprocessable("line-missing", "Line " + line.lineNumber() + " ("
                            + line.sku() + ") was dispatched and must be counted");
                }
                continue;
            }
            BigDecimal received = Quantities.of(r.received());
            BigDecimal damaged = Quantities.of(r.damaged());
            BigDecimal shortQuantity = Quantities.of(r.shortQuantity());
            if (received.signum() < 0 || damaged.signum() < 0 || shortQuantity.signum() < 0
                    || received.add(damaged).add(shortQuantity).compareTo(line.dispatched()) != 0) {
                throw DomainException.unprocessable("quantity-mismatch", "Line " + line.lineNumber() + " ("
                        + line.sku() + "): received + damaged + short must equal the " + line.dispatched()
                        + " dispatched");
            }
        }
        for (PartsIssueLine line : lines) {
            LineReceipt r = byLine.get(line.id());
            if (r == null) {
                line.receive(Quantities.zero(), Quantities.zero(), Quantities.zero());
            } else {
                line.receive(Quantities.of(r.received()), Quantities.of(r.damaged()),
                        Quantities.of(r.shortQuantity()));
            }
        }
        List<PartsIssueLine> discrepancies = lines.stream().filter(PartsIssueLine::hasDiscrepancy).toList();
        move(discrepancies.isEmpty() ? PartsIssueStatus.RECEIVED : PartsIssueStatus.RECEIVED_WITH_DISCREPANCY,
                "received", actor, null);
        receivedAt = now;
        return discrepancies;
    }

    public void cancel(String actor, String reason) {
        move(PartsIssueStatus.CANCELLED, "cancelled", actor, reason);
        closedReason = reason;
    }

    private void requireTransition(PartsIssueStatus next, String action) {
        if (!status.canBecome(next)) {
            throw new IllegalTransitionException(WHAT, number, status, action);
        }
    }

    private void move(PartsIssueStatus next, String action, String actor, String why) {
        requireTransition(next, action);
        changes.add(new IssueStatusChange(status, next, actor, why));
        status = next;
    }

    private void note(String actor, String text) {
        changes.add(new IssueStatusChange(status, status, actor, text));
    }

    public List<IssueStatusChange> changes() {
        return List.copyOf(changes);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID serviceCenterId() {
        return serviceCenterId;
    }

    public UUID fromLocationId() {
        return fromLocationId;
    }

    public UUID toLocationId() {
        return toLocationId;
    }

    public PartsIssueStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public UUID reservationId() {
        return reservationId;
    }

    public Boolean reservationPartial() {
        return reservationPartial;
    }

    public Instant reservationReleasedAt() {
        return reservationReleasedAt;
    }

    public String closedReason() {
        return closedReason;
    }

    public UUID shipmentId() {
        return shipmentId;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public long version() {
        return version;
    }

    public List<PartsIssueLine> lines() {
        return List.copyOf(lines);
    }
}
