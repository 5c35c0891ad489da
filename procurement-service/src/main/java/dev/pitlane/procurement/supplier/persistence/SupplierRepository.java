package dev.pitlane.procurement.supplier.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.supplier.application.Address;
import dev.pitlane.procurement.supplier.application.PreferredPart;
import dev.pitlane.procurement.supplier.application.SupplierDetails;
import dev.pitlane.procurement.supplier.application.SupplierPartDetails;
import dev.pitlane.procurement.supplier.application.SupplierPartView;
import dev.pitlane.procurement.supplier.application.SupplierSnapshot;
import dev.pitlane.procurement.supplier.application.SupplierView;
import dev.pitlane.procurement.supplier.domain.NotificationChannel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@Repository
public class SupplierRepository {

    private static final String COLUMNS = """
            s.id, s.name, s.contact_name, s.email, s.phone, s.address_line1, s.address_line2, s.city, s.state,
            s.postal_code, s.gstin, s.payment_terms_days, s.lead_time_days, s.notification_channel, s.webhook_url,
            s.webhook_secret IS NOT NULL AS secret_set, s.created_at, s.updated_at, s.deleted_at, s.version""";
    private static final RowMapper<SupplierView> VIEW = SupplierRepository::view;
    private static final RowMapper<SupplierPartView> PART = (rs, i) -> new SupplierPartView(
            rs.getObject("supplier_id", UUID.class), rs.getString("supplier_name"), rs.getObject("item_id", UUID.class),
            rs.getString("item_sku"), rs.getString("item_name"), rs.getString("supplier_part_number"),
            rs.getBigDecimal("unit_price"), rs.getBigDecimal("tax_rate"), rs.getBoolean("preferred"),
            rs.getTimestamp("updated_at").toInstant());

    private final JdbcClient jdbc;

    SupplierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID org() {
        return TenantContext.organizationId();
    }

    public void insert(UUID id, SupplierDetails d, String actor, Instant now) {
        Address a = d.address() == null ? new Address(null, null, null, null, null) : d.address();
        jdbc.sql("""
                        INSERT INTO suppliers (id, organization_id, name, contact_name, email, phone, address_line1,
                            address_line2, city, state, postal_code, gstin, payment_terms_days, lead_time_days,
                            notification_channel, webhook_url, webhook_secret, created_at, created_by, updated_at)
                        VALUES (:id, :org, :name, :contact, :email, :phone, :l1, :l2, :city, :state, :pin, :gstin,
                            :terms, :lead, :channel, :url, :secret, :now, :actor, :now)""")
                .param("id", id).param("org", org()).param("name", d.name()).param("contact", d.contactName())
                .param("email", d.email()).param("phone", d.phone()).param("l1", a.line1()).param("l2", a.line2())
                .param("city", a.city()).param("state", a.state()).param("pin", a.postalCode())
                .param("gstin", d.gstin()).param("terms", d.paymentTermsDays()).param("lead", d.leadTimeDays())
                .param("channel", d.notificationChannel().name()).param("url", d.webhookUrl())
                .param("secret", d.webhookSecret()).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
    }

    /** @return false when {@code version} is not the current one */
    public boolean update(UUID id, SupplierDetails d, long version, Instant now) {
        Address a = d.address() == null ? new Address(null, null, null, null, null) : d.address();
        return jdbc.sql("""
                        UPDATE suppliers SET name = :name, contact_name = :contact, email = :email, phone = :phone,
                            address_line1 = :l1, address_line2 = :l2, city = :city, state = :state, postal_code = :pin,
                            gstin = :gstin, payment_terms_days = :terms, lead_time_days = :lead,
                            notification_channel = :channel, webhook_url = :url,
                            webhook_secret = COALESCE(:secret, webhook_secret), updated_at = :now,
                            version = version + 1
                        WHERE id = :id AND organization_id = :org AND version = :version AND deleted_at IS NULL""")
                .param("id", id).param("org", org()).param("name", d.name()).param("contact", d.contactName())
                .param("email", d.email()).param("phone", d.phone()).param("l1", a.line1()).param("l2", a.line2())
                .param("city", a.city()).param("state", a.state()).param("pin", a.postalCode())
                .param("gstin", d.gstin()).param("terms", d.paymentTermsDays()).param("lead", d.leadTimeDays())
                .param("channel", d.notificationChannel().name()).param("url", d.webhookUrl())
                .param("secret", d.webhookSecret()).param("now", Timestamp.from(now)).param("version", version)
                .update() == 1;
    }

    public void softDelete(UUID id, Instant now) {
        jdbc.sql("""
                        UPDATE suppliers SET deleted_at = COALESCE(deleted_at, :now), updated_at = :now,
                            version = version + 1
                        WHERE id = :id AND organization_id = :org""")
                .param("id", id).param("org", org()).param("now", Timestamp.from(now)).update();
        // a deleted supplier gets no reorder suggestions: another supplier may become preferred
        jdbc.sql("UPDATE supplier_parts SET preferred = false WHERE supplier_id = :id AND organization_id = :org")
                .param("id", id).param("org", org()).update();
    }

    public Optional<SupplierView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM suppliers s WHERE s.id = :id AND s.organization_id = :org")
                .param("id", id).param("org", org()).query(VIEW).optional();
    }

    public Optional<SupplierSnapshot> snapshot(UUID id) {
        return jdbc.sql("""
                        SELECT id, name, email, gstin, payment_terms_days, lead_time_days, notification_channel,
                            webhook_url, webhook_secret, deleted_at IS NULL AS active
                        FROM suppliers WHERE id = :id AND organization_id = :org""")
                .param("id", id).param("org", org())
                .query((rs, i) -> new SupplierSnapshot(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("email"), rs.getString("gstin"), rs.getInt("payment_terms_days"),
                        rs.getInt("lead_time_days"), NotificationChannel.valueOf(rs.getString("notification_channel")),
                        rs.getString("webhook_url"), rs.getString("webhook_secret"), rs.getBoolean("active")))
                .optional();
    }

    public PageResponse<SupplierView> list(String search, UUID itemId, boolean includeDeleted, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE s.organization_id = :org");
        if (!includeDeleted) {
            where.append(" AND s.deleted_at IS NULL");
        }
        if (search != null && !search.isBlank()) {
            where.append(" AND (strpos(lower(s.name), :search) > 0 OR s.gstin = upper(:exact))");
        }
        if (itemId != null) {
            where.append(" AND EXISTS (SELECT 1 FROM supplier_parts p WHERE p.supplier_id = s.id"
                    + " AND p.organization_id = s.organization_id AND p.item_id = :item)");
        }
        String pattern = search == null ? null : search.trim().toLowerCase(Locale.ROOT);
        List<SupplierView> items = bind(jdbc.sql("SELECT " + COLUMNS + " FROM suppliers s" + where
                + page.orderBy("s.id") + " LIMIT :limit OFFSET :offset"), search, pattern, itemId)
                .param("limit", page.size()).param("offset", page.offset())
                .query(VIEW).list();
        long total = bind(jdbc.sql("SELECT count(*) FROM suppliers s" + where), search, pattern, itemId)
                .query(Long.class).single();
        return PageResponse.of(items, page, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String search, String pattern,
                                                 UUID itemId) {
        spec = spec.param("org", org());
        if (search != null && !search.isBlank()) {
            spec = spec.param("search", pattern).param("exact", search.trim());
        }
        if (itemId != null) {
            spec = spec.param("item", itemId);
        }
        return spec;
    }

    public void clearPreferred(UUID itemId, UUID exceptSupplier) {
        jdbc.sql("""
                        UPDATE supplier_parts SET preferred = false
                        WHERE organization_id = :org AND item_id = :item AND supplier_id <> :supplier AND preferred""")
                .param("org", org()).param("item", itemId).param("supplier", exceptSupplier).update();
    }

    public void upsertPart(UUID supplierId, UUID itemId, SupplierPartDetails p, Instant now) {
        jdbc.sql("""
                        INSERT INTO supplier_parts (organization_id, supplier_id, item_id, item_sku, item_name,
                            supplier_part_number, unit_price, tax_rate, preferred, updated_at)
                        VALUES (:org, :supplier, :item, :sku, :name, :spn, :price, :tax, :preferred, :now)
                        ON CONFLICT (organization_id, supplier_id, item_id) DO UPDATE SET
                            item_sku = EXCLUDED.item_sku, item_name = EXCLUDED.item_name,
                            supplier_part_number = EXCLUDED.supplier_part_number, unit_price = EXCLUDED.unit_price,
                            tax_rate = EXCLUDED.tax_rate, preferred = EXCLUDED.preferred,
                            updated_at = EXCLUDED.updated_at""")
                .param("org", org()).param("supplier", supplierId).param("item", itemId)
                .param("sku", p.itemSku()).param("name", p.itemName()).param("spn", p.supplierPartNumber())
                .param("price", p.unitPrice()).param("tax", p.taxRate()).param("preferred", p.preferred())
                .param("now", Timestamp.from(now)).update();
    }

    public boolean deletePart(UUID supplierId, UUID itemId) {
        return jdbc.sql("DELETE FROM supplier_parts WHERE organization_id = :org AND supplier_id = :s AND item_id = :i")
                .param("org", org()).param("s", supplierId).param("i", itemId).update() == 1;
    }

    private static final String PART_SELECT = """
            SELECT p.supplier_id, s.name AS supplier_name, p.item_id, p.item_sku, p.item_name, p.supplier_part_number,
                p.unit_price, p.tax_rate, p.preferred, p.updated_at
            FROM supplier_parts p JOIN suppliers s ON s.id = p.supplier_id AND s.organization_id = p.organization_id
            """;

    public Optional<SupplierPartView> part(UUID supplierId, UUID itemId) {
        return jdbc.sql(PART_SELECT + " WHERE p.organization_id = :org AND p.supplier_id = :s AND p.item_id = :i")
                .param("org", org()).param("s", supplierId).param("i", itemId).query(PART).optional();
    }

    public List<SupplierPartView> parts(UUID supplierId) {
        return jdbc.sql(PART_SELECT + " WHERE p.organization_id = :org AND p.supplier_id = :s ORDER BY p.item_sku")
                .param("org", org()).param("s", supplierId).query(PART).list();
    }

    public List<SupplierPartView> partsOfItem(UUID itemId) {
        return jdbc.sql(PART_SELECT + """
                         WHERE p.organization_id = :org AND p.item_id = :i AND s.deleted_at IS NULL
                        ORDER BY p.preferred DESC, p.unit_price, s.name""")
                .param("org", org()).param("i", itemId).query(PART).list();
    }

    public Optional<PreferredPart> preferredPart(UUID itemId) {
        return jdbc.sql("""
                        SELECT p.supplier_id, p.item_id, p.item_sku, p.item_name, p.supplier_part_number, p.unit_price,
                            p.tax_rate
                        FROM supplier_parts p JOIN suppliers s
                            ON s.id = p.supplier_id AND s.organization_id = p.organization_id
                        WHERE p.organization_id = :org AND p.item_id = :item AND p.preferred
                            AND s.deleted_at IS NULL""")
                .param("org", org()).param("item", itemId)
                .query((rs, i) -> new PreferredPart(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
                .optional();
    }

    private static SupplierView view(ResultSet rs, int row) throws SQLException {
        Timestamp deleted = rs.getTimestamp("deleted_at");
        Address address = new Address(rs.getString("address_line1"), rs.getString("address_line2"),
                rs.getString("city"), rs.getString("state"), rs.getString("postal_code"));
        return new SupplierView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("contact_name"),
                rs.getString("email"), rs.getString("phone"), address, rs.getString("gstin"),
                rs.getInt("payment_terms_days"), rs.getInt("lead_time_days"),
                NotificationChannel.valueOf(rs.getString("notification_channel")), rs.getString("webhook_url"),
                rs.getBoolean("secret_set"), deleted != null, rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), deleted == null ? null : deleted.toInstant(),
                rs.getLong("version"));
    }
}
