package dev.pitlane.auth.users.persistence;

import dev.pitlane.auth.users.application.UserStore;
import dev.pitlane.auth.users.domain.User;
import dev.pitlane.auth.users.domain.UserStatus;
import dev.pitlane.platform.web.PageQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
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
class UserRepository implements UserStore {

    private static final String COLUMNS = """
            id, organization_id, email, first_name, last_name, phone, job_title, status, roles, service_center_ids,
            password_hash, password_changed_at, last_login_at, created_at, updated_at, version""";

    private static final RowMapper<User> ROW = UserRepository::map;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(User u) {
        jdbc.sql("INSERT INTO users (" + COLUMNS + ") VALUES (:id, :org, :email, :first, :last, :phone, :title, "
                        + ":status, :roles, CAST(:centers AS uuid[]), :hash, :changed, :lastLogin, :created, "
                        + ":updated, 0)")
                .params(params(u))
                .update();
    }

    @Override
    public User update(User u) {
        int updated = jdbc.sql("""
                        UPDATE users SET email = :email, first_name = :first, last_name = :last, phone = :phone,
                               job_title = :title, status = :status, roles = :roles,
                               service_center_ids = CAST(:centers AS uuid[]),
                               password_hash = :hash, password_changed_at = :changed, updated_at = :updated,
                               version = version + 1
                        WHERE id = :id AND organization_id = :org AND version = :version""")
                .params(params(u))
                .param("version", u.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("user " + u.id());
        }
        return new User(u.id(), u.organizationId(), u.email(), u.firstName(), u.lastName(), u.phone(),
                u.jobTitle(), u.status(), u.roles(), u.serviceCenterIds(), u.passwordHash(),
                u.passwordChangedAt(), u.lastLoginAt(), u.createdAt(), u.updatedAt(), u.version() + 1);
    }

    @Override
    public Optional<User> find(UUID organizationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id AND organization_id = :org")
                .param("id", id).param("org", organizationId).query(ROW).optional();
    }

    @Override
    public Optional<User> findByEmail(UUID organizationId, String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE email = :email AND organization_id = :org")
                .param("email", email).param("org", organizationId).query(ROW).optional();
    }

    @Override
    public List<UUID> organizationsWithEmail(String email) {
        return jdbc.sql("SELECT o FROM auth_organizations_of_email(:email) AS o").param("email", email)
                .query((rs, i) -> rs.getObject(1, UUID.class)).list();
    }

    @Override
    public long countActiveWithRole(UUID organizationId, String role) {
        return jdbc.sql("""
                        SELECT count(*) FROM users WHERE organization_id = :org AND status = 'ACTIVE'
                        AND :role = ANY (roles)""")
                .param("org", organizationId).param("role", role).query(Long.class).single();
    }

    @Override
    public void recordLogin(UUID organizationId, UUID id, Instant at, String upgradedHash) {
        jdbc.sql("""
                        UPDATE users SET last_login_at = :at, password_hash = coalesce(:hash, password_hash)
                        WHERE id = :id AND organization_id = :org""")
                .param("at", Timestamp.from(at)).param("hash", upgradedHash).param("id", id)
                .param("org", organizationId).update();
    }

    @Override
    public Page page(UUID organizationId, Filter filter, PageQuery query) {
        StringBuilder where = new StringBuilder(" WHERE organization_id = :org");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", organizationId);
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.role() != null) {
            where.append(" AND :role = ANY (roles)");
            params.put("role", filter.role());
        }
        if (filter.serviceCenterId() != null) {
            where.append(" AND :center = ANY (service_center_ids)");
            params.put("center", filter.serviceCenterId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (email ILIKE :text OR first_name ILIKE :text OR last_name ILIKE :text)");
            params.put("text", "%" + filter.text().trim().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM users" + where).params(params).query(Long.class).single();
        List<User> items = jdbc.sql("SELECT " + COLUMNS + " FROM users" + where + query.orderBy("id")
                        + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", query.size()).param("offset", query.offset())
                .query(ROW).list();
        return new Page(items, total);
    }

    private static Map<String, Object> params(User u) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", u.id());
        p.put("org", u.organizationId());
        p.put("email", u.email());
        p.put("first", u.firstName());
        p.put("last", u.lastName());
        p.put("phone", u.phone());
        p.put("title", u.jobTitle());
        p.put("status", u.status().name());
        p.put("roles", u.roles().stream().sorted().toArray(String[]::new));
        p.put("centers", u.serviceCenterIds().stream().sorted().map(UUID::toString).toArray(String[]::new));
        p.put("hash", u.passwordHash());
        p.put("changed", timestamp(u.passwordChangedAt()));
        p.put("lastLogin", timestamp(u.lastLoginAt()));
        p.put("created", timestamp(u.createdAt()));
        p.put("updated", timestamp(u.updatedAt()));
        return p;
    }

    private static User map(ResultSet rs, int row) throws SQLException {
        return new User(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("email"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("phone"),
                rs.getString("job_title"), UserStatus.valueOf(rs.getString("status")),
                strings(rs.getArray("roles")), uuids(rs.getArray("service_center_ids")),
                rs.getString("password_hash"), instant(rs.getTimestamp("password_changed_at")),
                instant(rs.getTimestamp("last_login_at")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), rs.getLong("version"));
    }

    private static Set<String> strings(Array array) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add((String) o);
        }
        return out;
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        Set<UUID> out = new LinkedHashSet<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add((UUID) o);
        }
        return out;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
