package dev.pitlane.gst;

import org.junit.jupiter.api.Test;

import static dev.pitlane.gst.GstState.KARNATAKA;
import static dev.pitlane.gst.GstState.MAHARASHTRA;
import static dev.pitlane.gst.GstState.TAMIL_NADU;
import static org.assertj.core.api.Assertions.assertThat;

class PlaceOfSupplyTest {

    private static final Gstin KARNATAKA_REGISTERED = new Gstin("29AAGCB7383J1Z4");

    @Test
    void serviceToARegisteredPersonIsTheirRegistrationsState() {
        var pos = PlaceOfSupply.forServices(MAHARASHTRA, KARNATAKA_REGISTERED, TAMIL_NADU);
        assertThat(pos).isEqualTo(new PlaceOfSupply(KARNATAKA, PlaceOfSupply.Basis.RECIPIENT_REGISTRATION));
        assertThat(SupplyType.of(MAHARASHTRA, pos)).isEqualTo(SupplyType.INTER_STATE);
    }

    @Test
    void serviceToAnUnregisteredPersonIsTheirAddressElseTheSuppliers() {
        assertThat(PlaceOfSupply.forServices(MAHARASHTRA, null, TAMIL_NADU))
                .isEqualTo(new PlaceOfSupply(TAMIL_NADU, PlaceOfSupply.Basis.RECIPIENT_ADDRESS));
        var noAddress = PlaceOfSupply.forServices(MAHARASHTRA, null, null);
        assertThat(noAddress).isEqualTo(new PlaceOfSupply(MAHARASHTRA, PlaceOfSupply.Basis.SUPPLIER_LOCATION));
        assertThat(SupplyType.of(MAHARASHTRA, noAddress)).isEqualTo(SupplyType.INTRA_STATE);
    }

    @Test
    void goodsOverTheCounterAreTheCounterUnlessDelivered() {
        assertThat(PlaceOfSupply.forGoodsOverCounter(KARNATAKA, null))
                .isEqualTo(new PlaceOfSupply(KARNATAKA, PlaceOfSupply.Basis.SUPPLIER_LOCATION));
        assertThat(PlaceOfSupply.forGoodsOverCounter(KARNATAKA, TAMIL_NADU))
                .isEqualTo(new PlaceOfSupply(TAMIL_NADU, PlaceOfSupply.Basis.DELIVERY_ADDRESS));
    }

    @Test
    void printedWithTheStatesName() {
        assertThat(PlaceOfSupply.forServices(MAHARASHTRA, null, null).printed()).isEqualTo("27-Maharashtra");
    }
}
