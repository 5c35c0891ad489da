package dev.pitlane.auth.access.persistence;

import dev.pitlane.auth.access.application.PermissionMatrixSource;
import dev.pitlane.auth.access.domain.PermissionDefinition;
import dev.pitlane.auth.access.domain.PermissionMatrix;
import dev.pitlane.auth.access.domain.RoleDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Repository
class PermissionMatrixRepository implements PermissionMatrixSource {

    private final JdbcClient jdbc;

    PermissionMatrixRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PermissionMatrix load() {
        List<PermissionDefinition> permissions = jdbc.sql(
                        "SELECT name, description, tenant FROM permissions ORDER BY position")
                .query((rs, i) -> new PermissionDefinition(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
        Map<String, Set<String>> grants = new HashMap<>();
        jdbc.sql("""
                        SELECT rp.role, rp.permission FROM role_permissions rp
                        JOIN permissions p ON p.name = rp.permission ORDER BY p.position""")
                .query(rs -> {
                    grants.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                });
        List<RoleDefinition> roles = jdbc.sql("SELECT name, description, assignable FROM roles ORDER BY position")
                .query((rs, i) -> new RoleDefinition(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        grants.getOrDefault(rs.getString(1), Set.of())))
                .list();
        return new PermissionMatrix(roles, permissions);
    }
}
