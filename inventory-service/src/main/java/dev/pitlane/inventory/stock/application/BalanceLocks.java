package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.catalog.application.ItemCatalog;
import dev.pitlane.inventory.location.application.LocationFacts;
import dev.pitlane.inventory.location.application.LocationService;
import dev.pitlane.inventory.stock.domain.StockKey;
import dev.pitlane.inventory.stock.persistence.BalanceRepository;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Takes the balance row locks of a posting, always in key order, so no two postings can deadlock on them. Rows that
 * do not exist yet are created first: with several keys, the locks already taken are given back (savepoint) so that
 * creating and locking again happens in key order too.
 */
@Component
public class BalanceLocks {

    private final BalanceRepository balances;
    private final ItemCatalog catalog;
    private final LocationService locations;

    public BalanceLocks(BalanceRepository balances, ItemCatalog catalog, LocationService locations) {
        this.balances = balances;
        this.catalog = catalog;
        this.locations = locations;
    }

    /** @throws dev.pitlane.platform.web.ApiException when an item or location is unknown, deleted or not usable */
    public Map<StockKey, LockedBalance> lock(SortedSet<StockKey> keys) {
        UUID org = TenantContext.organizationId();
        boolean several = keys.size() > 1;
        if (several) {
            balances.savepoint();
        }
        Map<StockKey, LockedBalance> locked = balances.lockExisting(org, keys);
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
        return locked;
    }
}
