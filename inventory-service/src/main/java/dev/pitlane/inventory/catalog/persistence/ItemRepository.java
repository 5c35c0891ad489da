package dev.pitlane.inventory.catalog.persistence;

import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.catalog.application.ItemFilter;
import dev.pitlane.inventory.catalog.application.ItemRequest;
import dev.pitlane.inventory.catalog.application.ItemView;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
public class ItemRepository {

    private static final RowMapper<ItemView> ROW = (rs, i) -> new ItemView(rs.getObject("id", UUID.class),
            rs.getString("sku"), rs.getString("part_number"), rs.getString("name"), rs.getString("description"),
            rs.getString("brand"), rs.getObject("category_id", UUID.class), rs.getObject("unit_id", UUID.class),
            rs.getString("hsn_code"), strip(rs.getBigDecimal("gst_rate")), rs.getString("barcode"),
            strip(rs.getBigDecimal("standard_cost")), strip(rs.getBigDecimal("last_purchase_cost")),
            strip(rs.getBigDecimal("selling_price")), TrackingMode.valueOf(rs.getString("tracking_mode")),
            (Integer) rs.getObject("shelf_life_days"), rs.getObject("superseded_by_id", UUID.class),
            rs.getTimestamp("deleted_at") != null, rs.getLong("version"),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());

    private final JdbcClient jdbc;

    public ItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    public void insert(UUID org, UUID id, ItemRequest r) {
        jdbc.sql("""
                        INSERT INTO items (id, organization_id, sku, part_number, name, description, brand, category_id,
                            unit_id, hsn_code, gst_rate, barcode, standard_cost, selling_price, tracking_mode,
                            shelf_life_days, superseded_by_id)
                        VALUES (:id, :org, :sku, :pn, :name, :description, :brand, :category, :unit, :hsn, :gst,
                            :barcode, :standardCost, :sellingPrice, :tracking, :shelfLife, :supersededBy)""")
                .param("id", id).param("org", org).params(fields(r)).update();
    }

    /** @return false when the version did not match (someone else changed the item) */
    public boolean update(UUID org, UUID id, long version, ItemRequest r) {
        return jdbc.sql("""
                        UPDATE items SET sku = :sku, part_number = :pn, name = :name, description = :description,
                            brand = :brand, category_id = :category, unit_id = :unit, hsn_code = :hsn, gst_rate = :gst,
                            barcode = :barcode, standard_cost = :standardCost, selling_price = :sellingPrice,
                            tracking_mode = :tracking, shelf_life_days = :shelfLife, superseded_by_id = :supersededBy,
                            version = version + 1, updated_at = now()
                        WHERE organization_id = :org AND id = :id AND version = :version AND deleted_at IS NULL""")
                .param("id", id).param("org", org).param("version", version).params(fields(r)).update() == 1;
    }

    private static java.util.Map<String, Object> fields(ItemRequest r) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("sku", r.sku());
        p.put("pn", r.partNumber());
        p.put("name", r.name());
        p.put("description", r.description());
        p.put("brand", r.brand());
        p.put("category", r.categoryId());
        p.put("unit", r.unitId());
        p.put("hsn", r.hsnCode());
        p.put("gst", r.gstRate());
        p.put("barcode", r.barcode());
        p.put("standardCost", r.standardCost());
        p.put("sellingPrice", r.sellingPrice());
        p.put("tracking", r.trackingModeOrDefault().name());
        p.put("shelfLife", r.shelfLifeDays());
        p.put("supersededBy", r.supersededById());
        return p;
    }

    public boolean softDelete(UUID org, UUID id) {
        return jdbc.sql("""
                        UPDATE items SET deleted_at = now(), version = version + 1, updated_at = now()
                        WHERE organization_id = :org AND id = :id AND deleted_at IS NULL""")
                .param("org", org).param("id", id).update() == 1;
    }

    public Optional<ItemView> find(UUID org, UUID id) {
        return jdbc.sql("SELECT * FROM items WHERE organization_id = :org AND id = :id")
                .param("org", org).param("id", id).query(ROW).optional();
    }

    public Optional<UUID> successorOf(UUID org, UUID id) {
        return jdbc.sql("SELECT superseded_by_id FROM items WHERE organization_id = :org AND id = :id")
                .param("org", org).param("id", id).query((rs, i) -> rs.getObject(1, UUID.class)).optional()
                .flatMap(Optional::ofNullable);
    }

    public List<ItemFacts> facts(UUID org, Collection<UUID> ids) {
        return jdbc.sql("""
                        SELECT i.id, i.unit_id, u.fractional, i.tracking_mode, i.shelf_life_days, i.standard_cost,
                               i.deleted_at IS NOT NULL AS deleted
                        FROM items i JOIN units u ON u.organization_id = i.organization_id AND u.id = i.unit_id
                        WHERE i.organization_id = :org AND i.id IN (:ids)""")
                .param("org", org).param("ids", ids)
                .query((rs, i) -> new ItemFacts(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getBoolean(3), TrackingMode.valueOf(rs.getString(4)), (Integer) rs.getObject(5),
                        rs.getBigDecimal(6), rs.getBoolean(7)))
                .list();
    }

    public boolean hasStockOrHistory(UUID org, UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM stock_ledger WHERE organization_id = :org AND item_id = :id)")
                .param("org", org).param("id", id).query(Boolean.class).single();
    }

    public boolean holdsStock(UUID org, UUID id) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM stock_balances WHERE organization_id = :org AND item_id = :id
                            AND (on_hand <> 0 OR in_transit <> 0 OR reserved <> 0))""")
                .param("org", org).param("id", id).query(Boolean.class).single();
    }

    public void recordPurchaseCost(UUID org, UUID id, BigDecimal cost) {
        jdbc.sql("UPDATE items SET last_purchase_cost = :cost WHERE organization_id = :org AND id = :id")
                .param("org", org).param("id", id).param("cost", cost).update();
    }

    public List<ItemView> search(UUID org, ItemFilter f, String orderBy, int limit, long offset) {
        return jdbc.sql("SELECT * FROM items" + where(f) + orderBy + " LIMIT :limit OFFSET :offset")
                .params(params(org, f)).param("limit", limit).param("offset", offset).query(ROW).list();
    }

    public long count(UUID org, ItemFilter f) {
        return jdbc.sql("SELECT count(*) FROM items" + where(f)).params(params(org, f)).query(Long.class).single();
    }

    private static String where(ItemFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE organization_id = :org");
        if (!f.includeDeleted()) {
            sql.append(" AND deleted_at IS NULL");
        }
        if (f.q() != null) {
            sql.append(" AND (lower(sku) = lower(:q) OR lower(part_number) = lower(:q) OR barcode = :q"
                    + " OR lower(name) LIKE '%' || lower(:qLike) || '%' ESCAPE '\\')");
        }
        if (f.categoryId() != null) {
            sql.append(" AND category_id = :category");
        }
        if (f.brand() != null) {
            sql.append(" AND lower(brand) = lower(:brand)");
        }
        if (f.trackingMode() != null) {
            sql.append(" AND tracking_mode = :tracking");
        }
        return sql.toString();
    }

    private static java.util.Map<String, Object> params(UUID org, ItemFilter f) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("org", org);
        if (f.q() != null) {
            p.put("q", f.q());
            p.put("qLike", f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        if (f.categoryId() != null) {
            p.put("category", f.categoryId());
        }
        if (f.brand() != null) {
            p.put("brand", f.brand());
        }
        if (f.trackingMode() != null) {
            p.put("tracking", f.trackingMode().name());
        }
        return p;
    }

    public boolean anyInCategory(UUID org, UUID categoryId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM items WHERE organization_id = :org AND category_id = :id)")
                .param("org", org).param("id", categoryId).query(Boolean.class).single();
    }
}
