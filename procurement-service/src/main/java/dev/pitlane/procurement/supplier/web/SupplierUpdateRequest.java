package dev.pitlane.procurement.supplier.web;

import dev.pitlane.procurement.supplier.application.Address;
import dev.pitlane.procurement.supplier.application.SupplierDetails;
import dev.pitlane.procurement.supplier.domain.NotificationChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Replace a supplier's details; {@code version} is the one last read. An omitted webhook secret is kept. */
record SupplierUpdateRequest(@NotBlank @Size(max = 200) String name,
                             @Size(max = 200) String contactName,
                             @Email @Size(max = 200) String email,
                             @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "must be a phone number") String phone,
                             @Valid Address address,
                             @Size(max = 15) String gstin,
                             @NotNull @Min(0) @Max(365) Integer paymentTermsDays,
                             @NotNull @Min(0) @Max(365) Integer leadTimeDays,
                             NotificationChannel notificationChannel,
                             @Size(max = 500) String webhookUrl,
                             @Size(min = 16, max = 200) String webhookSecret,
                             @NotNull Long version) {

    SupplierDetails details() {
        return new SupplierDetails(name, contactName, email, phone, address, gstin, paymentTermsDays, leadTimeDays,
                notificationChannel, webhookUrl, webhookSecret);
    }
}
