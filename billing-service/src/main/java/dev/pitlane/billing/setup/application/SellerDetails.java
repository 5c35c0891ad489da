package dev.pitlane.billing.setup.application;

import dev.pitlane.gst.GstState;
import dev.pitlane.gst.Gstin;
import java.time.Instant;
import java.util.UUID;

public record SellerDetails(UUID serviceCenterId, String legalName, String tradeName, String addressLine1,
                            String addressLine2, String city, String postalCode, String stateCode, String stateName,
                            String gstin, Instant updatedAt, long version) {

    public Seller seller() {
        return new Seller(legalName, tradeName, addressLine1, addressLine2, city, postalCode,
                GstState.ofCode(stateCode), new Gstin(gstin));
    }
}
