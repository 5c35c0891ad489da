package dev.pitlane.billing.setup.application;

import dev.pitlane.gst.GstState;
import dev.pitlane.gst.Gstin;

/** The supplier a service center's invoices name (Rule 46(a)). */
public record Seller(String legalName, String tradeName, String addressLine1, String addressLine2, String city,
                     String postalCode, GstState state, Gstin gstin) {
}
