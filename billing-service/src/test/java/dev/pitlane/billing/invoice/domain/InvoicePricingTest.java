package dev.pitlane.billing.invoice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.gst.GstCalculator;
import dev.pitlane.gst.GstRateTable;
import dev.pitlane.gst.GstRuleViolation;
import dev.pitlane.gst.GstState;
import dev.pitlane.gst.Gstin;
import dev.pitlane.gst.SupplyType;
import dev.pitlane.gst.TaxedDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoicePricingTest {

    static final LocalDate DAY = LocalDate.of(2025, 10, 15);
    static final Gstin KARNATAKA_BUSINESS = new Gstin("29AAACB1234C1ZB");

    private final InvoicePricing pricing = new InvoicePricing(new GstCalculator(GstRateTable.standard()));

    static DraftLine labour(String hours, String rate) {
        return new DraftLine(LineKind.LABOUR, null, "General service labour", "998714", new BigDecimal(hours), "HRS",
                new BigDecimal(rate), false, null, null);
    }

    static DraftLine part(String qty, String price, String discountPercent) {
        return new DraftLine(LineKind.PART, null, "Brake pad set", "87083000", new BigDecimal(qty), "SET",
                new BigDecimal(price), false, discountPercent == null ? null : new BigDecimal(discountPercent), null);
    }

    static Party walkIn(GstState state) {
        return new Party("Asha Rao", "12 MG Road", null, "Pune", "411001", state, null);
    }

    @Test
    void aJobForALocalCustomerBearsCgstAndSgstAndRoundsToTheRupee() {
        TaxedDocument doc = pricing.price(InvoiceSource.JOB_CARD, GstState.MAHARASHTRA,
                walkIn(GstState.MAHARASHTRA), DAY, List.of(labour("1.5", "850.00"), part("1", "1999.99", "10")));

        assertThat(doc.supplyType()).isEqualTo(SupplyType.INTRA_STATE);
        assertThat(doc.taxableValue()).isEqualByComparingTo("3074.99");
        assertThat(doc.tax().cgst()).isEqualByComparingTo(doc.tax().sgst());
        assertThat(doc.grandTotal().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        assertThat(doc.taxableValue().add(doc.tax().total()).add(doc.roundOff())).isEqualByComparingTo(doc.grandTotal());
    }

    @Test
    void aJobForABusinessRegisteredInAnotherStateBearsIgst() {
        Party business = new Party("Bharat Logistics", "4 Ring Road", null, "Bengaluru", "560001",
                GstState.KARNATAKA, KARNATAKA_BUSINESS);

        TaxedDocument doc = pricing.price(InvoiceSource.JOB_CARD, GstState.MAHARASHTRA, business, DAY,
                List.of(labour("2", "1000.00")));

        assertThat(doc.supplyType()).isEqualTo(SupplyType.INTER_STATE);
        assertThat(doc.placeOfSupply().state()).isEqualTo(GstState.KARNATAKA);
        assertThat(doc.tax().igst()).isEqualByComparingTo("360.00");
        assertThat(doc.tax().cgst()).isEqualByComparingTo("0");
    }

    @Test
    void partsSoldOverTheCounterAreTaxedAtTheCounterWhereverTheBuyerIsRegistered() {
        Party business = new Party("Bharat Logistics", null, null, null, null, null, KARNATAKA_BUSINESS);

        TaxedDocument doc = pricing.price(InvoiceSource.COUNTER_SALE, GstState.MAHARASHTRA, business, DAY,
                List.of(part("2", "500.00", null)));

        assertThat(doc.supplyType()).isEqualTo(SupplyType.INTRA_STATE);
        assertThat(doc.tax().cgst()).isEqualByComparingTo("90.00");
    }

    @Test
    void aTaxInclusivePriceIsWhatTheCustomerPays() {
        DraftLine inclusive = new DraftLine(LineKind.PART, null, "Engine oil 1L", "27101980", new BigDecimal("1"),
                "LTR", new BigDecimal("590.00"), true, null, null);

        TaxedDocument doc = pricing.price(InvoiceSource.COUNTER_SALE, GstState.MAHARASHTRA, null, DAY,
                List.of(inclusive));

        assertThat(doc.taxableValue()).isEqualByComparingTo("500.00");
        assertThat(doc.grandTotal()).isEqualByComparingTo("590.00");
    }

    @Test
    void aLineTheGstModuleCannotTaxIsRefusedWithItsCode() {
        DraftLine badHsn = new DraftLine(LineKind.PART, null, "Mystery part", "12", BigDecimal.ONE, "NOS",
                BigDecimal.TEN, false, null, null);

        assertThatThrownBy(() -> pricing.price(InvoiceSource.MANUAL, GstState.MAHARASHTRA, null, DAY, List.of(badHsn)))
                .isInstanceOfSatisfying(GstRuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("gst.invalid-hsn-sac"));
    }

    @Test
    void aLineWithTwoDiscountsOrAnUnknownUnitIsRefused() {
        assertThatThrownBy(() -> new DraftLine(LineKind.PART, null, "Pad", "8708", BigDecimal.ONE, "NOS",
                BigDecimal.TEN, false, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("invoice.invalid-line");
        assertThatThrownBy(() -> new DraftLine(LineKind.PART, null, "Pad", "8708", BigDecimal.ONE, "pieces",
                BigDecimal.TEN, false, null, null))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("invoice.invalid-line");
    }

    @Test
    void issuingNeedsARegisteredRecipientsAddressAndAnUnregisteredOnesAboveFiftyThousand() {
        Party nameOnly = new Party("Asha Rao", null, null, null, null, null, null);
        Party registeredNoAddress = new Party("Bharat Logistics", null, null, null, null, null, KARNATAKA_BUSINESS);

        RecipientRules.checkIssuable(nameOnly, new BigDecimal("49999.00"));
        assertThatThrownBy(() -> RecipientRules.checkIssuable(nameOnly, new BigDecimal("50000.00")))
                .extracting("code").isEqualTo("invoice.recipient-address-missing");
        assertThatThrownBy(() -> RecipientRules.checkIssuable(registeredNoAddress, new BigDecimal("10.00")))
                .extracting("code").isEqualTo("invoice.recipient-address-missing");
        assertThatThrownBy(() -> RecipientRules.checkIssuable(
                new Party(" ", null, null, null, null, null, null), BigDecimal.TEN))
                .extracting("code").isEqualTo("invoice.recipient-name-missing");
        RecipientRules.checkIssuable(walkIn(GstState.MAHARASHTRA), new BigDecimal("75000.00"));
    }
}
