package dev.pitlane.auth.clients.persistence;

import dev.pitlane.auth.clients.application.ClientStore;
import dev.pitlane.auth.clients.domain.Client;
import dev.pitlane.platform.web.PageQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Repository
class ClientRepository implements ClientStore {

    private static final String COLUMNS = """
            id, organization_id, name, description, permissions, secret_hash, secret_rotated_at, status,
            created_by, created_at, updated_at, last_used_at, version""";

    private static final RowMapper<Client> ROW = (rs, i) -> {
        Set<String> permissions = new LinkedHashSet<>();
        for (Object p : (Object[]) rs.getArray("permissions").getArray()) {
            permissions.add((String) p);
        }
        return new Client(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("name"), rs.getString("description"), permissions, rs.getString("secret_hash"),
                instant(rs.getTimestamp("secret_rotated_at")), "ACTIVE".equals(rs.getString("status")),
                rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("last_used_at")),
                rs.getLong("version"));
    };

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Client c) {
        jdbc.sql("INSERT INTO clients (" + COLUMNS + ") VALUES (:id, :org, :name, :description, :permissions, "
                        + ":secret, :rotated, :status, :createdBy, :created, :updated, NULL, 0)")
                .params(params(c))
                .update();
    }

    @Override
    public Client update(Client c) {
        int updated = jdbc.sql("""
                        UPDATE clients SET name = :name, description = :description, permissions = :permissions,
                               secret_hash = :secret, secret_rotated_at = :rotated, status = :status,
                               updated_at = :updated, version = version + 1
                        WHERE id = :id AND organization_id = :org AND version = :version""")
                .params(params(c))
                .param("version", c.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("client " + c.id());
        }
        return new Client(c.id(), c.organizationId(), c.name(), c.description(), c.permissions(), c.secretHash(),
                c.secretRotatedAt(), c.enabled(), c.createdBy(), c.createdAt(), c.updatedAt(), c.lastUsedAt(),
                c.version() + 1);
    }

    @Override
    public Optional<Client> find(UUID organizationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clients WHERE id = :id AND organization_id = :org")
                .param("id", id).param("org", organizationId).query(ROW).optional();
    }

    @Override
    public Optional<UUID> organizationOf(UUID clientId) {
        return jdbc.sql("SELECT o FROM auth_organization_of_client(:id) AS o WHERE o IS NOT NULL")
                .param("id", clientId).query((rs, i) -> rs.getObject(1, UUID.class)).optional();
    }

    @Override
    public void recordUse(UUID organizationId, UUID id, Instant at) {
        jdbc.sql("UPDATE clients SET last_used_at = :at WHERE id = :id AND organization_id = :org")
                .param("at", Timestamp.from(at)).param("id", id).param("org", organizationId).update();
    }

    @Override
    public boolean delete(UUID organizationId, UUID id) {
        return jdbc.sql("DELETE FROM clients WHERE id = :id AND organization_id = :org")
                .param("id", id).param("org", organizationId).update() == 1;
    }

    @Override
    public Page page(UUID organizationId, PageQuery query) {
        long total = jdbc.sql("SELECT count(*) FROM clients WHERE organization_id = :org")
                .param("org", organizationId).query(Long.class).single();
        List<Client> items = jdbc.sql("SELECT " + COLUMNS + " FROM clients WHERE organization_id = :org"
                        + query.orderBy("id") + " LIMIT :limit OFFSET :offset")
                .param("org", organizationId).param("limit", query.size()).param("offset", query.offset())
                .query(ROW).list();
        return new Page(items, total);
    }

    private static Map<String, Object> params(Client c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", c.id());
        p.put("org", c.organizationId());
        p.put("name", c.name());
        p.put("description", c.description());
        p.put("permissions", c.permissions().stream().sorted().toArray(String[]::new));
        p.put("secret", c.secretHash());
        p.put("rotated", Timestamp.from(c.secretRotatedAt()));
        p.put("status", c.enabled() ? "ACTIVE" : "DISABLED");
        p.put("createdBy", c.createdBy());
        p.put("created", Timestamp.from(c.createdAt()));
        p.put("updated", Timestamp.from(c.updatedAt()));
        return p;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
