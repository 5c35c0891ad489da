package dev.pitlane.procurement.supplier.application;

import dev.pitlane.procurement.supplier.domain.NotificationChannel;

import java.time.Instant;
import java.util.UUID;

/** A supplier as the API shows it; the webhook secret is never shown, only whether one is set. */
public record SupplierView(UUID id, String name, String contactName, String email, String phone, Address address,
                           String gstin, int paymentTermsDays, int leadTimeDays,
                           NotificationChannel notificationChannel, String webhookUrl, boolean webhookSecretSet,
                           boolean deleted, Instant createdAt, Instant updatedAt, Instant deletedAt, long version) {
}
