package dev.pitlane.customer.customer.web;

import dev.pitlane.customer.customer.domain.Address;
import dev.pitlane.customer.customer.domain.CustomerInput;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A new customer. Phones in any format (stored E.164); {@code gstin} only for a business. */
@Schema(example = """
        {"type":"INDIVIDUAL","name":"Priya Sharma","phone":"98200 12345","email":"priya.sharma@example.com",
         "addresses":[{"label":"HOME","line1":"12 Carter Road","city":"Mumbai","state":"Maharashtra",
         "postalCode":"400050","country":"IN"}],"smsConsent":true,"emailConsent":false}""")
record CustomerRequest(@Schema(allowableValues = {"INDIVIDUAL", "BUSINESS"}) String type, String name, String phone,
                       String alternatePhone, String email, String gstin, List<Address> addresses, Boolean smsConsent,
                       Boolean emailConsent, String notes) {

    CustomerInput input() {
        return new CustomerInput(type, name, phone, alternatePhone, email, gstin, addresses, smsConsent, emailConsent,
                notes);
    }
}
