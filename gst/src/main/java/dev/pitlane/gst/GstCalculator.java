package dev.pitlane.gst;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Works out the GST of a quotation or invoice.
 *
 * <p>Rounding is per line: each line's taxable value and each of its taxes are rounded to the paisa, and the
 * document's totals are the plain sums of the lines. GST law allows rounding per line or per document; per line is
 * what the IRP's e-invoice carries (item amounts, and totals that must equal their sum), it makes CGST equal SGST on
 * every line and so in total, and a document's totals do not depend on how its lines are ordered or grouped.
 * The grand total is then rounded to the rupee, half up, and the difference shown as the round-off.
 */
public final class GstCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal PAISA = new BigDecimal("0.01");

    private final GstRateTable rates;

    public GstCalculator(GstRateTable rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /**
     * @param rateDate the date that decides the rate: the quotation's date, or for an invoice its time of supply
     *                 (CGST Act s.14 decides which date that is when a rate changes between supply, invoice and payment)
     */
    public TaxedDocument calculate(GstState supplierState, PlaceOfSupply placeOfSupply, LocalDate rateDate,
                                   List<SupplyLine> lines) {
        Objects.requireNonNull(supplierState, "supplierState");
        Objects.requireNonNull(placeOfSupply, "placeOfSupply");
        Objects.requireNonNull(rateDate, "rateDate");
        SupplyType supplyType = SupplyType.of(supplierState, placeOfSupply);
        List<TaxedLine> taxed = new ArrayList<>(lines.size());
        BigDecimal taxable = Rupees.ZERO;
        TaxAmounts tax = TaxAmounts.NONE;
        for (SupplyLine line : lines) {
            TaxedLine taxedLine = taxLine(line, rateDate, supplyType, placeOfSupply.state());
            taxed.add(taxedLine);
            taxable = taxable.add(taxedLine.taxableValue());
            tax = tax.plus(taxedLine.tax());
        }
        BigDecimal total = taxable.add(tax.total());
        BigDecimal grandTotal = total.setScale(0, Rupees.ROUNDING).setScale(Rupees.SCALE);
        return new TaxedDocument(supplierState, placeOfSupply, supplyType, rateDate, taxed, taxable, tax,
                grandTotal.subtract(total), grandTotal);
    }

    private TaxedLine taxLine(SupplyLine line, LocalDate rateDate, SupplyType supplyType, GstState placeOfSupply) {
        BigDecimal rate = rates.ratePercent(line.hsnSac(), rateDate);
        BigDecimal gross = line.gross();
        BigDecimal discount = line.discount().on(gross);
        BigDecimal taxable = gross.subtract(discount);
        BigDecimal grossBeforeTax = gross;
        if (line.priceBasis() == PriceBasis.TAX_INCLUSIVE) {
            taxable = taxableWithin(taxable, rate, supplyType, placeOfSupply);
            // the discount without GST is what separates the gross without GST from the taxable value: they add up
            grossBeforeTax = discount.signum() == 0 ? taxable : taxable.max(withoutTax(gross, rate));
        }
        return new TaxedLine(line, rate, grossBeforeTax, grossBeforeTax.subtract(taxable), taxable,
                TaxAmounts.on(taxable, rate, supplyType, placeOfSupply));
    }

    /**
     * The taxable value inside a GST-inclusive amount: amount × 100 / (100 + rate), rounded to the paisa. Because the
     * tax is then rounded too, taxable value plus tax can miss the amount by a paisa; a neighbouring paisa of taxable
     * value is taken when it makes them add up exactly, so the customer pays the price they were shown whenever the
     * paise allow it.
     */
    private static BigDecimal taxableWithin(BigDecimal inclusive, BigDecimal rate, SupplyType supplyType,
                                            GstState placeOfSupply) {
        BigDecimal estimate = withoutTax(inclusive, rate);
        for (BigDecimal candidate : List.of(estimate, estimate.subtract(PAISA), estimate.add(PAISA))) {
            if (candidate.signum() >= 0 && candidate.compareTo(inclusive) <= 0
                    && candidate.add(TaxAmounts.on(candidate, rate, supplyType, placeOfSupply).total())
                    .compareTo(inclusive) == 0) {
                return candidate;
            }
        }
        return estimate;
    }

    private static BigDecimal withoutTax(BigDecimal inclusive, BigDecimal rate) {
        return inclusive.multiply(HUNDRED).divide(HUNDRED.add(rate), Rupees.SCALE, Rupees.ROUNDING);
    }
}
