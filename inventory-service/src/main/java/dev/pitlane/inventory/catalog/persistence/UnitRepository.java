package dev.pitlane.inventory.catalog.persistence;

import dev.pitlane.inventory.catalog.application.UnitView;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
public class UnitRepository {

    private static final RowMapper<UnitView> ROW = (rs, i) -> new UnitView(rs.getObject("id", UUID.class),
            rs.getString("code"), rs.getString("name"), rs.getObject("base_unit_id", UUID.class),
            rs.getBigDecimal("factor").stripTrailingZeros(), rs.getBoolean("fractional"));

    private final JdbcClient jdbc;

    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID org, UnitView unit) {
        jdbc.sql("""
                        INSERT INTO units (id, organization_id, code, name, base_unit_id, factor, fractional)
                        VALUES (:id, :org, :code, :name, :base, :factor, :fractional)""")
                .param("id", unit.id()).param("org", org).param("code", unit.code()).param("name", unit.name())
                .param("base", unit.baseUnitId()).param("factor", unit.factor()).param("fractional", unit.fractional())
                .update();
    }

    public Optional<UnitView> find(UUID org, UUID id) {
        return jdbc.sql("SELECT * FROM units WHERE organization_id = :org AND id = :id")
                .param("org", org).param("id", id).query(ROW).optional();
    }

    public Optional<UnitView> findByCode(UUID org, String code) {
        return jdbc.sql("SELECT * FROM units WHERE organization_id = :org AND code = :code")
                .param("org", org).param("code", code).query(ROW).optional();
    }

    public List<UnitView> findAll(UUID org, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM units WHERE organization_id = :org AND id IN (:ids)")
                .param("org", org).param("ids", ids).query(ROW).list();
    }

    public List<UnitView> list(UUID org) {
        return jdbc.sql("SELECT * FROM units WHERE organization_id = :org ORDER BY code")
                .param("org", org).query(ROW).list();
    }
}
