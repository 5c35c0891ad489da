package dev.pitlane.inventory.stock.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost of one item across the organization: quantity and value owned (on hand and in transit everywhere) and
 * the moving average cost, updated incrementally by each receipt. Under FIFO, issues are valued by consuming the
 * oldest cost layers instead of at the average. Every method returns the value delta it caused, so the ledger rows
 * always add up to the value held here.
 */
public final class ItemCost {

    private final ValuationMethod method;
    private BigDecimal quantity;
    private BigDecimal value;
    private BigDecimal averageCost;
    private final List<CostLayer> layers;

    public ItemCost(ValuationMethod method, BigDecimal quantity, BigDecimal value, BigDecimal averageCost,
                    List<CostLayer> layers) {
        this.method = method;
        this.quantity = quantity;
        this.value = value;
        this.averageCost = averageCost;
        this.layers = new ArrayList<>(layers);
    }

    /**
     * The unit cost of a receipt: the one given (a purchase price), else the current average, else the item's
     * standard cost, else zero.
     */
    public BigDecimal receiptUnitCost(BigDecimal given, BigDecimal standardCost) {
        if (given != null) {
            return Quantities.money(given);
        }
        if (averageCost.signum() > 0) {
            return averageCost;
        }
        return Quantities.money(standardCost != null ? standardCost : BigDecimal.ZERO);
    }

    /** Stock comes in at {@code unitCost}: the average moves towards it. */
    public BigDecimal receive(BigDecimal qty, BigDecimal unitCost) {
        BigDecimal delta = Quantities.money(qty.multiply(unitCost));
        quantity = quantity.add(qty);
        value = value.add(delta);
        if (method == ValuationMethod.FIFO) {
            layers.add(new CostLayer(null, unitCost, qty));
        }
        averageCost = quantity.signum() > 0 && value.signum() > 0
                ? value.divide(quantity, Quantities.MONEY_SCALE, RoundingMode.HALF_EVEN)
                : unitCost.setScale(Quantities.MONEY_SCALE, RoundingMode.HALF_EVEN);
        return delta;
    }

    /** Stock leaves the organization (sold, used, written off): returns the negative value delta. */
    public BigDecimal issue(BigDecimal qty) {
        BigDecimal cost;
        if (method == ValuationMethod.FIFO) {
            BigDecimal left = qty;
            BigDecimal sum = BigDecimal.ZERO;
            for (CostLayer layer : layers) {
                if (left.signum() == 0) {
                    break;
                }
                BigDecimal taken = layer.take(left);
                sum = sum.add(taken.multiply(layer.unitCost()));
                left = left.subtract(taken);
            }
            cost = Quantities.money(sum.add(left.multiply(averageCost)));
        } else {
            cost = Quantities.money(qty.multiply(averageCost));
        }
        BigDecimal after = quantity.subtract(qty);
        if (after.signum() == 0) {
            cost = value; // the last unit takes the rounding residue with it
        }
        quantity = after;
        value = value.subtract(cost);
        if (method == ValuationMethod.FIFO && quantity.signum() > 0) {
            averageCost = value.divide(quantity, Quantities.MONEY_SCALE, RoundingMode.HALF_EVEN).max(BigDecimal.ZERO);
        }
        return cost.negate();
    }

    /** The value that moves with {@code qty} between locations; the organization's totals do not change. */
    public BigDecimal valueOf(BigDecimal qty) {
        if (quantity.signum() > 0 && qty.compareTo(quantity) == 0) {
            return value;
        }
        return Quantities.money(qty.multiply(averageCost));
    }

    public ValuationMethod method() {
        return method;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal value() {
        return value;
    }

    public BigDecimal averageCost() {
        return averageCost;
    }

    public List<CostLayer> layers() {
        return List.copyOf(layers);
    }
}
