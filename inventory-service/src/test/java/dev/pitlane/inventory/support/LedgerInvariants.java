package dev.pitlane.inventory.support;

import dev.pitlane.testsupport.OwnerDatabase;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold for every organization's stock, whatever happened to it. */
public final class LedgerInvariants {

    private LedgerInvariants() {
    }

    /**
     * Each balance equals the sum of its ledger rows (on hand, in transit, value) and its open reservations;
     * nothing is negative or over-reserved; transfers neither create nor destroy quantity or value; item costs,
     * balances, the valuation by day and the location totals agree.
     */
    public static void check(OwnerDatabase db, UUID org) {
        String o = "'" + org + "'";
        List<List<Object>> drift = db.rows("""
                SELECT b.item_id, b.location_id, b.on_hand, coalesce(l.q, 0), b.in_transit, coalesce(l.t, 0),
                       b.value, coalesce(l.v, 0), b.reserved, coalesce(r.open, 0)
                FROM stock_balances b
                LEFT JOIN (SELECT item_id, location_id, sum(quantity) q, sum(in_transit_delta) t, sum(value_delta) v
                           FROM stock_ledger WHERE organization_id = %1$s GROUP BY 1, 2) l
                       ON l.item_id = b.item_id AND l.location_id = b.location_id
                LEFT JOIN (SELECT rl.item_id, rs.location_id,
                                  sum(rl.quantity - rl.consumed_quantity - rl.released_quantity) open
                           FROM reservation_lines rl JOIN reservations rs
                             ON rs.organization_id = rl.organization_id AND rs.id = rl.reservation_id
                           WHERE rl.organization_id = %1$s GROUP BY 1, 2) r
                       ON r.item_id = b.item_id AND r.location_id = b.location_id
                WHERE b.organization_id = %1$s
                  AND (b.on_hand <> coalesce(l.q, 0) OR b.in_transit <> coalesce(l.t, 0)
                       OR b.value <> coalesce(l.v, 0) OR b.reserved <> coalesce(r.open, 0))""".formatted(o));
        assertThat(drift).as("balances that differ from their ledger or reservations").isEmpty();
        assertThat(db.count("SELECT count(*) FROM stock_balances WHERE organization_id = " + o
                + " AND (on_hand < 0 OR reserved < 0 OR in_transit < 0 OR reserved > on_hand)"))
                .as("negative or over-reserved balances").isZero();
        assertThat(db.count("""
                SELECT count(*) FROM (SELECT movement_id, item_id FROM stock_ledger
                    WHERE organization_id = %s AND movement_type = 'TRANSFER'
                    GROUP BY 1, 2 HAVING sum(quantity + in_transit_delta) <> 0 OR sum(value_delta) <> 0) x"""
                .formatted(o))).as("transfers that create or destroy stock or value").isZero();
        Map<Object, BigDecimal> owned = db.rows("SELECT item_id, sum(on_hand + in_transit), sum(value) FROM "
                        + "stock_balances WHERE organization_id = " + o + " GROUP BY 1").stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> (BigDecimal) r.get(1)));
        db.rows("SELECT item_id, quantity FROM item_costs WHERE organization_id = " + o).forEach(r ->
                assertThat((BigDecimal) r.get(1)).as("organization-wide quantity of " + r.get(0))
                        .isEqualByComparingTo(owned.getOrDefault(r.get(0), BigDecimal.ZERO)));
        assertThat(db.count("""
                SELECT count(*) FROM item_costs c JOIN (SELECT item_id, sum(value) v FROM stock_balances
                    WHERE organization_id = %1$s GROUP BY 1) b ON b.item_id = c.item_id
                WHERE c.organization_id = %1$s AND c.value <> b.v""".formatted(o)))
                .as("item values that differ from their balances").isZero();
        // one statement, one snapshot: the folding job moves pending deltas into the days at any moment, and two
        // separate reads could see a delta in neither place
        List<List<Object>> valuation = db.rows("""
                SELECT (SELECT coalesce(sum(value_delta), 0) FROM valuation_daily WHERE organization_id = %1$s)
                     + (SELECT coalesce(sum(value_delta), 0) FROM totals_pending WHERE organization_id = %1$s),
                       (SELECT coalesce(sum(value), 0) FROM stock_balances WHERE organization_id = %1$s)"""
                .formatted(o));
        assertThat((BigDecimal) valuation.get(0).get(0)).as("valuation by day adds up to the balances")
                .isEqualByComparingTo((BigDecimal) valuation.get(0).get(1));
        assertThat(db.rows("""
                SELECT b.location_id FROM (
                    SELECT location_id, count(*) FILTER (WHERE on_hand > 0) AS in_stock,
                           count(*) FILTER (WHERE reserved > 0) AS reserved,
                           count(*) FILTER (WHERE in_transit > 0) AS in_transit,
                           count(*) FILTER (WHERE low_stock) AS low, count(*) FILTER (WHERE on_hand < 0) AS negative
                    FROM stock_balances WHERE organization_id = %1$s GROUP BY location_id) b
                LEFT JOIN location_totals t ON t.organization_id = %1$s AND t.location_id = b.location_id
                LEFT JOIN (SELECT location_id, sum(in_stock_delta) AS in_stock, sum(reserved_delta) AS reserved,
                                  sum(in_transit_delta) AS in_transit, sum(low_delta) AS low,
                                  sum(negative_delta) AS negative
                           FROM totals_pending WHERE organization_id = %1$s GROUP BY location_id) p
                       ON p.location_id = b.location_id
                WHERE b.in_stock <> coalesce(t.items_in_stock, 0) + coalesce(p.in_stock, 0)
                   OR b.reserved <> coalesce(t.items_reserved, 0) + coalesce(p.reserved, 0)
                   OR b.in_transit <> coalesce(t.items_in_transit, 0) + coalesce(p.in_transit, 0)
                   OR b.low <> coalesce(t.items_low, 0) + coalesce(p.low, 0)
                   OR b.negative <> coalesce(t.items_negative, 0) + coalesce(p.negative, 0)""".formatted(o)))
                .as("location totals that differ from their balances").isEmpty();
    }
}
