package dev.pitlane.gst;

import java.util.Objects;

/**
 * Where a supply is taxed, and which rule decided it. The state decides between CGST+SGST/UTGST (the supplier's own
 * state) and IGST (any other). Rule 46(1)(p) asks for it, with the state's name, on an inter-state tax invoice; printing it on
 * every invoice does no harm.
 */
public record PlaceOfSupply(GstState state, Basis basis) {

    public enum Basis {
        /** Service to a registered person: their location, from the GSTIN (IGST Act s.12(2)(a)). */
        RECIPIENT_REGISTRATION,
        /** Service to an unregistered person whose address is on record (s.12(2)(b)(i)). */
        RECIPIENT_ADDRESS,
        /** Service with no recipient address on record (s.12(2)(b)(ii)), or goods handed over at the counter (s.10(1)(d)). */
        SUPPLIER_LOCATION,
        /** Goods moved to the recipient: where the movement ends (s.10(1)(a)). */
        DELIVERY_ADDRESS
    }

    public PlaceOfSupply {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * A service inside India (job card labour, and in this suite the parts fitted in the job): the registered
     * recipient's state, else the state of the address on record, else the supplier's.
     *
     * @param recipientGstin        null when the customer is not registered
     * @param recipientAddressState null when no address is on record
     */
    public static PlaceOfSupply forServices(GstState supplierState, Gstin recipientGstin, GstState recipientAddressState) {
        Objects.requireNonNull(supplierState, "supplierState");
        if (recipientGstin != null) {
            return new PlaceOfSupply(recipientGstin.state(), Basis.RECIPIENT_REGISTRATION);
        }
        if (recipientAddressState != null) {
            return new PlaceOfSupply(recipientAddressState, Basis.RECIPIENT_ADDRESS);
        }
        return new PlaceOfSupply(supplierState, Basis.SUPPLIER_LOCATION);
    }

    /**
     * Goods sold over the counter: handed over at the counter (the supplier's state) unless they are sent to a
     * delivery address, where the movement ends.
     *
     * @param deliveryState null when the buyer takes the goods at the counter
     */
    public static PlaceOfSupply forGoodsOverCounter(GstState supplierState, GstState deliveryState) {
        Objects.requireNonNull(supplierState, "supplierState");
        return deliveryState == null
                ? new PlaceOfSupply(supplierState, Basis.SUPPLIER_LOCATION)
                : new PlaceOfSupply(deliveryState, Basis.DELIVERY_ADDRESS);
    }

    /** As an invoice prints it: "27-Maharashtra". */
    public String printed() {
        return state.code() + "-" + state.displayName();
    }
}
