package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.domain.ItemColumns;
import dev.pitlane.inventory.catalog.persistence.ItemImportRepository;
import dev.pitlane.platform.imports.TabularWriter;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/** The whole catalog in the import's columns, streamed: an exported file imports back with every row unchanged. */
@Service
public class ItemExport {

    private final ItemImportRepository rows;
    private final CategoryService categories;

    ItemExport(ItemImportRepository rows, CategoryService categories) {
        this.rows = rows;
        this.categories = categories;
    }

    /** In one read-only transaction, so the cursor streams (the driver fetches 2,000 rows at a time). */
    @Transactional(readOnly = true)
    public void write(TabularWriter out) {
        UUID org = TenantContext.organizationId();
        Map<UUID, String> paths = CategoryPaths.pathsOf(categories.list(), ItemColumns.PATH_SEPARATOR);
        out.row(ItemColumns.HEADER);
        rows.exportAll(org, row -> {
            StoredItem.Fields f = row.fields();
            out.row(Arrays.asList(f.sku(), f.partNumber(), f.name(), f.description(), f.brand(),
                    row.categoryId() == null ? null : paths.get(row.categoryId()), row.unitCode(), f.hsnCode(),
                    text(f.gstRate()), text(f.sellingPrice()), text(f.standardCost()), f.barcode(),
                    f.trackingMode().name(), f.shelfLifeDays() == null ? null : f.shelfLifeDays().toString(),
                    row.supersededBySku(), row.pricesSince() == null ? null : row.pricesSince().toString()));
        });
    }

    private static String text(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
