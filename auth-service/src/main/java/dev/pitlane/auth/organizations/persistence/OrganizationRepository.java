package dev.pitlane.auth.organizations.persistence;

import dev.pitlane.auth.organizations.application.OrganizationStore;
import dev.pitlane.auth.organizations.domain.Organization;
import dev.pitlane.auth.organizations.domain.OrganizationStatus;
import dev.pitlane.platform.web.PageQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class OrganizationRepository implements OrganizationStore {

    private static final String COLUMNS = """
            id, name, legal_name, tax_id, contact_email, contact_phone, address, status, suspended_reason,
            suspended_at, created_at, updated_at, version""";

    private static final RowMapper<Organization> ROW = (rs, i) -> new Organization(rs.getObject("id", UUID.class),
            rs.getString("name"), rs.getString("legal_name"), rs.getString("tax_id"), rs.getString("contact_email"),
            rs.getString("contact_phone"), rs.getString("address"), OrganizationStatus.valueOf(rs.getString("status")),
            rs.getString("suspended_reason"), instant(rs.getTimestamp("suspended_at")),
            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")), rs.getLong("version"));

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Organization o) {
        jdbc.sql("INSERT INTO organizations (kind, " + COLUMNS + ") VALUES ('TENANT', :id, :name, :legal, :tax, "
                        + ":email, :phone, :address, :status, :reason, :suspendedAt, :created, :updated, 0)")
                .params(params(o))
                .update();
    }

    @Override
    public Organization update(Organization o) {
        int updated = jdbc.sql("""
                        UPDATE organizations SET name = :name, legal_name = :legal, tax_id = :tax,
                               contact_email = :email, contact_phone = :phone, address = :address, status = :status,
                               suspended_reason = :reason, suspended_at = :suspendedAt, updated_at = :updated,
                               version = version + 1
                        WHERE id = :id AND kind = 'TENANT' AND version = :version""")
                .params(params(o))
                .param("version", o.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("organization " + o.id());
        }
        return new Organization(o.id(), o.name(), o.legalName(), o.taxId(), o.contactEmail(), o.contactPhone(),
                o.address(), o.status(), o.suspendedReason(), o.suspendedAt(), o.createdAt(), o.updatedAt(),
                o.version() + 1);
    }

    @Override
    public Optional<Organization> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE id = :id AND kind = 'TENANT'")
                .param("id", id).query(ROW).optional();
    }

    @Override
    public Page page(OrganizationStatus status, String text, PageQuery query) {
        StringBuilder where = new StringBuilder(" WHERE kind = 'TENANT'");
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        if (text != null && !text.isBlank()) {
            where.append(" AND (name ILIKE :text OR legal_name ILIKE :text)");
            params.put("text", "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM organizations" + where).params(params).query(Long.class)
                .single();
        List<Organization> items = jdbc.sql("SELECT " + COLUMNS + " FROM organizations" + where
                        + query.orderBy("id") + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", query.size()).param("offset", query.offset())
                .query(ROW).list();
        return new Page(items, total);
    }

    private static Map<String, Object> params(Organization o) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", o.id());
        p.put("name", o.name());
        p.put("legal", o.legalName());
        p.put("tax", o.taxId());
        p.put("email", o.contactEmail());
        p.put("phone", o.contactPhone());
        p.put("address", o.address());
        p.put("status", o.status().name());
        p.put("reason", o.suspendedReason());
        p.put("suspendedAt", o.suspendedAt() == null ? null : Timestamp.from(o.suspendedAt()));
        p.put("created", Timestamp.from(o.createdAt()));
        p.put("updated", Timestamp.from(o.updatedAt()));
        return p;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
