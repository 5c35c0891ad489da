package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.persistence.ItemImportRepository;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An item's prices by the day they took effect, newest first: what a document of any day was priced at. */
@Service
public class ItemPrices {

    public record Price(LocalDate effectiveFrom, BigDecimal sellingPrice, BigDecimal standardCost) {
    }

    private final ItemImportRepository rows;
    private final ItemService items;

    ItemPrices(ItemImportRepository rows, ItemService items) {
        this.rows = rows;
        this.items = items;
    }

    public List<Price> history(UUID itemId) {
        items.get(itemId);
        return rows.priceHistory(TenantContext.organizationId(), itemId).stream()
                .map(p -> new Price(p.effectiveFrom(), p.sellingPrice(), p.standardCost())).toList();
    }
}
