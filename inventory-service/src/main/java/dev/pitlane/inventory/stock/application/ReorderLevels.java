package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.config.InventoryProperties;
import dev.pitlane.inventory.stock.domain.StockKey;
import dev.pitlane.inventory.stock.domain.StockLowRule;
import dev.pitlane.inventory.stock.messaging.StockEventPublisher;
import dev.pitlane.inventory.stock.persistence.BalanceRepository;
import dev.pitlane.inventory.stock.persistence.PostingWriter;
import dev.pitlane.inventory.stock.persistence.TotalsDelta;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/** The reorder level and quantity of an item at a location; setting a level above what is available is a crossing. */
@Service
public class ReorderLevels {

    private final BalanceRepository balances;
    private final BalanceLocks locks;
    private final PostingWriter writer;
    private final StockEventPublisher events;
    private final ZoneId zone;
    private final Clock clock;

    public ReorderLevels(BalanceRepository balances, BalanceLocks locks, PostingWriter writer,
                         StockEventPublisher events, InventoryProperties properties, Clock clock) {
        this.balances = balances;
        this.locks = locks;
        this.writer = writer;
        this.events = events;
        this.zone = properties.businessZone();
        this.clock = clock;
    }

    @Transactional
    public BalanceView set(UUID itemId, UUID locationId, BigDecimal level, BigDecimal quantity) {
        if (level == null != (quantity == null)) {
            throw DomainException.invalidField("reorderQuantity", "Pair",
                    "set both reorderLevel and reorderQuantity, or "
                    + "neither");
        }
        UUID org = TenantContext.organizationId();
        StockKey key = new StockKey(itemId, locationId);
        LockedBalance current = locks.lock(new TreeSet<>(List.of(key))).get(key);
        StockLowRule.Outcome outcome = StockLowRule.evaluate(current.lowStock(), current.balance().available(),
                level);
        boolean low = outcome == StockLowRule.Outcome.UNCHANGED ? current.lowStock()
                : outcome == StockLowRule.Outcome.CROSSED_BELOW;
        balances.setReorderLevel(org, key, level, quantity, low);
        if (low != current.lowStock()) {
            writer.appendTotals(org, List.of(new TotalsDelta(locationId, LocalDate.now(clock.withZone(zone)),
                    BigDecimal.ZERO, 0, 0, 0, low ? 1 : -1, 0)));
        }
        if (outcome == StockLowRule.Outcome.CROSSED_BELOW) {
            events.stockLow(new StockEventPublisher.StockLow(itemId, locationId, current.balance().available(), level,
                    quantity));
        }
        return balances.find(org, key).orElseThrow();
    }
}
