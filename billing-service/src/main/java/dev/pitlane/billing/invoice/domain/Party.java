package dev.pitlane.billing.invoice.domain;

import dev.pitlane.gst.GstState;
import dev.pitlane.gst.Gstin;

/**
 * A supplier or recipient as a tax invoice prints it (Rule 46(a), (d), (e), (f)). For a recipient every part but the
 * name may be missing on a draft; {@link RecipientRules} decides what issuing needs.
 *
 * @param state the state of the address (its name and code are printed); null when no address is on record
 * @param gstin null for an unregistered recipient
 */
public record Party(String name, String addressLine1, String addressLine2, String city, String postalCode,
                   GstState state, Gstin gstin) {

    public boolean hasAddress() {
        return notBlank(addressLine1) && notBlank(city) && notBlank(postalCode) && state != null;
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
