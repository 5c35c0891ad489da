package dev.pitlane.procurement.supplier.application;

import dev.pitlane.procurement.supplier.domain.NotificationChannel;

import java.util.UUID;

/** What other features need to know of a supplier: whether it can be ordered from, and how to reach it. */
public record SupplierSnapshot(UUID id, String name, String email, String gstin, int paymentTermsDays,
                               int leadTimeDays, NotificationChannel notificationChannel, String webhookUrl,
                               String webhookSecret, boolean active) {
}
