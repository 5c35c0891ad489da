package dev.pitlane.procurement.purchaseorder.notification;

import dev.pitlane.procurement.purchaseorder.application.OrderNotice;
import dev.pitlane.procurement.purchaseorder.application.SupplierNotifier;
import dev.pitlane.procurement.supplier.application.SupplierSnapshot;
import dev.pitlane.procurement.supplier.domain.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The default channel: the order goes to the log (devstack, and suppliers a buyer phones or mails by hand). */
@Component
class LoggingSupplierNotifier implements SupplierNotifier {

    private static final Logger log = LoggerFactory.getLogger(LoggingSupplierNotifier.class);

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.LOG;
    }

    @Override
    public String send(SupplierSnapshot supplier, OrderNotice notice) {
        log.info("Purchase order {} placed with supplier {} ({}): {} lines, total {} {}, expected {}",
                notice.number(), supplier.name(), supplier.email() == null ? "no e-mail" : supplier.email(),
                notice.lines().size(), notice.total(), notice.currency(), notice.expectedDeliveryDate());
        return "written to the log";
    }
}
