package dev.pitlane.customer.vehicle.persistence;

import dev.pitlane.customer.vehicle.application.NewVehicle;
import dev.pitlane.customer.vehicle.application.OdometerReading;
import dev.pitlane.customer.vehicle.application.Ownership;
import dev.pitlane.customer.vehicle.application.Vehicle;
import dev.pitlane.customer.vehicle.application.VehicleSearch;
import dev.pitlane.customer.vehicle.domain.FuelType;
import dev.pitlane.customer.vehicle.domain.VehicleDetails;
import dev.pitlane.customer.vehicle.domain.VehicleStatus;
import dev.pitlane.platform.web.PageQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@code vehicles} with their ownership history and odometer readings. */
@Repository
public class VehicleRepository {

    private static final String COLUMNS = "id, customer_id, vin, registration_number, make, model, variant, year, "
            + "fuel, status, odometer_km, last_service_date, last_service_odometer_km, created_at, updated_at, version";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final RowMapper<Vehicle> mapper = VehicleRepository::map;

    VehicleRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public Vehicle insert(UUID org, NewVehicle v) {
        insertAll(org, List.of(v));
        return find(org, v.id()).orElseThrow();
    }

    /** A row per new vehicle, its first owner and, when known, its first odometer reading. */
    public void insertAll(UUID org, List<NewVehicle> vehicles) {
        if (vehicles.isEmpty()) {
            return;
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        List<SqlParameterSource> readings = new ArrayList<>();
        for (NewVehicle v : vehicles) {
            VehicleDetails d = v.details();
            MapSqlParameterSource p = new MapSqlParameterSource(detailParams(d)).addValue("id", v.id())
                    .addValue("org", org).addValue("customerId", v.customerId()).addValue("odometer", v.odometerKm())
                    .addValue("source", v.source());
            rows.add(p);
            if (v.odometerKm() != null) {
                readings.add(p);
            }
        }
        named.batchUpdate("INSERT INTO vehicles (id, organization_id, customer_id, vin, registration_number, make, "
                + "model, variant, year, fuel, odometer_km) VALUES (:id, :org, :customerId, :vin, :registrationNumber, "
                + ":make, :model, :variant, :year, :fuel, :odometer)", rows.toArray(SqlParameterSource[]::new));
        named.batchUpdate("INSERT INTO vehicle_ownerships (organization_id, vehicle_id, customer_id) "
                + "VALUES (:org, :id, :customerId)", rows.toArray(SqlParameterSource[]::new));
        named.batchUpdate("INSERT INTO odometer_readings (organization_id, vehicle_id, reading_km, recorded_at, source) "
                + "VALUES (:org, :id, :odometer, now(), :source)", readings.toArray(SqlParameterSource[]::new));
    }

    /** @return empty when missing or not at {@code version} */
    public Optional<Vehicle> updateDetails(UUID org, UUID id, VehicleDetails d, long version) {
        Map<String, Object> p = detailParams(d);
        p.put("org", org);
        p.put("id", id);
        p.put("version", version);
        return jdbc.sql("UPDATE vehicles SET vin = :vin, registration_number = :registrationNumber, make = :make, "
                        + "model = :model, variant = :variant, year = :year, fuel = :fuel, updated_at = now(), "
                        + "version = version + 1 WHERE organization_id = :org AND id = :id AND version = :version "
                        + "RETURNING " + COLUMNS)
                .params(p).query(mapper).optional();
    }

    /** Updates many vehicles' details in one round trip per batch (the bulk import). */
    public void updateAllDetails(UUID org, Map<UUID, VehicleDetails> vehicles) {
        List<SqlParameterSource> rows = new ArrayList<>();
        vehicles.forEach((id, d) -> rows.add(new MapSqlParameterSource(detailParams(d)).addValue("org", org)
                .addValue("id", id)));
        if (!rows.isEmpty()) {
            named.batchUpdate("UPDATE vehicles SET vin = :vin, registration_number = :registrationNumber, "
                    + "make = :make, model = :model, variant = :variant, year = :year, fuel = :fuel, "
                    + "updated_at = now(), version = version + 1 WHERE organization_id = :org AND id = :id",
                    rows.toArray(SqlParameterSource[]::new));
        }
    }

    public Optional<Vehicle> find(UUID org, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vehicles WHERE organization_id = :org AND id = :id")
                .param("org", org).param("id", id).query(mapper).optional();
    }

    /** The row locked until the transaction ends, for changes that read it first (owner, status, odometer). */
    public Optional<Vehicle> lock(UUID org, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vehicles WHERE organization_id = :org AND id = :id FOR UPDATE")
                .param("org", org).param("id", id).query(mapper).optional();
    }

    public Map<UUID, List<Vehicle>> findByCustomers(UUID org, Collection<UUID> customerIds) {
        Map<UUID, List<Vehicle>> result = new LinkedHashMap<>();
        if (customerIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT v.* FROM unnest(CAST(:ids AS uuid[])) AS k(id) JOIN vehicles v "
                        + "ON v.organization_id = :org AND v.customer_id = k.id ORDER BY v.created_at, v.id")
                .param("org", org).param("ids", customerIds.toArray(UUID[]::new))
                .query(mapper).list().forEach(v -> result.computeIfAbsent(v.customerId(), k -> new ArrayList<>()).add(v));
        return result;
    }

    /** Vehicles holding one of these VINs or plates (the bulk import's natural keys). */
    public List<Vehicle> findByVinsOrRegistrations(UUID org, Collection<String> vins, Collection<String> plates) {
        if (vins.isEmpty() && plates.isEmpty()) {
            return List.of();
        }
        // one index probe per key (see CustomerRepository); UNION drops a vehicle found by both
        return jdbc.sql("SELECT v.* FROM unnest(CAST(:vins AS text[])) AS k(vin) JOIN vehicles v "
                        + "ON v.organization_id = :org AND v.vin = k.vin UNION "
                        + "SELECT v.* FROM unnest(CAST(:plates AS text[])) AS k(plate) JOIN vehicles v "
                        + "ON v.organization_id = :org AND v.registration_number = k.plate")
                .param("org", org).param("vins", vins.toArray(String[]::new))
                .param("plates", plates.toArray(String[]::new)).query(mapper).list();
    }

    public List<Vehicle> search(UUID org, VehicleSearch s, PageQuery page) {
        Map<String, Object> p = searchParams(org, s);
        p.put("limit", page.size());
        p.put("offset", page.offset());
        return jdbc.sql("SELECT " + COLUMNS + " FROM vehicles WHERE " + where(s) + page.orderBy("id")
                        + " LIMIT :limit OFFSET :offset")
                .params(p).query(mapper).list();
    }

    public long count(UUID org, VehicleSearch s) {
        return jdbc.sql("SELECT count(*) FROM vehicles WHERE " + where(s)).params(searchParams(org, s))
                .query(Long.class).single();
    }

    private static String where(VehicleSearch s) {
        List<String> clauses = new ArrayList<>(List.of("organization_id = :org"));
        if (s.vin() != null) {
            clauses.add("vin = :vin");
        }
        if (s.registrationNumber() != null) {
            clauses.add("registration_number = :registrationNumber");
        }
        if (s.customerId() != null) {
            clauses.add("customer_id = :customerId");
        }
        if (s.status() != null) {
            clauses.add("status = :status");
        }
        if (s.make() != null) {
            clauses.add("lower(make) = lower(:make)");
        }
        return String.join(" AND ", clauses);
    }

    private static Map<String, Object> searchParams(UUID org, VehicleSearch s) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", org);
        p.put("vin", s.vin());
        p.put("registrationNumber", s.registrationNumber());
        p.put("customerId", s.customerId());
        p.put("status", s.status() == null ? null : s.status().name());
        p.put("make", s.make());
        return p;
    }

    public Vehicle changeOwner(UUID org, UUID id, UUID newCustomerId, String note, Instant at) {
        jdbc.sql("UPDATE vehicle_ownerships SET ended_at = :at WHERE organization_id = :org AND vehicle_id = :id "
                        + "AND ended_at IS NULL")
                .param("at", Timestamp.from(at)).param("org", org).param("id", id).update();
        jdbc.sql("INSERT INTO vehicle_ownerships (organization_id, vehicle_id, customer_id, started_at, note) "
                        + "VALUES (:org, :id, :customer, :at, :note)")
                .param("org", org).param("id", id).param("customer", newCustomerId).param("at", Timestamp.from(at))
                .param("note", note).update();
        return jdbc.sql("UPDATE vehicles SET customer_id = :customer, updated_at = now(), version = version + 1 "
                        + "WHERE organization_id = :org AND id = :id RETURNING " + COLUMNS)
                .param("customer", newCustomerId).param("org", org).param("id", id).query(mapper).single();
    }

    public List<Ownership> ownerships(UUID org, UUID vehicleId) {
        return jdbc.sql("SELECT customer_id, started_at, ended_at, note FROM vehicle_ownerships "
                        + "WHERE organization_id = :org AND vehicle_id = :id ORDER BY started_at DESC, id DESC")
                .param("org", org).param("id", vehicleId)
                .query((rs, i) -> new Ownership(rs.getObject(1, UUID.class), instant(rs.getTimestamp(2)),
                        instant(rs.getTimestamp(3)), rs.getString(4)))
                .list();
    }

    public Vehicle changeStatus(UUID org, UUID id, VehicleStatus status) {
        return jdbc.sql("UPDATE vehicles SET status = :status, updated_at = now(), version = version + 1 "
                        + "WHERE organization_id = :org AND id = :id RETURNING " + COLUMNS)
                .param("status", status.name()).param("org", org).param("id", id).query(mapper).single();
    }

    /** Adds a reading; it becomes the vehicle's current reading when {@code current} is true. */
    public OdometerReading addReading(UUID org, UUID vehicleId, int km, Instant at, String source, boolean correction,
                                      String note, boolean current) {
        OdometerReading reading = jdbc.sql("INSERT INTO odometer_readings (organization_id, vehicle_id, reading_km, "
                        + "recorded_at, source, correction, note) VALUES (:org, :id, :km, :at, :source, :correction, "
                        + ":note) RETURNING id, reading_km, recorded_at, source, correction, note")
                .param("org", org).param("id", vehicleId).param("km", km).param("at", Timestamp.from(at))
                .param("source", source).param("correction", correction).param("note", note)
                .query(VehicleRepository::reading).single();
        if (current) {
            jdbc.sql("UPDATE vehicles SET odometer_km = :km, updated_at = now(), version = version + 1 "
                            + "WHERE organization_id = :org AND id = :id")
                    .param("km", km).param("org", org).param("id", vehicleId).update();
        }
        return reading;
    }

    /** Newest first; {@code before} is the keyset position (recorded_at, id) of the last reading seen. */
    public List<OdometerReading> readings(UUID org, UUID vehicleId, Instant beforeAt, Long beforeId, int limit) {
        String keyset = beforeAt == null ? "" : " AND (recorded_at, id) < (:at, :beforeId)";
        return jdbc.sql("SELECT id, reading_km, recorded_at, source, correction, note FROM odometer_readings "
                        + "WHERE organization_id = :org AND vehicle_id = :id" + keyset
                        + " ORDER BY recorded_at DESC, id DESC LIMIT :limit")
                .param("org", org).param("id", vehicleId)
                .param("at", beforeAt == null ? null : Timestamp.from(beforeAt)).param("beforeId", beforeId)
                .param("limit", limit).query(VehicleRepository::reading).list();
    }

    /** A closed job card: its date and reading become the last service unless a later one is already known. */
    public boolean recordService(UUID org, UUID vehicleId, LocalDate date, Integer odometerKm) {
        return jdbc.sql("UPDATE vehicles SET last_service_date = :date, last_service_odometer_km = :km, "
                        + "updated_at = now(), version = version + 1 WHERE organization_id = :org AND id = :id "
                        + "AND (last_service_date IS NULL OR last_service_date <= :date)")
                .param("date", Date.valueOf(date)).param("km", odometerKm).param("org", org).param("id", vehicleId)
                .update() == 1;
    }

    private static Map<String, Object> detailParams(VehicleDetails d) {
        Map<String, Object> p = new HashMap<>();
        p.put("vin", d.vin());
        p.put("registrationNumber", d.registrationNumber());
        p.put("make", d.make());
        p.put("model", d.model());
        p.put("variant", d.variant());
        p.put("year", d.year());
        p.put("fuel", d.fuel() == null ? null : d.fuel().name());
        return p;
    }

    private static OdometerReading reading(ResultSet rs, int row) throws SQLException {
        return new OdometerReading(rs.getLong(1), rs.getInt(2), instant(rs.getTimestamp(3)), rs.getString(4),
                rs.getBoolean(5), rs.getString(6));
    }

    private static Vehicle map(ResultSet rs, int row) throws SQLException {
        String fuel = rs.getString("fuel");
        Date lastService = rs.getDate("last_service_date");
        return new Vehicle(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class), rs.getString("vin"),
                rs.getString("registration_number"), rs.getString("make"), rs.getString("model"),
                rs.getString("variant"), (Integer) rs.getObject("year"), fuel == null ? null : FuelType.valueOf(fuel),
                VehicleStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("odometer_km"),
                lastService == null ? null : lastService.toLocalDate(),
                (Integer) rs.getObject("last_service_odometer_km"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), rs.getLong("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
