package dev.pitlane.inventory.stock.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemCostTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static ItemCost empty(ValuationMethod method) {
        return new ItemCost(method, d("0.000"), d("0.0000"), d("0.0000"), List.of());
    }

    @Test
    void theMovingAverageIsTheValueOverTheQuantityAfterEachReceipt() {
        ItemCost cost = empty(ValuationMethod.MOVING_AVERAGE);
        assertThat(cost.receive(d("10"), d("100"))).isEqualByComparingTo("1000");
        cost.receive(d("5"), d("130"));
        assertThat(cost.averageCost()).isEqualByComparingTo("110");
        assertThat(cost.issue(d("3"))).isEqualByComparingTo("-330");
        assertThat(cost.averageCost()).as("issues do not move the average").isEqualByComparingTo("110");
    }

    @Test
    void aReceiptIsValuedAtItsPriceElseTheAverageElseTheStandardCost() {
        ItemCost cost = empty(ValuationMethod.MOVING_AVERAGE);
        assertThat(cost.receiptUnitCost(null, null)).isEqualByComparingTo("0");
        assertThat(cost.receiptUnitCost(null, d("42.5"))).isEqualByComparingTo("42.5");
        cost.receive(d("2"), d("100"));
        assertThat(cost.receiptUnitCost(null, d("42.5"))).isEqualByComparingTo("100");
        assertThat(cost.receiptUnitCost(d("99.99999"), d("42.5"))).isEqualByComparingTo("100.0000");
    }

    @Test
    void theLastUnitOutTakesTheRoundingResidue() {
        ItemCost cost = empty(ValuationMethod.MOVING_AVERAGE);
        cost.receive(d("3"), d("10"));
        cost.receive(d("3"), d("10.01"));
        BigDecimal out = cost.issue(d("5")).add(cost.issue(d("1")));
        assertThat(out.negate()).isEqualByComparingTo("60.03");
        assertThat(cost.value()).isEqualByComparingTo("0");
    }

    @Test
    void fifoIssuesConsumeTheOldestLayersFirst() {
        ItemCost cost = empty(ValuationMethod.FIFO);
        cost.receive(d("10"), d("100"));
        cost.receive(d("10"), d("130"));
        assertThat(cost.issue(d("12"))).isEqualByComparingTo("-1260");
        assertThat(cost.layers()).extracting(CostLayer::remaining)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("0"), d("8"));
        assertThat(cost.value()).isEqualByComparingTo("1040");
    }

    @Test
    void aReceiptIntoNegativeStockRestartsTheAverageAtItsCost() {
        ItemCost cost = empty(ValuationMethod.MOVING_AVERAGE);
        cost.receive(d("1"), d("100"));
        cost.issue(d("3"));
        cost.receive(d("1"), d("120"));
        assertThat(cost.quantity()).isEqualByComparingTo("-1");
        assertThat(cost.averageCost()).isEqualByComparingTo("120");
    }
}
