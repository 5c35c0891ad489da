package dev.pitlane.gst;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rounding invariants of quotations and invoices, over random documents in every state and at every rate. */
class GstPropertiesTest {

    private static final GstCalculator CALCULATOR = new GstCalculator(GstRateTable.standard());
    private static final BigDecimal HALF_RUPEE = new BigDecimal("0.50");
    private static final BigDecimal PAISA = new BigDecimal("0.01");

    record Document(GstState supplier, PlaceOfSupply placeOfSupply, LocalDate date, List<SupplyLine> lines) {
        TaxedDocument taxed() {
            return CALCULATOR.calculate(supplier, placeOfSupply, date, lines);
        }

        Document withLines(List<SupplyLine> otherLines) {
            return new Document(supplier, placeOfSupply, date, otherLines);
        }
    }

    @Property
    void totalsAreTheSumsOfTheLines(@ForAll("documents") Document document) {
        TaxedDocument taxed = document.taxed();

        assertThat(taxed.taxableValue()).isEqualTo(sum(taxed.lines(), TaxedLine::taxableValue));
        assertThat(taxed.tax().cgst()).isEqualTo(sum(taxed.lines(), line -> line.tax().cgst()));
        assertThat(taxed.tax().sgst()).isEqualTo(sum(taxed.lines(), line -> line.tax().sgst()));
        assertThat(taxed.tax().utgst()).isEqualTo(sum(taxed.lines(), line -> line.tax().utgst()));
        assertThat(taxed.tax().igst()).isEqualTo(sum(taxed.lines(), line -> line.tax().igst()));
    }

    @Property
    void centralAndStateTaxAreEqualOnEveryLineAndInTotal(@ForAll("documents") Document document) {
        TaxedDocument taxed = document.taxed();
        List<TaxAmounts> amounts = new ArrayList<>(taxed.lines().stream().map(TaxedLine::tax).toList());
        amounts.add(taxed.tax());

        for (TaxAmounts tax : amounts) {
            if (taxed.supplyType() == SupplyType.INTER_STATE) {
                assertThat(tax.cgst().signum() | tax.sgst().signum() | tax.utgst().signum()).isZero();
            } else {
                BigDecimal stateTax = taxed.placeOfSupply().state().leviesUtgst() ? tax.utgst() : tax.sgst();
                BigDecimal otherStateTax = taxed.placeOfSupply().state().leviesUtgst() ? tax.sgst() : tax.utgst();
                assertThat(tax.cgst()).isEqualTo(stateTax);
                assertThat(otherStateTax.signum() | tax.igst().signum()).isZero();
            }
        }
    }

    @Property
    void grandTotalIsTheWholeRupeeNearestTaxableValuePlusTaxes(@ForAll("documents") Document document) {
        TaxedDocument taxed = document.taxed();

        assertThat(taxed.taxableValue().add(taxed.tax().total()).add(taxed.roundOff())).isEqualTo(taxed.grandTotal());
        assertThat(taxed.grandTotal().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        assertThat(taxed.roundOff().abs()).isLessThanOrEqualTo(HALF_RUPEE);
        assertThat(taxed.grandTotal().scale()).isEqualTo(Rupees.SCALE);
    }

    @Property
    void eachTaxIsTheExactTaxRoundedToThePaisa(@ForAll("documents") Document document) {
        TaxedDocument taxed = document.taxed();
        BigDecimal halfPaisa = new BigDecimal("0.005");

        for (TaxedLine line : taxed.lines()) {
            BigDecimal exact = line.taxableValue().multiply(line.ratePercent()).movePointLeft(2);
            BigDecimal part = taxed.supplyType() == SupplyType.INTRA_STATE ? exact.divide(BigDecimal.valueOf(2)) : exact;
            BigDecimal charged = taxed.supplyType() == SupplyType.INTRA_STATE ? line.tax().cgst() : line.tax().igst();
            assertThat(charged.subtract(part).abs()).isLessThanOrEqualTo(halfPaisa);
        }
    }

    @Property
    void aTaxInclusivePriceIsReproducedWithinAPaisa(@ForAll("documents") Document document) {
        for (TaxedLine line : document.taxed().lines()) {
            BigDecimal gross = line.line().gross();
            BigDecimal net = gross.subtract(line.line().discount().on(gross));
            assertThat(line.taxableValue().signum()).isGreaterThanOrEqualTo(0);
            assertThat(line.discountBeforeTax().signum()).isGreaterThanOrEqualTo(0);
            assertThat(line.grossBeforeTax().subtract(line.discountBeforeTax())).isEqualTo(line.taxableValue());
            if (line.line().priceBasis() == PriceBasis.TAX_INCLUSIVE) {
                assertThat(line.total().subtract(net).abs()).isLessThanOrEqualTo(PAISA);
            } else {
                assertThat(line.taxableValue()).isEqualTo(net);
            }
        }
    }

    @Property
    void aDiscountAboveTheLineIsRefusedNeverNegative(@ForAll("documents") Document document,
                                                     @ForAll("paise") BigDecimal excess) {
        for (SupplyLine line : document.lines()) {
            BigDecimal tooMuch = line.gross().add(excess).add(PAISA);
            Document oneLine = document.withLines(List.of(line.withDiscount(Discount.amount(tooMuch))));
            assertThatThrownBy(oneLine::taxed).isInstanceOf(GstRuleViolation.class);
        }
    }

    @Property
    void theOrderAndGroupingOfLinesDoNotChangeTheTotals(@ForAll("documents") Document document, @ForAll long seed) {
        List<SupplyLine> shuffled = new ArrayList<>(document.lines());
        Collections.shuffle(shuffled, new Random(seed));
        int cut = shuffled.isEmpty() ? 0 : new Random(seed).nextInt(shuffled.size() + 1);

        TaxedDocument whole = document.taxed();
        TaxedDocument reordered = document.withLines(shuffled).taxed();
        TaxedDocument first = document.withLines(shuffled.subList(0, cut)).taxed();
        TaxedDocument rest = document.withLines(shuffled.subList(cut, shuffled.size())).taxed();

        assertThat(reordered.taxableValue()).isEqualTo(whole.taxableValue());
        assertThat(reordered.tax()).isEqualTo(whole.tax());
        assertThat(reordered.grandTotal()).isEqualTo(whole.grandTotal());
        assertThat(first.taxableValue().add(rest.taxableValue())).isEqualTo(whole.taxableValue());
        assertThat(first.tax().plus(rest.tax())).isEqualTo(whole.tax());
    }

    @Property
    void aGstinWithOneCharacterChangedIsRefused(@ForAll("gstins") String valid,
                                                @ForAll @IntRange(min = 2, max = 14) int position,
                                                @ForAll @IntRange(min = 1, max = 35) int shift) {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        char replacement = alphabet.charAt((alphabet.indexOf(valid.charAt(position)) + shift) % 36);
        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);

        assertThat(Gstin.isValid(valid)).isTrue();
        assertThat(Gstin.isValid(changed)).isFalse();
    }

    @Provide
    Arbitrary<String> gstins() {
        Arbitrary<String> states = Arbitraries.of(GstState.class).map(GstState::code);
        Arbitrary<String> rest = Arbitraries.strings().withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofLength(12);
        return Combinators.combine(states, rest).as((state, body) -> state + body + Gstin.checkCharacter(state + body));
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<GstState> states = Arbitraries.of(GstState.class);
        Arbitrary<LocalDate> dates = Dates.dates().between(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 3, 31));
        return Combinators.combine(states, states, Arbitraries.of(true, false), dates, lines().list().ofMaxSize(12))
                .as((supplier, customer, delivered, date, lines) -> new Document(supplier,
                        delivered ? PlaceOfSupply.forGoodsOverCounter(supplier, customer)
                                : PlaceOfSupply.forServices(supplier, null, customer), date, lines));
    }

    @Provide
    Arbitrary<BigDecimal> paise() {
        return Arbitraries.longs().between(0, 10_000_000).map(p -> BigDecimal.valueOf(p, 2));
    }

    private Arbitrary<SupplyLine> lines() {
        Arbitrary<HsnSac> codes = Arbitraries.of("87089900", "8708", "40111010", "85071000", "85076000",
                "27101980", "34031900", "998714", "9987").map(HsnSac::new);
        Arbitrary<BigDecimal> quantities = Arbitraries.longs().between(1, 1_000_000).map(q -> BigDecimal.valueOf(q, 3));
        Arbitrary<BigDecimal> prices = Arbitraries.longs().between(0, 20_000_000).map(p -> BigDecimal.valueOf(p, 2));
        Arbitrary<PriceBasis> bases = Arbitraries.of(PriceBasis.class);
        return Combinators.combine(codes, quantities, prices, bases)
                .as((code, quantity, price, basis) -> new SupplyLine(code, quantity, price, basis, Discount.NONE))
                .flatMap(line -> discounts(line.gross()).map(line::withDiscount));
    }

    /** None, a percentage, or an amount anywhere from nothing to the whole line. */
    private static Arbitrary<Discount> discounts(BigDecimal gross) {
        long grossPaise = gross.movePointRight(2).longValueExact();
        return Arbitraries.oneOf(
                Arbitraries.just(Discount.NONE),
                Arbitraries.longs().between(0, 10_000).map(bp -> Discount.percent(BigDecimal.valueOf(bp, 2))),
                Arbitraries.longs().between(0, grossPaise).map(p -> Discount.amount(BigDecimal.valueOf(p, 2))));
    }

    private static BigDecimal sum(List<TaxedLine> lines, Function<TaxedLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(Rupees.ZERO, BigDecimal::add);
    }
}
