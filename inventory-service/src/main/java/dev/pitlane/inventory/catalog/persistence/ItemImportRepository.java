package dev.pitlane.inventory.catalog.persistence;

import dev.pitlane.inventory.catalog.application.CategoryPaths;
import dev.pitlane.inventory.catalog.application.StoredItem;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The catalog import's and export's SQL: a chunk of items read by SKU or part number in one statement and written
 * by batched statements; the export streams the catalog through a cursor. Plain JDBC because a 200,000-row price
 * list is a measured hot path.
 */
@Repository
public class ItemImportRepository {

    public record PriceRow(UUID itemId, LocalDate effectiveFrom, java.math.BigDecimal sellingPrice,
                           java.math.BigDecimal standardCost) {
    }

    /** An item of the export: its fields with the names the file uses for its references. */
    public record ExportRow(StoredItem.Fields fields, UUID categoryId, String unitCode, String supersededBySku,
                            LocalDate pricesSince) {
    }

    public interface ExportSink {
        void accept(ExportRow row);
    }

    private final JdbcTemplate jdbc;

    public ItemImportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Live items whose SKU or part number (case-insensitive) is one of these (lower-cased) keys. */
    public List<StoredItem> byKeys(UUID org, Collection<String> lowerKeys) {
        if (lowerKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            // a probe per key (LATERAL); with stale statistics the planner may still scan (docs/benchmarks/catalog-import.md)
            var ps = con.prepareStatement("""
                    SELECT DISTINCT ON (i.id) i.*,
                           (SELECT max(p.effective_from) FROM item_prices p
                            WHERE p.organization_id = i.organization_id AND p.item_id = i.id) AS prices_since
                    FROM unnest(?::text[]) AS k(key)
                    CROSS JOIN LATERAL (
                        SELECT * FROM items WHERE organization_id = ? AND deleted_at IS NULL AND sku_key = k.key
                        UNION ALL
                        SELECT * FROM items WHERE organization_id = ? AND deleted_at IS NULL AND part_number_key = k.key
                    ) i""");
            ps.setArray(1, con.createArrayOf("text", lowerKeys.toArray()));
            ps.setObject(2, org);
            ps.setObject(3, org);
            return ps;
        }, (rs, i) -> stored(rs));
    }

    private static StoredItem stored(ResultSet rs) throws SQLException {
        Date since = rs.getDate("prices_since");
        return new StoredItem(rs.getObject("id", UUID.class), rs.getLong("version"), fields(rs),
                since == null ? null : since.toLocalDate());
    }

    private static StoredItem.Fields fields(ResultSet rs) throws SQLException {
        return new StoredItem.Fields(rs.getString("sku"), rs.getString("part_number"), rs.getString("name"),
                rs.getString("description"), rs.getString("brand"), rs.getObject("category_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getString("hsn_code"), rs.getBigDecimal("gst_rate"),
                rs.getBigDecimal("selling_price"), rs.getBigDecimal("standard_cost"), rs.getString("barcode"),
                TrackingMode.valueOf(rs.getString("tracking_mode")), (Integer) rs.getObject("shelf_life_days"),
                rs.getObject("superseded_by_id", UUID.class));
    }

    /** Categories a file's paths name and the tree lacks, parents before children. */
    public void insertCategories(UUID org, List<CategoryPaths.Missing> missing) {
        if (missing.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO categories (organization_id, id, parent_id, name)
                    SELECT ?, * FROM unnest(?::uuid[], ?::uuid[], ?::text[])""");
            ps.setObject(1, org);
            ps.setArray(2, con.createArrayOf("uuid", missing.stream().map(CategoryPaths.Missing::id).toArray()));
            ps.setArray(3, con.createArrayOf("uuid", missing.stream().map(CategoryPaths.Missing::parentId).toArray()));
            ps.setArray(4, con.createArrayOf("text", missing.stream().map(CategoryPaths.Missing::name).toArray()));
            return ps;
        });
    }

    /** All of a chunk's new items in one statement (one round trip, however many rows). */
    public void insertAll(UUID org, List<StoredItem> items) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO items (organization_id, id, sku, part_number, name, description, brand, category_id,
                        unit_id, hsn_code, gst_rate, selling_price, standard_cost, barcode, tracking_mode,
                        shelf_life_days, superseded_by_id)
                    SELECT ?, * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::uuid[], ?::uuid[], ?::text[], ?::numeric[], ?::numeric[], ?::numeric[], ?::text[],
                        ?::text[], ?::int[], ?::uuid[])""");
            ps.setObject(1, org);
            ps.setArray(2, con.createArrayOf("uuid", items.stream().map(StoredItem::id).toArray()));
            bindColumns(con, ps, 3, items);
            return ps;
        });
    }

    /**
     * All of a chunk's changed items in one statement.
     *
     * @throws OptimisticLockingFailureException when an item changed since it was read
     */
    public void updateAll(UUID org, List<StoredItem> items) {
        if (items.isEmpty()) {
            return;
        }
        int updated = jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    UPDATE items i SET sku = u.sku, part_number = u.part_number, name = u.name,
                        description = u.description, brand = u.brand, category_id = u.category_id,
                        unit_id = u.unit_id, hsn_code = u.hsn_code, gst_rate = u.gst_rate,
                        selling_price = u.selling_price, standard_cost = u.standard_cost, barcode = u.barcode,
                        tracking_mode = u.tracking_mode, shelf_life_days = u.shelf_life_days,
                        superseded_by_id = u.superseded_by_id, version = i.version + 1, updated_at = now()
                    FROM unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::uuid[], ?::uuid[], ?::text[], ?::numeric[], ?::numeric[], ?::numeric[], ?::text[],
                        ?::text[], ?::int[], ?::uuid[])
                        AS u(id, version, sku, part_number, name, description, brand, category_id, unit_id, hsn_code,
                             gst_rate, selling_price, standard_cost, barcode, tracking_mode, shelf_life_days,
                             superseded_by_id)
                    WHERE i.organization_id = ? AND i.id = u.id AND i.version = u.version
                      AND i.deleted_at IS NULL""");
            ps.setArray(1, con.createArrayOf("uuid", items.stream().map(StoredItem::id).toArray()));
            ps.setArray(2, con.createArrayOf("bigint", items.stream().map(StoredItem::version).toArray()));
            bindColumns(con, ps, 3, items);
            ps.setObject(18, org);
            return ps;
        });
        if (updated != items.size()) {
            throw new OptimisticLockingFailureException("an imported item changed meanwhile");
        }
    }

    private static void bindColumns(Connection con, PreparedStatement ps, int at, List<StoredItem> items)
            throws SQLException {
        List<StoredItem.Fields> f = items.stream().map(StoredItem::fields).toList();
        ps.setArray(at, con.createArrayOf("text", f.stream().map(StoredItem.Fields::sku).toArray()));
        ps.setArray(at + 1, con.createArrayOf("text", f.stream().map(StoredItem.Fields::partNumber).toArray()));
        ps.setArray(at + 2, con.createArrayOf("text", f.stream().map(StoredItem.Fields::name).toArray()));
        ps.setArray(at + 3, con.createArrayOf("text", f.stream().map(StoredItem.Fields::description).toArray()));
        ps.setArray(at + 4, con.createArrayOf("text", f.stream().map(StoredItem.Fields::brand).toArray()));
        ps.setArray(at + 5, con.createArrayOf("uuid", f.stream().map(StoredItem.Fields::categoryId).toArray()));
        ps.setArray(at + 6, con.createArrayOf("uuid", f.stream().map(StoredItem.Fields::unitId).toArray()));
        ps.setArray(at + 7, con.createArrayOf("text", f.stream().map(StoredItem.Fields::hsnCode).toArray()));
        ps.setArray(at + 8, con.createArrayOf("numeric", f.stream().map(StoredItem.Fields::gstRate).toArray()));
        ps.setArray(at + 9, con.createArrayOf("numeric", f.stream().map(StoredItem.Fields::sellingPrice).toArray()));
        ps.setArray(at + 10, con.createArrayOf("numeric",
                f.stream().map(StoredItem.Fields::standardCost).toArray()));
        ps.setArray(at + 11, con.createArrayOf("text", f.stream().map(StoredItem.Fields::barcode).toArray()));
        ps.setArray(at + 12, con.createArrayOf("text", f.stream().map(x -> x.trackingMode().name()).toArray()));
        ps.setArray(at + 13, con.createArrayOf("int4", f.stream().map(StoredItem.Fields::shelfLifeDays).toArray()));
        ps.setArray(at + 14, con.createArrayOf("uuid",
                f.stream().map(StoredItem.Fields::supersededById).toArray()));
    }

    /** A day's price again replaces that day's row; earlier days' rows stay. One statement per chunk. */
    public void recordPrices(UUID org, List<PriceRow> prices, String recordedBy, UUID importJobId) {
        if (prices.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO item_prices (organization_id, item_id, effective_from, selling_price, standard_cost,
                        recorded_by, import_job_id)
                    SELECT ?, p.*, ?, ? FROM unnest(?::uuid[], ?::date[], ?::numeric[], ?::numeric[]) AS p
                    ON CONFLICT (organization_id, item_id, effective_from) DO UPDATE
                    SET selling_price = excluded.selling_price, standard_cost = excluded.standard_cost,
                        recorded_at = now(), recorded_by = excluded.recorded_by,
                        import_job_id = excluded.import_job_id""");
            ps.setObject(1, org);
            ps.setString(2, recordedBy);
            ps.setObject(3, importJobId, Types.OTHER);
            ps.setArray(4, con.createArrayOf("uuid", prices.stream().map(PriceRow::itemId).toArray()));
            ps.setArray(5, con.createArrayOf("date", prices.stream()
                    .map(p -> Date.valueOf(p.effectiveFrom())).toArray()));
            ps.setArray(6, con.createArrayOf("numeric", prices.stream().map(PriceRow::sellingPrice).toArray()));
            ps.setArray(7, con.createArrayOf("numeric", prices.stream().map(PriceRow::standardCost).toArray()));
            return ps;
        });
    }

    public List<PriceRow> priceHistory(UUID org, UUID itemId) {
        return jdbc.query("""
                        SELECT item_id, effective_from, selling_price, standard_cost FROM item_prices
                        WHERE organization_id = ? AND item_id = ? ORDER BY effective_from DESC""",
                (rs, i) -> new PriceRow(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(),
                        strip(rs.getBigDecimal(3)), strip(rs.getBigDecimal(4))), org, itemId);
    }

    private static java.math.BigDecimal strip(java.math.BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
    }

    /** Every live item, by SKU, read through a cursor (the caller's read-only transaction keeps it open). */
    public void exportAll(UUID org, ExportSink sink) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    SELECT i.*, u.code AS unit_code, s.sku AS superseded_by_sku,
                           (SELECT max(p.effective_from) FROM item_prices p
                            WHERE p.organization_id = i.organization_id AND p.item_id = i.id) AS prices_since
                    FROM items i
                    JOIN units u ON u.organization_id = i.organization_id AND u.id = i.unit_id
                    LEFT JOIN items s ON s.organization_id = i.organization_id AND s.id = i.superseded_by_id
                    WHERE i.organization_id = ? AND i.deleted_at IS NULL
                    ORDER BY i.sku""", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(2000);
            ps.setObject(1, org);
            return ps;
        }, (RowCallbackHandler) rs -> {
            Date since = rs.getDate("prices_since");
            sink.accept(new ExportRow(fields(rs), rs.getObject("category_id", UUID.class), rs.getString("unit_code"),
                    rs.getString("superseded_by_sku"), since == null ? null : since.toLocalDate()));
        });
    }

    /** The stock ledger has rows of this item: its unit and tracking mode are fixed. */
    public List<UUID> withHistory(UUID org, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    SELECT k.id FROM unnest(?::uuid[]) AS k(id)
                    WHERE EXISTS (SELECT 1 FROM stock_ledger s WHERE s.organization_id = ? AND s.item_id = k.id)""");
            ps.setArray(1, con.createArrayOf("uuid", ids.toArray()));
            ps.setObject(2, org);
            return ps;
        }, (rs, i) -> rs.getObject(1, UUID.class));
    }
}
