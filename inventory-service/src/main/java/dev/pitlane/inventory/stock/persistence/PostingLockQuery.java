package dev.pitlane.inventory.stock.persistence;

import dev.pitlane.inventory.stock.application.LockedBalance;
import dev.pitlane.inventory.stock.domain.ItemCost;
import dev.pitlane.inventory.stock.domain.StockKey;
import dev.pitlane.platform.persistence.OneRoundTrip;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;

/**
 * A posting's row locks in one round trip: first the cost rows of the items whose cost it changes (item order), then
 * its balance rows (key order); costs it only reads come without a lock. Every writer takes them in this order, so two postings never deadlock. An item's cost row
 * is created with the item (a trigger), so only balance rows can be missing; the caller creates those and locks
 * again, having first rolled back to the savepoint this query can set between the two locks. A cost row that is
 * missing means its item does not exist.
 */
@Repository
public class PostingLockQuery {

    /** What one posting holds: the costs it may change and the balance rows that existed. */
    public record Locked(Map<UUID, ItemCost> costs, Map<StockKey, LockedBalance> balances) {
    }

    private final JdbcTemplate jdbc;
    private final CostRepository costs;

    public PostingLockQuery(JdbcTemplate jdbc, CostRepository costs) {
        this.jdbc = jdbc;
        this.costs = costs;
    }

    /**
     * @param costReadItems           items whose cost is only read (as committed, no lock): the posting must not
     *                                write those back
     * @param savepointBeforeBalances set {@code BalanceRepository}'s savepoint after the cost locks, so that
     *                                rolling back to it gives the balance locks back and keeps the cost locks
     */
    public Locked lock(UUID org, SortedSet<UUID> costItems, SortedSet<UUID> costReadItems,
                       SortedSet<StockKey> keys, boolean savepointBeforeBalances) {
        List<CostRepository.CostRow> lockedCosts = new ArrayList<>();
        List<CostRepository.CostRow> readCosts = new ArrayList<>();
        Map<StockKey, LockedBalance> balances = new LinkedHashMap<>();
        OneRoundTrip trip = new OneRoundTrip();
        if (!costItems.isEmpty()) {
            trip.query(CostRepository.lockSql(costItems.size()), params(org, costItems),
                    rs -> lockedCosts.add(CostRepository.costRow(rs)));
        }
        if (!costReadItems.isEmpty()) {
            trip.query(CostRepository.readSql(costReadItems.size()), params(org, costReadItems),
                    rs -> readCosts.add(CostRepository.costRow(rs)));
        }
        if (savepointBeforeBalances) {
            trip.statement(BalanceRepository.SAVEPOINT, List.of());
        }
        trip.query(BalanceRepository.lockSql(keys.size()), BalanceRepository.lockParams(org, keys), rs -> {
            LockedBalance b = BalanceRepository.lockedBalance(rs);
            balances.put(b.key(), b);
        });
        trip.run(jdbc);
        return new Locked(costs.costs(org, lockedCosts, readCosts), balances);
    }

    private static List<Object> params(UUID org, SortedSet<UUID> items) {
        List<Object> params = new ArrayList<>(items.size() + 1);
        params.add(org);
        params.addAll(items);
        return params;
    }
}
