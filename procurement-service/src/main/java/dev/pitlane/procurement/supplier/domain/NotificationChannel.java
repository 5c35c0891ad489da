package dev.pitlane.procurement.supplier.domain;

/** How a supplier hears about a purchase order placed with it. */
public enum NotificationChannel {
    /** Written to the service log (devstack, suppliers reached by phone). */
    LOG,
    /** An HTTP POST to the supplier's endpoint, signed with HMAC-SHA256 over the body. */
    WEBHOOK
}
