package dev.pitlane.customer.customer.web;

import dev.pitlane.customer.customer.domain.Address;
import dev.pitlane.customer.customer.domain.CustomerInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The whole customer as it should be, and the {@code version} it was read at (a stale one is 409). */
record CustomerUpdateRequest(String type, String name, String phone, String alternatePhone, String email,
                             String gstin, List<Address> addresses, Boolean smsConsent, Boolean emailConsent,
                             String notes, @NotNull @Schema(example = "0") Long version) {

    CustomerInput input() {
        return new CustomerInput(type, name, phone, alternatePhone, email, gstin, addresses, smsConsent, emailConsent,
                notes);
    }
}
