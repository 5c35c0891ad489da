package dev.pitlane.inventory.location.persistence;

import dev.pitlane.inventory.location.application.BinView;
import dev.pitlane.inventory.location.application.LocationType;
import dev.pitlane.inventory.location.application.LocationView;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
public class LocationRepository {

    private static final RowMapper<LocationView> ROW = (rs, i) -> new LocationView(rs.getObject("id", UUID.class),
            rs.getString("code"), rs.getString("name"), LocationType.valueOf(rs.getString("type")),
            rs.getObject("service_center_id", UUID.class), rs.getString("address"), rs.getBoolean("active"));

    private final JdbcClient jdbc;

    public LocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID org, LocationView l) {
        jdbc.sql("""
                        INSERT INTO locations (id, organization_id, code, name, type, service_center_id, address, active)
                        VALUES (:id, :org, :code, :name, :type, :sc, :address, :active)""")
                .param("id", l.id()).param("org", org).param("code", l.code()).param("name", l.name())
                .param("type", l.type().name()).param("sc", l.serviceCenterId()).param("address", l.address())
                .param("active", l.active()).update();
    }

    public void update(UUID org, LocationView l) {
        jdbc.sql("""
                        UPDATE locations SET code = :code, name = :name, address = :address, active = :active
                        WHERE organization_id = :org AND id = :id""")
                .param("id", l.id()).param("org", org).param("code", l.code()).param("name", l.name())
                .param("address", l.address()).param("active", l.active()).update();
    }

    public Optional<LocationView> find(UUID org, UUID id) {
        return jdbc.sql("SELECT * FROM locations WHERE organization_id = :org AND id = :id")
                .param("org", org).param("id", id).query(ROW).optional();
    }

    public List<LocationView> findAll(UUID org, Collection<UUID> ids) {
        return jdbc.sql("SELECT * FROM locations WHERE organization_id = :org AND id IN (:ids)")
                .param("org", org).param("ids", ids).query(ROW).list();
    }

    public List<LocationView> list(UUID org, LocationType type, UUID serviceCenterId) {
        return jdbc.sql("""
                        SELECT * FROM locations WHERE organization_id = :org
                        AND (CAST(:type AS text) IS NULL OR type = :type)
                        AND (CAST(:sc AS uuid) IS NULL OR service_center_id = :sc)
                        ORDER BY code""")
                .param("org", org).param("type", type == null ? null : type.name()).param("sc", serviceCenterId)
                .query(ROW).list();
    }

    public void insertBin(UUID org, BinView bin) {
        jdbc.sql("INSERT INTO bins (id, organization_id, location_id, code) VALUES (:id, :org, :location, :code)")
                .param("id", bin.id()).param("org", org).param("location", bin.locationId()).param("code", bin.code())
                .update();
    }

    public List<BinView> bins(UUID org, UUID locationId) {
        return jdbc.sql("SELECT id, location_id, code FROM bins WHERE organization_id = :org AND location_id = :l "
                        + "ORDER BY code")
                .param("org", org).param("l", locationId)
                .query((rs, i) -> new BinView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3)))
                .list();
    }

    public boolean binBelongsTo(UUID org, UUID binId, UUID locationId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM bins WHERE organization_id = :org AND id = :id "
                        + "AND location_id = :l)")
                .param("org", org).param("id", binId).param("l", locationId).query(Boolean.class).single();
    }
}
