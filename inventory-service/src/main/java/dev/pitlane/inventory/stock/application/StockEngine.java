package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.config.InventoryProperties;
import dev.pitlane.inventory.location.application.LocationService;
import dev.pitlane.inventory.stock.messaging.StockEventPublisher;
import dev.pitlane.inventory.stock.persistence.BatchRepository;
import dev.pitlane.inventory.stock.persistence.CostRepository;
import dev.pitlane.inventory.stock.persistence.PostingWriter;
import dev.pitlane.inventory.stock.persistence.SerialRepository;
import dev.pitlane.inventory.stock.domain.Balance;
import dev.pitlane.inventory.stock.domain.StockKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The one way stock changes. A posting locks the item cost rows it values (in item order), then the balance rows it
 * touches (in key order), both in one round trip, so two postings never deadlock; applies its moves in memory,
 * checks every balance rule, and writes ledger rows, balances, costs, valuation deltas and events in the caller's
 * transaction. A posting that breaks a rule changes nothing.
 */
@Service
public class StockEngine {

    private final PostingRun.Dependencies dependencies;

    public StockEngine(LocationService locations, BalanceLocks balances, PostingWriter writer, CostRepository costs,
                       BatchRepository batches, SerialRepository serials, StockEventPublisher events,
                       InventoryProperties properties, Clock clock) {
        this.dependencies = new PostingRun.Dependencies(locations, balances, writer, costs, batches, serials, events,
                properties.businessZone(), clock);
    }

    /**
     * Locks the balances of {@code keys} for the rest of the caller's transaction and returns them, so the caller
     * can decide what to post knowing nobody can change them meanwhile (a partial reservation takes what is there).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<StockKey, Balance> lock(Collection<StockKey> keys) {
        Map<StockKey, Balance> balances = new HashMap<>();
        dependencies.balances().lock(new TreeSet<>(keys)).forEach((k, b) -> balances.put(k, b.balance()));
        return balances;
    }

    /** @throws dev.pitlane.inventory.stock.domain.InsufficientStockException when a balance rule would break */
    @Transactional
    public PostingResult post(Posting posting) {
        return new PostingRun(dependencies, posting).execute();
    }
}
