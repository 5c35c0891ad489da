package dev.pitlane.procurement.purchaseorder.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class LineAmountsTest {

    @Test
    void roundsNetAndTaxHalfUpToPaisePerLine() {
        // 3 × 33.335 = 100.005 → 100.01; 18% of 100.01 = 18.0018 → 18.00
        LineAmounts a = LineAmounts.of(new BigDecimal("3"), new BigDecimal("33.335"), new BigDecimal("18"));
        assertThat(a.net()).isEqualByComparingTo("100.01");
        assertThat(a.tax()).isEqualByComparingTo("18.00");
        assertThat(a.total()).isEqualByComparingTo("118.01");
        assertThat(a.net().scale()).isEqualTo(2);
    }

    @Test
    void halfAPaisaRoundsUp() {
        // 0.5 × 0.05 = 0.025 → 0.03; 28% of 0.03 = 0.0084 → 0.01
        LineAmounts a = LineAmounts.of(new BigDecimal("0.5"), new BigDecimal("0.05"), new BigDecimal("28"));
        assertThat(a.net()).isEqualByComparingTo("0.03");
        assertThat(a.tax()).isEqualByComparingTo("0.01");
    }

    @Test
    void fractionalQuantitiesAndRatesStayExact() {
        // 2.125 L × 449.99 = 956.22875 → 956.23; 2.5% = 23.90575 → 23.91
        LineAmounts a = LineAmounts.of(new BigDecimal("2.125"), new BigDecimal("449.99"), new BigDecimal("2.5"));
        assertThat(a.net()).isEqualByComparingTo("956.23");
        assertThat(a.tax()).isEqualByComparingTo("23.91");
        assertThat(a.plus(a).total()).isEqualByComparingTo("1960.28");
    }

    @Test
    void documentTotalsAreSumsOfRoundedLines() {
        // three lines of 0.333 each would be 0.999 unrounded; per line 0.33 → 0.99
        LineAmounts line = LineAmounts.of(BigDecimal.ONE, new BigDecimal("0.333"), BigDecimal.ZERO);
        assertThat(line.plus(line).plus(line).net()).isEqualByComparingTo("0.99");
    }
}
