package dev.pitlane.gst;

/**
 * Inside the supplier's state a supply bears central tax and state (or union territory) tax, each at half the rate;
 * across states it bears integrated tax at the whole rate (IGST Act s.7 and s.8).
 */
public enum SupplyType {
    INTRA_STATE,
    INTER_STATE;

    public static SupplyType of(GstState supplierState, PlaceOfSupply placeOfSupply) {
        return supplierState == placeOfSupply.state() ? INTRA_STATE : INTER_STATE;
    }
}
