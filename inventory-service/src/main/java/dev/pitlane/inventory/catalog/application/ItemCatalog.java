package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.domain.UnitConversion;
import dev.pitlane.inventory.catalog.persistence.ItemImportRepository;
import dev.pitlane.inventory.catalog.persistence.ItemRepository;
import dev.pitlane.inventory.catalog.persistence.Unit;
import dev.pitlane.inventory.catalog.persistence.UnitRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The catalog as the stock engine sees it: item facts and unit conversion into an item's base unit. */
@Service
public class ItemCatalog {

    private final ItemRepository items;
    private final UnitRepository units;
    private final ItemImportRepository importRows;

    public ItemCatalog(ItemRepository items, UnitRepository units, ItemImportRepository importRows) {
        this.items = items;
        this.units = units;
        this.importRows = importRows;
    }

    /** @throws DomainException (not found) naming the first item that does not exist (or is deleted) */
    public Map<UUID, ItemFacts> requireActive(Collection<UUID> ids) {
        Map<UUID, ItemFacts> found = new HashMap<>();
        items.facts(TenantContext.organizationId(), ids).forEach(f -> found.put(f.id(), f));
        for (UUID id : ids) {
            ItemFacts f = found.get(id);
            if (f == null || f.deleted()) {
                throw DomainException.notFound("Item", id);
            }
        }
        return found;
    }

    /** The rule {@link #requireActive} applies, for facts read elsewhere (with the balance rows). */
    public static void requireActive(UUID id, ItemFacts facts) {
        if (facts == null || facts.deleted()) {
            throw DomainException.notFound("Item", id);
        }
    }

    /** Facts of items that may be deleted by now (for events about stock that already exists). */
    /** Live items by lower-cased SKU and by lower-cased part number, for files that name items so. */
    public Map<String, UUID> idsByKeys(Collection<String> lowerKeys) {
        Map<String, UUID> ids = new java.util.HashMap<>();
        for (StoredItem item : importRows.byKeys(TenantContext.organizationId(), lowerKeys)) {
            ids.put(item.fields().sku().toLowerCase(java.util.Locale.ROOT), item.id());
            ids.put(item.fields().partNumber().toLowerCase(java.util.Locale.ROOT), item.id());
        }
        return ids;
    }

    public Map<UUID, ItemFacts> facts(Collection<UUID> ids) {
        Map<UUID, ItemFacts> found = new HashMap<>();
        items.facts(TenantContext.organizationId(), ids).forEach(f -> found.put(f.id(), f));
        return found;
    }

    /**
     * @param unitId null for the item's own unit
     * @throws IllegalArgumentException when the unit does not convert, or the quantity does not fit the item's unit
     */
    public BigDecimal toBaseQuantity(ItemFacts item, UUID unitId, BigDecimal quantity) {
        UnitConversion.UnitFacts target = new UnitConversion.UnitFacts(item.unitId(), null, BigDecimal.ONE,
                item.fractional());
        if (unitId == null || unitId.equals(item.unitId())) {
            return UnitConversion.convert(quantity, target, target).orElseThrow();
        }
        UnitView itemUnit = unit(item.unitId());
        UnitView from = unit(unitId);
        return UnitConversion.convert(quantity, facts(from), facts(itemUnit))
                .orElseThrow(() -> new IllegalArgumentException("the unit does not convert to the item's unit"));
    }

    public void recordPurchaseCost(UUID itemId, BigDecimal unitCost) {
        items.recordPurchaseCost(TenantContext.organizationId(), itemId, unitCost);
    }

    private UnitView unit(UUID unitId) {
        return units.findById(unitId).map(Unit::view)
                .orElseThrow(() -> new IllegalArgumentException("no such unit"));
    }

    private static UnitConversion.UnitFacts facts(UnitView u) {
        return new UnitConversion.UnitFacts(u.id(), u.baseUnitId(), u.factor(), u.fractional());
    }
}
