package dev.pitlane.procurement.purchaseorder.web;

import java.time.LocalDate;

/** Without a date, the goods are expected after the supplier's lead time. */
record OrderRequest(LocalDate expectedDeliveryDate) {
}
