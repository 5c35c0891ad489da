package dev.pitlane.procurement.purchaseorder.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money of one line, exact: net = quantity × unit price and GST = net × rate / 100, each rounded HALF_UP to
 * paise on the line, so document totals are plain sums of what each line shows.
 */
public record LineAmounts(BigDecimal net, BigDecimal tax, BigDecimal total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static LineAmounts of(BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRatePercent) {
        BigDecimal net = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = net.multiply(taxRatePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new LineAmounts(net, tax, net.add(tax));
    }

    public static LineAmounts zero() {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new LineAmounts(zero, zero, zero);
    }

    public LineAmounts plus(LineAmounts other) {
        return new LineAmounts(net.add(other.net), tax.add(other.tax), total.add(other.total));
    }
}
