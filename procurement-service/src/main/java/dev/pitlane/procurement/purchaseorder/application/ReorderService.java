package dev.pitlane.procurement.purchaseorder.application;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.purchaseorder.domain.NewLine;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrder;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderOrigin;
import dev.pitlane.procurement.purchaseorder.persistence.PurchaseOrderQueries;
import dev.pitlane.procurement.purchaseorder.persistence.PurchaseOrderRepository;
import dev.pitlane.procurement.purchaseorder.persistence.ReorderSuggestionRepository;
import dev.pitlane.procurement.shared.application.Actor;
import dev.pitlane.procurement.shared.application.DocumentNumbers;
import dev.pitlane.procurement.shared.domain.Quantities;
import dev.pitlane.procurement.supplier.application.PreferredPart;
import dev.pitlane.procurement.supplier.application.SupplierDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns low stock into a draft purchase-order line for the item's preferred supplier. Idempotent by content, not
 * only by event id: while any open order still waits for the item at that location, another StockLow adds
 * nothing, so repeated alerts never order twice.
 */
@Service
public class ReorderService {

    private final PurchaseOrderRepository orders;
    private final PurchaseOrderQueries queries;
    private final ReorderSuggestionRepository suggestions;
    private final SupplierDirectory suppliers;
    private final DocumentNumbers numbers;
    private final Clock clock;

    ReorderService(PurchaseOrderRepository orders, PurchaseOrderQueries queries,
                   ReorderSuggestionRepository suggestions, SupplierDirectory suppliers, DocumentNumbers numbers,
                   Clock clock) {
        this.orders = orders;
        this.queries = queries;
        this.suggestions = suggestions;
        this.suppliers = suppliers;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Transactional
    public ReorderOutcome onStockLow(StockLowSignal signal) {
        Instant now = clock.instant();
        Optional<PreferredPart> preferred = suppliers.preferredPart(signal.itemId());
        if (preferred.isEmpty()) {
            record(signal, ReorderOutcome.NO_PREFERRED_SUPPLIER, null, null, now);
            return ReorderOutcome.NO_PREFERRED_SUPPLIER;
        }
        PreferredPart part = preferred.get();
        // one reorder at a time per supplier and location, so concurrent alerts share one draft
        orders.lockReorderSlot(part.supplierId(), signal.locationId());
        Optional<UUID> waiting = orders.openOrderWaitingFor(signal.itemId(), signal.locationId());
        if (waiting.isPresent()) {
            record(signal, ReorderOutcome.ALREADY_ON_ORDER, part.supplierId(), waiting.get(), now);
            return ReorderOutcome.ALREADY_ON_ORDER;
        }
        NewLine line = new NewLine(signal.itemId(), part.itemSku(), part.itemName(),
                Quantities.of(signal.reorderQuantity()),
                part.unitPrice(), part.taxRate());
        Optional<PurchaseOrder> draft = orders.lockDraftFor(part.supplierId(), signal.locationId())
                .flatMap(orders::lock);
        PurchaseOrder po;
        if (draft.isPresent()) {
            po = draft.get();
            po.addLine(line);
            orders.save(po, now);
        } else {
            po = PurchaseOrder.draft(UUID.randomUUID(), numbers.next("PO"), part.supplierId(), signal.locationId(),
                    PurchaseOrderOrigin.REORDER, null, "Reorder suggestions from low-stock alerts",
                    List.of(line), Actor.current(), now);
            orders.insert(po, PurchaseOrderService.CURRENCY, now);
        }
        record(signal, ReorderOutcome.ADDED_TO_DRAFT, part.supplierId(), po.id(), now);
        return ReorderOutcome.ADDED_TO_DRAFT;
    }

    @Transactional(readOnly = true)
    public PageResponse<ReorderSuggestionView> suggestions(UUID itemId, PageQuery page) {
        return queries.suggestions(itemId, page);
    }

    private void record(StockLowSignal s, ReorderOutcome outcome, UUID supplierId, UUID purchaseOrderId,
                        Instant now) {
        suggestions.record(s.eventId(), s.itemId(), s.locationId(), s.available(), s.reorderLevel(),
                s.reorderQuantity(), outcome, supplierId, purchaseOrderId, now);
    }
}
