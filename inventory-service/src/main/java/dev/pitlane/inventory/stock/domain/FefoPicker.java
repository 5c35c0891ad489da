package dev.pitlane.inventory.stock.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** First expired, first out: picks a quantity from the batches that expire soonest (undated batches last). */
public final class FefoPicker {

    public record Pick(UUID batchId, BigDecimal quantity) {
    }

    private static final Comparator<BatchStock> FEFO = Comparator
            .comparing(BatchStock::expiresOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BatchStock::batchNumber);

    private FefoPicker() {
    }

    /**
     * @param bucket which quantity of a batch to pick from (on hand, or in transit)
     * @return the picks, or empty when the batches hold less than {@code quantity}
     */
    public static List<Pick> pick(List<BatchStock> batches, BigDecimal quantity, Function<BatchStock, BigDecimal> bucket) {
        List<BatchStock> sorted = new ArrayList<>(batches);
        sorted.sort(FEFO);
        List<Pick> picks = new ArrayList<>();
        BigDecimal left = quantity;
        for (BatchStock batch : sorted) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal there = bucket.apply(batch);
            if (there.signum() <= 0) {
                continue;
            }
            BigDecimal taken = there.min(left);
            picks.add(new Pick(batch.batchId(), taken));
            left = left.subtract(taken);
        }
        return left.signum() > 0 ? List.of() : picks;
    }
}
