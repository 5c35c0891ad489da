package dev.pitlane.procurement.purchaseorder.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderStatus;
import dev.pitlane.procurement.purchaseorder.persistence.PurchaseOrderQueries;
import dev.pitlane.procurement.purchaseorder.persistence.SupplierNotificationRepository;
import dev.pitlane.procurement.shared.application.Actor;
import dev.pitlane.procurement.supplier.application.SupplierDirectory;
import dev.pitlane.procurement.supplier.application.SupplierSnapshot;
import dev.pitlane.procurement.supplier.domain.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the supplier about an ordered purchase order and records each attempt. A failed attempt is recorded, not
 * retried forever: it shows on the order and a buyer can send it again.
 */
@Service
public class SupplierNotificationService {

    private static final Logger log = LoggerFactory.getLogger(SupplierNotificationService.class);

    private final PurchaseOrderQueries queries;
    private final SupplierDirectory suppliers;
    private final SupplierNotificationRepository attempts;
    private final Map<NotificationChannel, SupplierNotifier> notifiers = new EnumMap<>(NotificationChannel.class);
    private final Clock clock;

    SupplierNotificationService(PurchaseOrderQueries queries, SupplierDirectory suppliers,
                                SupplierNotificationRepository attempts, List<SupplierNotifier> notifiers,
                                Clock clock) {
        this.queries = queries;
        this.suppliers = suppliers;
        this.attempts = attempts;
        notifiers.forEach(n -> this.notifiers.put(n.channel(), n));
        this.clock = clock;
    }

    /** @param deliveryId the same for every delivery of the same notice (the event id when an event triggers it) */
    @Transactional
    public SupplierNotificationView notifyOrdered(UUID purchaseOrderId, UUID deliveryId) {
        PurchaseOrderView po = queries.view(purchaseOrderId)
                .orElseThrow(() -> DomainException.notFound("Purchase order", purchaseOrderId));
        if (po.orderedAt() == null || po.status() == PurchaseOrderStatus.CANCELLED) {
            throw DomainException.conflict("not-ordered", "Purchase order " + po.number() + " is " + po.status()
                    + "; only ordered purchase orders are sent to the supplier");
        }
        SupplierSnapshot supplier = suppliers.supplier(po.supplierId()).orElseThrow();
        SupplierNotifier notifier = notifiers.get(supplier.notificationChannel());
        String status;
        String detail;
        // a webhook cannot be rolled back: a retried request never gets here (its Idempotency-Key is claimed before
        // the handler runs), and a redelivered event is dropped by the inbox
        try {
            detail = notifier.send(supplier, notice(po, deliveryId));
            status = "SENT";
        } catch (SupplierNotifier.SupplierNotificationFailed e) {
            log.warn("Could not notify supplier {} of {}: {}", supplier.id(), po.number(), e.getMessage());
            detail = e.getMessage();
            status = "FAILED";
        }
        attempts.record(po.id(), supplier.id(), supplier.notificationChannel().name(), status, detail,
                clock.instant(), Actor.current());
        List<SupplierNotificationView> all = queries.notifications(po.id());
        return all.get(all.size() - 1);
    }

    /**
     * For the {@code PurchaseOrderOrdered} event: an order cancelled before the event was handled is not sent.
     */
    @Transactional
    public void onOrdered(UUID purchaseOrderId, UUID deliveryId) {
        PurchaseOrderStatus status = queries.view(purchaseOrderId).map(PurchaseOrderView::status).orElse(null);
        if (status == null || status == PurchaseOrderStatus.CANCELLED) {
            log.info("Purchase order {} is {} by now; the supplier is not notified", purchaseOrderId,
                    status == null ? "gone" : status);
            return;
        }
        notifyOrdered(purchaseOrderId, deliveryId);
    }

    @Transactional(readOnly = true)
    public List<SupplierNotificationView> attempts(UUID purchaseOrderId) {
        queries.view(purchaseOrderId).orElseThrow(() -> DomainException.notFound("Purchase order", purchaseOrderId));
        return queries.notifications(purchaseOrderId);
    }

    private static OrderNotice notice(PurchaseOrderView po, UUID deliveryId) {
        return new OrderNotice(deliveryId, TenantContext.organizationId(), po.id(), po.number(), po.orderedAt(),
                po.expectedDeliveryDate(), po.deliveryLocationId(), po.currency(), po.subtotal(), po.taxTotal(),
                po.total(), po.lines().stream().map(l -> new OrderNotice.Line(l.lineNumber(), l.itemId(), l.sku(),
                        l.description(), l.quantity(), l.unitPrice(), l.taxRate(), l.totalAmount())).toList());
    }
}
