package dev.pitlane.inventory.catalog.domain;

import java.math.BigDecimal;
import java.util.List;

/** The GST slabs an item can be taxed at (percent). */
public final class GstRate {

    public static final List<BigDecimal> SLABS = List.of(new BigDecimal("0"), new BigDecimal("0.25"),
            new BigDecimal("3"), new BigDecimal("5"), new BigDecimal("12"), new BigDecimal("18"),
            new BigDecimal("28"), new BigDecimal("40"));

    private GstRate() {
    }

    public static boolean isSlab(BigDecimal rate) {
        return rate != null && SLABS.stream().anyMatch(s -> s.compareTo(rate) == 0);
    }
}
