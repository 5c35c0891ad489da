package dev.pitlane.procurement.supplier.application;

import dev.pitlane.procurement.supplier.domain.NotificationChannel;

/** What a client may set on a supplier (create and update alike). */
public record SupplierDetails(String name, String contactName, String email, String phone, Address address,
                              String gstin, int paymentTermsDays, int leadTimeDays,
                              NotificationChannel notificationChannel, String webhookUrl, String webhookSecret) {
}
