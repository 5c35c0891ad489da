package dev.pitlane.procurement.purchaseorder.application;

import dev.pitlane.procurement.supplier.application.SupplierSnapshot;
import dev.pitlane.procurement.supplier.domain.NotificationChannel;

/** Port: tells a supplier about an order placed with it, through the channel the supplier chose. */
public interface SupplierNotifier {

    NotificationChannel channel();

    /**
     * @return a short account of the delivery (shown on the order's notification history)
     * @throws SupplierNotificationFailed when the supplier could not be reached or refused the notice
     */
    String send(SupplierSnapshot supplier, OrderNotice notice);

    class SupplierNotificationFailed extends RuntimeException {
        public SupplierNotificationFailed(String message) {
            super(message);
        }
    }
}
