package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.catalog.application.ItemCatalog;
import dev.pitlane.inventory.location.application.LocationFacts;
import dev.pitlane.inventory.location.application.LocationService;
import dev.pitlane.inventory.stock.domain.StockKey;
import dev.pitlane.inventory.stock.persistence.BalanceRepository;
import dev.pitlane.inventory.stock.persistence.PostingLockQuery;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Takes the row locks of a posting: the cost rows of the items it values (item order), then its balance rows (key
 * order), in one round trip. Every writer takes them in this order, so no two postings can deadlock on them. Balance
 * rows that do not exist yet are created first: with several keys, the balance locks already taken are given back
 * (savepoint) so that creating and locking again happens in key order too; the cost locks, taken earlier in the
 * order, are kept.
 */
@Component
public class BalanceLocks {

    private final PostingLockQuery query;
    private final BalanceRepository balances;
    private final ItemCatalog catalog;
    private final LocationService locations;

    public BalanceLocks(PostingLockQuery query, BalanceRepository balances, ItemCatalog catalog,
                        LocationService locations) {
        this.query = query;
        this.balances = balances;
        this.catalog = catalog;
        this.locations = locations;
    }

    /** @throws dev.pitlane.platform.domain.DomainException when an item or location is unknown or not usable */
    public Map<StockKey, LockedBalance> lock(SortedSet<StockKey> keys) {
        return lock(keys, Collections.emptySortedSet(), Collections.emptySortedSet()).balances();
    }

    /**
     * Locks the cost rows of {@code costItems} and the balance rows of {@code keys}, and reads the costs of
     * {@code costReadItems} as committed, without a lock.
     *
     * @throws dev.pitlane.platform.domain.DomainException when an item or location is unknown, deleted or not usable
     */
    public PostingLockQuery.Locked lock(SortedSet<StockKey> keys, SortedSet<UUID> costItems,
                                        SortedSet<UUID> costReadItems) {
        UUID org = TenantContext.organizationId();
        boolean several = keys.size() > 1;
        PostingLockQuery.Locked taken = query.lock(org, costItems, costReadItems, keys, several);
        if (taken.costs().size() < costItems.size() + costReadItems.size()) {
            catalog.requireActive(costItems);
            catalog.requireActive(costReadItems);
            throw new IllegalStateException("An item has no cost row; every item gets one when it is created");
        }
        Map<StockKey, LockedBalance> locked = taken.balances();
        if (locked.size() < keys.size()) {
            if (several) {
                balances.rollbackToSavepoint();
            }
            Set<UUID> items = new LinkedHashSet<>();
            Set<UUID> places = new LinkedHashSet<>();
            keys.forEach(k -> {
                items.add(k.itemId());
                places.add(k.locationId());
            });
            catalog.requireActive(items);
            locations.requireUsable(places);
            TreeSet<StockKey> missing = new TreeSet<>(keys);
            missing.removeAll(locked.keySet());
            balances.createMissing(org, missing);
            locked = balances.lockExisting(org, keys);
        }
        Set<UUID> checked = new HashSet<>();
        for (LockedBalance b : locked.values()) {
            ItemCatalog.requireActive(b.key().itemId(), b.item());
            LocationFacts location = b.location();
            if (checked.add(location.id())) {
                LocationService.requireUsable(location);
            }
        }
        return new PostingLockQuery.Locked(taken.costs(), locked);
    }
}
