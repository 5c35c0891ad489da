package dev.pitlane.inventory.stock.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceRulesTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    @Test
    void aBalanceRefusesNegativeStockAndOverReservationUnlessAllowed() {
        Balance refused = Balance.empty(false);
        assertThat(refused.plus(ONE.negate(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).violation())
                .contains("below zero");
        assertThat(refused.plus(ONE, BigDecimal.valueOf(2), BigDecimal.ZERO, BigDecimal.ZERO).violation())
                .contains("reserved");
        assertThat(refused.plus(ONE, ONE, ONE.negate(), BigDecimal.ZERO).violation()).contains("transit");
        Balance allowed = Balance.empty(true);
        assertThat(allowed.plus(ONE.negate(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).violation()).isNull();
        assertThat(allowed.plus(BigDecimal.ZERO, ONE.negate(), BigDecimal.ZERO, BigDecimal.ZERO).violation())
                .contains("released");
    }

    @Test
    void stockLowFiresOncePerCrossing() {
        BigDecimal level = BigDecimal.valueOf(5);
        assertThat(StockLowRule.evaluate(false, BigDecimal.valueOf(4), level))
                .isEqualTo(StockLowRule.Outcome.CROSSED_BELOW);
        assertThat(StockLowRule.evaluate(true, BigDecimal.valueOf(3), level)).isEqualTo(StockLowRule.Outcome.UNCHANGED);
        assertThat(StockLowRule.evaluate(true, BigDecimal.valueOf(5), level)).isEqualTo(StockLowRule.Outcome.RECOVERED);
        assertThat(StockLowRule.evaluate(false, BigDecimal.valueOf(4), null)).isEqualTo(StockLowRule.Outcome.UNCHANGED);
    }

    @Test
    void fefoPicksTheSoonestExpiryFirstAndUndatedBatchesLast() {
        UUID soon = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID undated = UUID.randomUUID();
        List<BatchStock> batches = List.of(
                new BatchStock(undated, "C", null, BigDecimal.TEN, BigDecimal.ZERO),
                new BatchStock(late, "B", LocalDate.of(2027, 1, 1), BigDecimal.valueOf(2), BigDecimal.ZERO),
                new BatchStock(soon, "A", LocalDate.of(2026, 12, 1), BigDecimal.ONE, BigDecimal.ZERO));
        assertThat(FefoPicker.pick(batches, BigDecimal.valueOf(4), BatchStock::onHand)).containsExactly(
                new FefoPicker.Pick(soon, BigDecimal.ONE), new FefoPicker.Pick(late, BigDecimal.valueOf(2)),
                new FefoPicker.Pick(undated, BigDecimal.ONE));
        assertThat(FefoPicker.pick(batches, BigDecimal.valueOf(14), BatchStock::onHand)).isEmpty();
    }

    @Test
    void keysSortLikePostgresSortsUuids() {
        UUID low = UUID.fromString("7fffffff-0000-0000-0000-000000000000");
        UUID high = UUID.fromString("80000000-0000-0000-0000-000000000000");
        assertThat(low.compareTo(high)).as("Java's own order is signed").isPositive();
        assertThat(new StockKey(low, low).compareTo(new StockKey(high, low))).isNegative();
    }

    @Test
    void quantitiesHaveAtMostThreeDecimals() {
        assertThat(Quantities.quantity(new BigDecimal("1.5"))).isEqualByComparingTo("1.500");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Quantities.quantity(new BigDecimal("1.2345")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
