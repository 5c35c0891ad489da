package dev.pitlane.gst;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static dev.pitlane.gst.GstState.CHANDIGARH;
import static dev.pitlane.gst.GstState.KARNATAKA;
import static dev.pitlane.gst.GstState.MAHARASHTRA;
import static dev.pitlane.gst.GstState.PUNJAB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked examples, each figure computed by hand from the rules in the README. */
class GstCalculatorCasesTest {

    private static final GstCalculator CALCULATOR = new GstCalculator(GstRateTable.standard());
    private static final LocalDate AFTER_GST_2 = LocalDate.of(2025, 10, 1);
    private static final Gstin MAHARASHTRA_CUSTOMER = new Gstin("27AAACR5055K1Z7");
    private static final Gstin KARNATAKA_CUSTOMER = new Gstin("29AAGCB7383J1Z4");

    /** Labour 1.5 h at 1,200.00 and two parts at 1,499.50: taxable 4,799.00, tax 18 % = 863.82. */
    private static final List<SupplyLine> SERVICE_AND_PARTS = List.of(
            SupplyLine.of("998714", "1.5", "1200.00"),
            SupplyLine.of("87089900", "2", "1499.50"));

    record Case(String name, GstState supplier, PlaceOfSupply placeOfSupply, LocalDate date, List<SupplyLine> lines,
                String taxable, String cgst, String sgst, String utgst, String igst, String roundOff, String grandTotal) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("intra-state, registered customer", MAHARASHTRA,
                        PlaceOfSupply.forServices(MAHARASHTRA, MAHARASHTRA_CUSTOMER, null), AFTER_GST_2, SERVICE_AND_PARTS,
                        "4799.00", "431.91", "431.91", "0.00", "0.00", "0.18", "5663.00"),
                new Case("inter-state, registered customer in another state", MAHARASHTRA,
                        PlaceOfSupply.forServices(MAHARASHTRA, KARNATAKA_CUSTOMER, MAHARASHTRA), AFTER_GST_2,
                        SERVICE_AND_PARTS,
                        "4799.00", "0.00", "0.00", "0.00", "863.82", "0.18", "5663.00"),
                new Case("unregistered customer, address in another state: IGST", MAHARASHTRA,
                        PlaceOfSupply.forServices(MAHARASHTRA, null, KARNATAKA), AFTER_GST_2,
                        List.of(SupplyLine.of("9987", "1", "999.99")),
                        "999.99", "0.00", "0.00", "0.00", "180.00", "0.01", "1180.00"),
                new Case("unregistered customer, no address: the center's state", MAHARASHTRA,
                        PlaceOfSupply.forServices(MAHARASHTRA, null, null), AFTER_GST_2,
                        List.of(SupplyLine.of("9987", "1", "999.99")),
                        "999.99", "90.00", "90.00", "0.00", "0.00", "0.01", "1180.00"),
                new Case("union territory without legislature: CGST + UTGST", CHANDIGARH,
                        PlaceOfSupply.forServices(CHANDIGARH, null, CHANDIGARH), AFTER_GST_2,
                        List.of(SupplyLine.of("8708", "1", "1000.00")),
                        "1000.00", "90.00", "0.00", "90.00", "0.00", "0.00", "1180.00"),
                new Case("union territory to a state: IGST", CHANDIGARH,
                        PlaceOfSupply.forServices(CHANDIGARH, null, PUNJAB), AFTER_GST_2,
                        List.of(SupplyLine.of("8708", "1", "1000.00")),
                        "1000.00", "0.00", "0.00", "0.00", "180.00", "0.00", "1180.00"),
                new Case("percent discount before tax: 4 x 250.00 less 10 %", MAHARASHTRA,
                        PlaceOfSupply.forGoodsOverCounter(MAHARASHTRA, null), AFTER_GST_2,
                        List.of(SupplyLine.of("8708", "4", "250.00").withDiscount(Discount.percent(new BigDecimal("10")))),
                        "900.00", "81.00", "81.00", "0.00", "0.00", "0.00", "1062.00"),
                new Case("amount discount; half of 9 % of 850.50 is 76.545, half up 76.55 (half even would say 76.54)",
                        MAHARASHTRA, PlaceOfSupply.forServices(MAHARASHTRA, null, null), AFTER_GST_2,
                        List.of(SupplyLine.of("9987", "1", "1000.00").withDiscount(Discount.amount(new BigDecimal("149.50")))),
                        "850.50", "76.55", "76.55", "0.00", "0.00", "0.40", "1004.00"),
                new Case("tax-inclusive 1,180.00 at 18 %", MAHARASHTRA,
                        PlaceOfSupply.forGoodsOverCounter(MAHARASHTRA, null), AFTER_GST_2,
                        List.of(SupplyLine.of("8708", "1", "1180.00").taxInclusive()),
                        "1000.00", "90.00", "90.00", "0.00", "0.00", "0.00", "1180.00"),
                new Case("tax-inclusive 1,000.07: 847.52 would give 1,000.08, the neighbour 847.51 gives it exactly",
                        MAHARASHTRA, PlaceOfSupply.forGoodsOverCounter(MAHARASHTRA, null), AFTER_GST_2,
                        List.of(SupplyLine.of("8708", "1", "1000.07").taxInclusive()),
                        "847.51", "76.28", "76.28", "0.00", "0.00", "-0.07", "1000.00"),
                new Case("tax-inclusive 999.00 intra-state: no taxable value reproduces it, a paisa goes to round-off",
                        MAHARASHTRA, PlaceOfSupply.forGoodsOverCounter(MAHARASHTRA, null), AFTER_GST_2,
                        List.of(SupplyLine.of("8708", "1", "999.00").taxInclusive()),
                        "846.61", "76.19", "76.19", "0.00", "0.00", "0.01", "999.00"),
                new Case("tax-inclusive with an inclusive amount discount", MAHARASHTRA,
                        PlaceOfSupply.forGoodsOverCounter(MAHARASHTRA, null), AFTER_GST_2,
                        List.of(SupplyLine.of("8708", "2", "700.00").taxInclusive()
                                .withDiscount(Discount.amount(new BigDecimal("220.00")))),
                        "1000.00", "90.00", "90.00", "0.00", "0.00", "0.00", "1180.00"),
                new Case("auto part on 21 Sep 2025: 28 %", MAHARASHTRA,
                        PlaceOfSupply.forGoodsOverCounter(MAHARASHTRA, null), LocalDate.of(2025, 9, 21),
                        List.of(SupplyLine.of("87089900", "1", "1000.00")),
                        "1000.00", "140.00", "140.00", "0.00", "0.00", "0.00", "1280.00"),
                new Case("auto part on 22 Sep 2025: 18 %", MAHARASHTRA,
                        PlaceOfSupply.forGoodsOverCounter(MAHARASHTRA, null), LocalDate.of(2025, 9, 22),
                        List.of(SupplyLine.of("87089900", "1", "1000.00")),
                        "1000.00", "90.00", "90.00", "0.00", "0.00", "0.00", "1180.00"),
                new Case("round-off up by exactly half a rupee", MAHARASHTRA,
                        PlaceOfSupply.forServices(MAHARASHTRA, null, null), AFTER_GST_2,
                        List.of(SupplyLine.of("9987", "1", "423.30")),
                        "423.30", "38.10", "38.10", "0.00", "0.00", "0.50", "500.00"),
                new Case("round-off down", MAHARASHTRA,
                        PlaceOfSupply.forServices(MAHARASHTRA, null, null), AFTER_GST_2,
                        List.of(SupplyLine.of("9987", "1", "1000.35")),
                        "1000.35", "90.03", "90.03", "0.00", "0.00", "-0.41", "1180.00"),
                new Case("lubricant by the litre: 3.5 l at 450.00, delivered to another state", KARNATAKA,
                        PlaceOfSupply.forGoodsOverCounter(KARNATAKA, MAHARASHTRA), AFTER_GST_2,
                        List.of(SupplyLine.of("27101980", "3.500", "450.00")),
                        "1575.00", "0.00", "0.00", "0.00", "283.50", "0.50", "1859.00"),
                new Case("no lines: nothing to pay", MAHARASHTRA,
                        PlaceOfSupply.forServices(MAHARASHTRA, null, null), AFTER_GST_2, List.of(),
                        "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computes(Case c) {
        TaxedDocument doc = CALCULATOR.calculate(c.supplier(), c.placeOfSupply(), c.date(), c.lines());

        assertThat(doc.taxableValue()).isEqualTo(new BigDecimal(c.taxable()));
        assertThat(doc.tax()).isEqualTo(new TaxAmounts(new BigDecimal(c.cgst()), new BigDecimal(c.sgst()),
                new BigDecimal(c.utgst()), new BigDecimal(c.igst())));
        assertThat(doc.roundOff()).isEqualTo(new BigDecimal(c.roundOff()));
        assertThat(doc.grandTotal()).isEqualTo(new BigDecimal(c.grandTotal()));
    }

    @Test
    void eachLineCarriesItsRateAndTaxes() {
        TaxedDocument doc = CALCULATOR.calculate(MAHARASHTRA,
                PlaceOfSupply.forServices(MAHARASHTRA, MAHARASHTRA_CUSTOMER, null), AFTER_GST_2, SERVICE_AND_PARTS);

        assertThat(doc.supplyType()).isEqualTo(SupplyType.INTRA_STATE);
        assertThat(doc.lines()).extracting(TaxedLine::taxableValue)
                .containsExactly(new BigDecimal("1800.00"), new BigDecimal("2999.00"));
        assertThat(doc.lines()).extracting(line -> line.tax().cgst())
                .containsExactly(new BigDecimal("162.00"), new BigDecimal("269.91"));
        assertThat(doc.lines()).extracting(TaxedLine::ratePercent).allSatisfy(rate -> assertThat(rate).isEqualByComparingTo("18"));
        assertThat(doc.lines().get(0).line().quantity()).isEqualTo(new BigDecimal("1.500"));
    }

    @Test
    void aTaxInclusiveLineShowsItsGrossAndDiscountWithoutTax() {
        TaxedLine line = CALCULATOR.calculate(MAHARASHTRA, PlaceOfSupply.forGoodsOverCounter(MAHARASHTRA, null),
                AFTER_GST_2, List.of(SupplyLine.of("8708", "2", "700.00").taxInclusive()
                        .withDiscount(Discount.amount(new BigDecimal("220.00"))))).lines().get(0);

        // 1,400.00 / 1.18 = 1,186.44; 220.00 / 1.18 = 186.44
        assertThat(line.grossBeforeTax()).isEqualTo(new BigDecimal("1186.44"));
        assertThat(line.discountBeforeTax()).isEqualTo(new BigDecimal("186.44"));
        assertThat(line.taxableValue()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(line.total()).isEqualTo(new BigDecimal("1180.00"));
    }

    @Test
    void refusesWhatCannotBeTaxed() {
        var pos = PlaceOfSupply.forServices(MAHARASHTRA, null, null);
        assertThatThrownBy(() -> CALCULATOR.calculate(MAHARASHTRA, pos, AFTER_GST_2,
                List.of(SupplyLine.of("8708", "1", "100.00").withDiscount(Discount.amount(new BigDecimal("100.01"))))))
                .isInstanceOf(GstRuleViolation.class).hasMessageContaining("discount");
        assertThatThrownBy(() -> CALCULATOR.calculate(MAHARASHTRA, pos, AFTER_GST_2,
                List.of(SupplyLine.of("6403", "1", "100.00"))))
                .isInstanceOf(GstRuleViolation.class).extracting(e -> ((GstRuleViolation) e).code())
                .isEqualTo("gst.unknown-rate");
        assertThatThrownBy(() -> SupplyLine.of("8708", "0.0001", "100.00")).isInstanceOf(GstRuleViolation.class);
        assertThatThrownBy(() -> SupplyLine.of("8708", "0", "100.00")).isInstanceOf(GstRuleViolation.class);
        assertThatThrownBy(() -> SupplyLine.of("8708", "1", "100.001")).isInstanceOf(GstRuleViolation.class);
        assertThatThrownBy(() -> SupplyLine.of("8708", "1", "-1.00")).isInstanceOf(GstRuleViolation.class);
        assertThatThrownBy(() -> Discount.percent(new BigDecimal("100.01"))).isInstanceOf(GstRuleViolation.class);
    }
}
