package dev.pitlane.procurement.purchaseorder.messaging;

import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrder;
import dev.pitlane.procurement.purchaseorder.domain.ReceivedLine;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events of topic {@code procurement.purchase-order.v1}, written to the outbox in the transaction of the change.
 * Schemas: {@code contracts/events/procurement-service/<EventType>.v1.schema.json}.
 */
@Component
public class PurchaseOrderEvents {

    public static final String TOPIC = "procurement.purchase-order.v1";
    public static final String AGGREGATE = "PurchaseOrder";
    public static final String ORDERED = "PurchaseOrderOrdered";
    public static final String RECEIVED = "PurchaseOrderReceived";

    public record PurchaseOrderOrdered(UUID purchaseOrderId, String number, UUID supplierId, UUID deliveryLocationId,
                                       Instant orderedAt, LocalDate expectedDeliveryDate, String currency,
                                       BigDecimal subtotal, BigDecimal taxTotal, BigDecimal total,
                                       List<OrderedLine> lines) {
    }

    public record OrderedLine(UUID lineId, UUID itemId, String sku, String description, BigDecimal quantity,
                              BigDecimal unitPrice, BigDecimal taxRate, BigDecimal totalAmount) {
    }

    public record PurchaseOrderReceived(UUID purchaseOrderId, String purchaseOrderNumber, UUID receiptId,
                                        String receiptNumber, UUID supplierId, UUID locationId, Instant receivedAt,
                                        List<ReceivedItem> lines) {
    }

    /**
     * {@code quantity} is the accepted quantity only; rejected goods never enter stock. {@code netAmount} and
     * {@code taxAmount} are the receipt line's own money, so that a reader's purchase figures equal ours.
     */
    public record ReceivedItem(UUID lineId, UUID itemId, BigDecimal quantity, BigDecimal unitCost, String currency,
                               String sku, BigDecimal taxRate, BigDecimal netAmount, BigDecimal taxAmount) {
    }

    private final Outbox outbox;

    PurchaseOrderEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void ordered(PurchaseOrder po, String currency) {
        var totals = po.amounts();
        List<OrderedLine> lines = po.lines().stream().map(l -> new OrderedLine(l.id(), l.itemId(), l.sku(),
                l.description(), l.quantity(), l.unitPrice(), l.taxRate(), l.amounts().total())).toList();
        outbox.append(OutgoingEvent.v1(TOPIC, AGGREGATE, po.id(), ORDERED, new PurchaseOrderOrdered(po.id(),
                po.number(), po.supplierId(), po.deliveryLocationId(), po.orderedAt(), po.expectedDeliveryDate(),
                currency, totals.net(), totals.tax(), totals.total(), lines)));
    }

    /** Nothing is published for a receipt that accepted nothing (everything rejected): no stock moves. */
    public void received(PurchaseOrder po, UUID receiptId, String receiptNumber, Instant receivedAt,
                         List<ReceivedLine> booked, String currency) {
        List<ReceivedItem> accepted = booked.stream().filter(b -> b.accepted().signum() > 0)
                .map(b -> new ReceivedItem(b.line().id(), b.line().itemId(), b.accepted(), b.unitCost(), currency,
                        b.line().sku(), b.line().taxRate(), b.amounts().net(), b.amounts().tax()))
                .toList();
        if (accepted.isEmpty()) {
            return;
        }
        outbox.append(OutgoingEvent.v1(TOPIC, AGGREGATE, po.id(), RECEIVED, new PurchaseOrderReceived(po.id(),
                po.number(), receiptId, receiptNumber, po.supplierId(), po.deliveryLocationId(), receivedAt,
                accepted)));
    }
}
