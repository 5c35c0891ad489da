package dev.pitlane.procurement.purchaseorder.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrder;
import dev.pitlane.procurement.purchaseorder.domain.ReceivedLine;
import dev.pitlane.procurement.purchaseorder.messaging.PurchaseOrderEvents;
import dev.pitlane.procurement.purchaseorder.persistence.GoodsReceiptRepository;
import dev.pitlane.procurement.purchaseorder.persistence.PurchaseOrderQueries;
import dev.pitlane.procurement.purchaseorder.persistence.PurchaseOrderRepository;
import dev.pitlane.procurement.shared.application.Actor;
import dev.pitlane.procurement.shared.application.DocumentNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Books deliveries against ordered purchase orders. The receipt, the order's new received quantities and the
 * {@code PurchaseOrderReceived} event (which puts the accepted goods into the central warehouse at their cost)
 * commit together.
 */
@Service
public class GoodsReceiptService {

    private final PurchaseOrderRepository orders;
    private final GoodsReceiptRepository receipts;
    private final PurchaseOrderQueries queries;
    private final DocumentNumbers numbers;
    private final ProcurementSettingsService settings;
    private final PurchaseOrderEvents events;
    private final Clock clock;

    GoodsReceiptService(PurchaseOrderRepository orders, GoodsReceiptRepository receipts, PurchaseOrderQueries queries,
                        DocumentNumbers numbers, ProcurementSettingsService settings, PurchaseOrderEvents events,
                        Clock clock) {
        this.orders = orders;
        this.receipts = receipts;
        this.queries = queries;
        this.numbers = numbers;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public GoodsReceiptView receive(UUID purchaseOrderId, GoodsReceiptCommand command) {
        Instant now = clock.instant();
        Instant receivedAt = command.receivedAt() == null ? now : command.receivedAt();
        if (receivedAt.isAfter(now.plusSeconds(300))) {
            throw DomainException.invalidField("receivedAt", "PastOrPresent", "must not be in the future");
        }
        PurchaseOrder po = orders.lock(purchaseOrderId)
                .orElseThrow(() -> DomainException.notFound("Purchase order", purchaseOrderId));
        String actor = Actor.current();
        List<ReceivedLine> booked = po.receive(actor, command.lines(),
                settings.current().overReceiptTolerancePercent());
        UUID receiptId = UUID.randomUUID();
        String number = numbers.next("GR");
        receipts.insert(receiptId, number, po, booked, receivedAt, actor, command.deliveryNoteNumber(),
                command.note());
        orders.save(po, now);
        events.received(po, receiptId, number, receivedAt, booked, PurchaseOrderService.CURRENCY);
        return queries.receipt(receiptId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public GoodsReceiptView receipt(UUID purchaseOrderId, UUID receiptId) {
        return queries.receipt(receiptId).filter(r -> r.purchaseOrderId().equals(purchaseOrderId))
                .orElseThrow(() -> DomainException.notFound("Goods receipt", receiptId));
    }

    @Transactional(readOnly = true)
    public List<GoodsReceiptView> receipts(UUID purchaseOrderId) {
        queries.view(purchaseOrderId).orElseThrow(() -> DomainException.notFound("Purchase order", purchaseOrderId));
        return queries.receipts(purchaseOrderId);
    }
}
