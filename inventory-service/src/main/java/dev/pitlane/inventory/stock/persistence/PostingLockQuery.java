package dev.pitlane.inventory.stock.persistence;

import dev.pitlane.inventory.stock.application.LockedBalance;
import dev.pitlane.inventory.stock.domain.ItemCost;
import dev.pitlane.inventory.stock.domain.StockKey;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
        List<String> statements = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        int costResults = 0;
        if (!costItems.isEmpty()) {
            statements.add(CostRepository.lockSql(costItems.size()));
            params.add(org);
            params.addAll(costItems);
            costResults++;
        }
        if (!costReadItems.isEmpty()) {
            statements.add(CostRepository.readSql(costReadItems.size()));
            params.add(org);
            params.addAll(costReadItems);
            costResults++;
        }
        if (savepointBeforeBalances) {
            statements.add(BalanceRepository.SAVEPOINT);
        }
        statements.add(BalanceRepository.lockSql(keys.size()));
        params.addAll(BalanceRepository.lockParams(org, keys));

        int costStatements = costResults;
        List<CostRepository.CostRow> costRows = new ArrayList<>();
        Map<StockKey, LockedBalance> balances = new LinkedHashMap<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            // PostgreSQL's driver sends the statements of one prepared statement together and runs them in order
            try (PreparedStatement ps = connection.prepareStatement(String.join(";\n", statements))) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                boolean resultSet = ps.execute();
                for (int i = 0; i < statements.size(); i++) {
                    if (resultSet) {
                        try (ResultSet rs = ps.getResultSet()) {
                            boolean costResult = i < costStatements;
                            while (rs.next()) {
                                if (costResult) {
                                    costRows.add(CostRepository.costRow(rs));
                                } else {
                                    LockedBalance b = BalanceRepository.lockedBalance(rs);
                                    balances.put(b.key(), b);
                                }
                            }
                        }
                    }
                    resultSet = ps.getMoreResults();
                }
            }
            return null;
        });
        return new Locked(costs.costs(org, costRows), balances);
    }
}
