package dev.pitlane.customer.customer.domain;

import java.util.List;

/** A customer as a person or a file gives it: raw text, checked and normalized by {@link CustomerDetails#from}. */
public record CustomerInput(String type, String name, String phone, String alternatePhone, String email, String gstin,
                            List<Address> addresses, Boolean smsConsent, Boolean emailConsent, String notes) {
}
