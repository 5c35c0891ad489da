package dev.pitlane.inventory.partsflow.application;

import dev.pitlane.inventory.catalog.application.ItemCatalog;
import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import dev.pitlane.inventory.config.InventoryProperties;
import dev.pitlane.inventory.partsflow.persistence.PartsFlowRepository;
import dev.pitlane.inventory.partsflow.persistence.PartsFlowRepository.FlowStatus;
import dev.pitlane.inventory.reservation.application.ReservationService;
import dev.pitlane.inventory.reservation.application.ReservationView;
import dev.pitlane.inventory.reservation.domain.ReferenceType;
import dev.pitlane.inventory.reservation.domain.ReservationLine;
import dev.pitlane.inventory.reservation.domain.ReservationStatus;
import dev.pitlane.inventory.stock.domain.Move;
import dev.pitlane.inventory.stock.application.Posting;
import dev.pitlane.inventory.stock.application.PostingResult;
import dev.pitlane.inventory.stock.application.StockEngine;
import dev.pitlane.inventory.stock.domain.AdjustmentReason;
import dev.pitlane.inventory.stock.domain.Quantities;
import dev.pitlane.inventory.stock.domain.SourceDocumentType;
import dev.pitlane.platform.messaging.EventJsonMapper;
import dev.pitlane.platform.messaging.PoisonEventException;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The parts-distribution flow as procurement reports it. Each step is guarded by a row inventory keeps (the parts
 * issue, the shipment, the purchase receipt), locked first, so an event delivered twice or out of order has one
 * effect: an Approved after a Cancelled reserves nothing, a receipt before its dispatch waits for it.
 */
@Service
public class PartsFlowService {

    private final PartsFlowRepository flows;
    private final ReservationService reservations;
    private final StockEngine engine;
    private final ItemCatalog catalog;
    private final EventJsonMapper json;
    private final InventoryProperties properties;
    private final Clock clock;

    public PartsFlowService(PartsFlowRepository flows, ReservationService reservations,
                            StockEngine engine, ItemCatalog catalog,
                            EventJsonMapper json, InventoryProperties properties, Clock clock) {
        this.flows = flows;
        this.reservations = reservations;
        this.engine = engine;
        this.catalog = catalog;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /** An IN per line at the receiving location, at the line's unit cost. */
    @Transactional
    public void purchaseOrderReceived(ProcurementEvents.PurchaseOrderReceived e) {
        UUID org = TenantContext.organizationId();
        if (!flows.claimPurchaseReceipt(org, e.receiptId(), e.purchaseOrderId())) {
            return;
        }
        Map<UUID, ItemFacts> items = knownItems(e.lines().stream().map(ProcurementEvents.ReceivedLine::itemId)
                .toList());
        List<Move> moves = new ArrayList<>();
        for (ProcurementEvents.ReceivedLine line : e.lines()) {
            ItemFacts item = items.get(line.itemId());
            if (item.trackingMode() == TrackingMode.SERIAL) {
                throw new PoisonEventException("Receipt " + e.receiptId() + " has serial-tracked item "
                        + line.itemId() + " but the event carries no serial numbers");
            }
            Move.BatchRef batch = item.trackingMode() == TrackingMode.BATCH
                    ? new Move.BatchRef("GRN-" + e.receiptId().toString().substring(0, 8), null, null) : null;
            moves.add(new Move.Receive(line.itemId(), e.locationId(), quantity(line.quantity()), line.unitCost(),
                    batch, null, null));
        }
        Instant now = clock.instant();
        Instant effective = e.receivedAt() == null || e.receivedAt().isAfter(now) ? now : e.receivedAt();
        PostingResult result = engine.post(new Posting(SourceDocumentType.PURCHASE_ORDER, e.receiptId().toString(),
                "Purchase order " + e.purchaseOrderId(), effective, null, moves));
        flows.recordReceiptMovement(org, e.receiptId(), result.movementId());
        e.lines().forEach(l -> {
            if (l.unitCost() != null) {
                catalog.recordPurchaseCost(l.itemId(), l.unitCost());
            }
        });
    }

    /** Reserves at the source what is available (partial allowed) and answers StockReserved or ReservationRejected. */
    @Transactional
    public void approved(ProcurementEvents.PartsIssueApproved e) {
        UUID org = TenantContext.organizationId();
        if (!flows.insertFlow(org, e.partsIssueId(), FlowStatus.APPROVED, null)) {
            return; // seen before: approved already, or cancelled first (a tombstone)
        }
        Map<UUID, ItemFacts> items = catalog.facts(e.lines().stream().map(ProcurementEvents.IssueLine::itemId)
                .toList());
        boolean unknownItem = e.lines().stream().anyMatch(l -> {
            ItemFacts f = items.get(l.itemId());
            return f == null || f.deleted();
        });
        if (unknownItem) {
            reject(e, "UNKNOWN_ITEM", l -> Quantities.ZERO);
            return;
        }
        Instant expiresAt = properties.partsIssueReservationTtl() == null ? null
                : clock.instant().plus(properties.partsIssueReservationTtl());
        ReservationService.Outcome outcome = reservations.reserve(new ReservationService.Request(
                ReferenceType.PARTS_ISSUE, e.partsIssueId().toString(), e.fromLocationId(), expiresAt, true,
                e.lines().stream().map(l -> new ReservationService.RequestLine(l.lineId(), l.itemId(),
                        quantity(l.quantity()), null)).toList()));
        if (outcome.reservation() == null) {
            Map<UUID, BigDecimal> available = new HashMap<>();
            outcome.shortfalls().forEach(s -> available.put(s.lineId(), s.availableQuantity()));
            reject(e, "INSUFFICIENT_STOCK", l -> available.getOrDefault(l.lineId(), Quantities.ZERO));
            return;
        }
        flows.updateFlowReservation(org, e.partsIssueId(), outcome.reservation().id());
    }

    private void reject(ProcurementEvents.PartsIssueApproved e, String reason,
                        java.util.function.Function<ProcurementEvents.IssueLine, BigDecimal> available) {
        reservations.reject(ReferenceType.PARTS_ISSUE, e.partsIssueId().toString(), e.fromLocationId(), reason,
                e.lines().stream().map(l -> new ReservationService.Shortfall(l.lineId(), l.itemId(), l.quantity(),
                        available.apply(l))).toList());
    }

    /**
     * Moves the shipped quantities from the source's shelf (its reservation first) into the destination's transit,
     * and releases what the issue reserved but did not ship.
     */
    @Transactional
    public void dispatched(ProcurementEvents.PartsIssueDispatched e) {
        UUID org = TenantContext.organizationId();
        Optional<PartsFlowRepository.Flow> flow = flows.lockFlow(org, e.partsIssueId());
        PartsFlowRepository.Shipment shipment = flows.lockShipment(org, e.partsIssueId(), e.shipmentId());
        if (shipment.dispatched()) {
            return;
        }
        knownItems(e.lines().stream().map(ProcurementEvents.IssueLine::itemId).toList());
        ReservationView reservation = flow.map(PartsFlowRepository.Flow::reservationId)
                .flatMap(reservations::lockIfActive)
                .orElse(null);
        Map<Integer, BigDecimal> consumedByLine = new HashMap<>();
        List<Move> moves = new ArrayList<>();
        for (ProcurementEvents.IssueLine line : e.lines()) {
            BigDecimal qty = quantity(line.quantity());
            BigDecimal fromReserved = Quantities.ZERO;
            if (reservation != null) {
                for (ReservationLine r : reservation.domainLines()) {
                    boolean same = line.lineId() != null ? line.lineId().equals(r.lineId())
                            : line.itemId().equals(r.itemId());
                    if (same && fromReserved.compareTo(qty) < 0) {
                        BigDecimal left = r.remaining().subtract(consumedByLine.getOrDefault(r.lineNo(),
                                Quantities.ZERO));
                        BigDecimal take = left.min(qty.subtract(fromReserved)).max(Quantities.ZERO);
                        consumedByLine.merge(r.lineNo(), take, BigDecimal::add);
                        fromReserved = fromReserved.add(take);
                    }
                }
            }
            moves.add(new Move.Transfer(line.itemId(), e.fromLocationId(), e.toLocationId(), qty, fromReserved,
                    true, null, null));
        }
        // the reservation and the shipment are written first: the posting then holds its balance locks, on the
        // central warehouse's busiest rows, only for its own write and the commit
        List<ReservationLine> after = reservation == null ? List.of() : reservation.domainLines().stream()
                .map(l -> l.consume(consumedByLine.getOrDefault(l.lineNo(), Quantities.ZERO))).toList();
        if (reservation != null) {
            reservations.settle(reservation, after);
        }
        flows.markDispatched(org, e.shipmentId());
        engine.post(new Posting(SourceDocumentType.PARTS_ISSUE, e.partsIssueId().toString(),
                "Shipment " + e.shipmentId(), null, reservation == null ? null : reservation.id(), moves));
        if (after.stream().anyMatch(l -> l.remaining().signum() > 0)) {
            // an issue is dispatched once: what it did not take goes back to available
            reservations.release(reservation.id());
        }
        if (shipment.pendingReceipt() != null) {
            applyReceipt(json.mapper().readValue(shipment.pendingReceipt(),
                    ProcurementEvents.PartsIssueReceived.class));
        }
    }

    /** Puts what arrived on the destination's shelf and writes damaged and short quantities off its transit. */
    @Transactional
    public void received(ProcurementEvents.PartsIssueReceived e) {
        UUID org = TenantContext.organizationId();
        for (ProcurementEvents.ReceiptLine l : e.lines()) {
            BigDecimal accounted = l.receivedQuantity().add(l.damagedQuantity()).add(l.shortQuantity());
            if (accounted.compareTo(l.dispatchedQuantity()) != 0) {
                throw new PoisonEventException("Receipt of shipment " + e.shipmentId() + " line " + l.lineId()
                        + ": received + damaged + short differs from dispatched");
            }
        }
        PartsFlowRepository.Shipment shipment = flows.lockShipment(org, e.partsIssueId(), e.shipmentId());
        if (shipment.received()) {
            return;
        }
        if (!shipment.dispatched()) {
            flows.parkReceipt(org, e.shipmentId(), json.mapper().writeValueAsString(e));
            return;
        }
        applyReceipt(e);
    }

    private void applyReceipt(ProcurementEvents.PartsIssueReceived e) {
        knownItems(e.lines().stream().map(ProcurementEvents.ReceiptLine::itemId).toList());
        List<Move> moves = new ArrayList<>();
        for (ProcurementEvents.ReceiptLine l : e.lines()) {
            if (l.receivedQuantity().signum() > 0) {
                moves.add(new Move.ArriveFromTransit(l.itemId(), e.toLocationId(), quantity(l.receivedQuantity())));
            }
            if (l.damagedQuantity().signum() > 0) {
                moves.add(new Move.WriteOffInTransit(l.itemId(), e.toLocationId(), quantity(l.damagedQuantity()),
                        AdjustmentReason.DAMAGED_IN_TRANSIT));
            }
            if (l.shortQuantity().signum() > 0) {
                moves.add(new Move.WriteOffInTransit(l.itemId(), e.toLocationId(), quantity(l.shortQuantity()),
                        AdjustmentReason.SHORT_DELIVERY));
            }
        }
        // marked first, so the posting's balance locks are held only for its own write and the commit
        flows.markReceived(TenantContext.organizationId(), e.shipmentId());
        if (!moves.isEmpty()) {
            engine.post(new Posting(SourceDocumentType.PARTS_ISSUE, e.partsIssueId().toString(),
                    "Shipment " + e.shipmentId(), null, null, moves));
        }
    }

    /** Releases what is still reserved; a cancel seen before the approval leaves a tombstone. */
    @Transactional
    public void cancelled(ProcurementEvents.PartsIssueCancelled e) {
        UUID org = TenantContext.organizationId();
        if (flows.insertFlow(org, e.partsIssueId(), FlowStatus.CANCELLED, null)) {
            return;
        }
        PartsFlowRepository.Flow flow = flows.lockFlow(org, e.partsIssueId()).orElseThrow();
        if (flow.status() == FlowStatus.CANCELLED) {
            return;
        }
        if (flow.reservationId() != null
                && reservations.get(flow.reservationId()).status() == ReservationStatus.ACTIVE) {
            reservations.release(flow.reservationId());
        }
        flows.updateFlow(org, e.partsIssueId(), FlowStatus.CANCELLED);
    }

    private Map<UUID, ItemFacts> knownItems(List<UUID> ids) {
        Set<UUID> unique = new LinkedHashSet<>(ids);
        Map<UUID, ItemFacts> items = catalog.facts(unique);
        for (UUID id : unique) {
            if (!items.containsKey(id)) {
                throw new PoisonEventException("Unknown item " + id);
            }
        }
        return items;
    }

    private static BigDecimal quantity(BigDecimal value) {
        try {
            return Quantities.quantity(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("Quantity " + value + " is not a quantity with at most three decimals");
        }
    }
}
