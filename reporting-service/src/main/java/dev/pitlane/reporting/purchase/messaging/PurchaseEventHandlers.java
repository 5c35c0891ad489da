package dev.pitlane.reporting.purchase.messaging;

import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.reporting.purchase.persistence.SupplierPurchaseModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * procurement's PurchaseOrderReceived feeding read model "supplier-purchases": one supplier purchase per accepted
 * receipt line, idempotent per line, as a rebuild replays it beside the live consumer.
 */
@Configuration(proxyBeanMethods = false)
class PurchaseEventHandlers {

    record PurchaseOrderReceived(UUID purchaseOrderId, String purchaseOrderNumber, UUID receiptId,
                                 String receiptNumber, UUID supplierId, UUID locationId, Instant receivedAt,
                                 List<Line> lines) {
    }

    /** {@code sku}, {@code netAmount} and {@code taxAmount} are absent in older events. */
    record Line(UUID lineId, UUID itemId, BigDecimal quantity, BigDecimal unitCost, String currency, String sku,
                BigDecimal netAmount, BigDecimal taxAmount) {
    }

    private final SupplierPurchaseModel model;

    PurchaseEventHandlers(SupplierPurchaseModel model) {
        this.model = model;
    }

    @Bean
    EventHandlers purchaseEvents() {
        return EventHandlers.forTopic("procurement.purchase-order.v1")
                .on("PurchaseOrderReceived", PurchaseOrderReceived.class, this::onReceived)
                .build();
    }

    private void onReceived(PurchaseOrderReceived e) {
        model.received(e.lines().stream().map(l -> new SupplierPurchaseModel.Purchase(e.receiptId(), l.lineId(),
                e.receiptNumber(), e.purchaseOrderId(), e.purchaseOrderNumber(), e.supplierId(), l.itemId(), l.sku(),
                e.locationId(), e.receivedAt(), l.quantity(), l.unitCost(), l.currency(), l.netAmount(),
                l.taxAmount())).toList());
    }
}
