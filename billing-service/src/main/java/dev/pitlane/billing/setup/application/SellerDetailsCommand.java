package dev.pitlane.billing.setup.application;

public record SellerDetailsCommand(String legalName, String tradeName, String addressLine1, String addressLine2,
                                   String city, String postalCode, String stateCode, String gstin) {
}
