package dev.pitlane.inventory.stock.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where each serial number is. Changed only under the item's cost-row lock, so per item one writer at a time. */
@Repository
public class SerialRepository {

    public enum Status { IN_STOCK, IN_TRANSIT, ISSUED }

    public record Serial(String serialNumber, Status status, UUID locationId) {
    }

    private final JdbcClient jdbc;

    public SerialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Serial> find(UUID org, UUID item, Collection<String> serials) {
        return jdbc.sql("""
                        SELECT serial_number, status, location_id FROM serial_numbers
                        WHERE organization_id = :org AND item_id = :item AND serial_number IN (:serials)""")
                .param("org", org).param("item", item).param("serials", serials)
                .query((rs, i) -> new Serial(rs.getString(1), Status.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class)))
                .list();
    }

    /** The first {@code count} serials in {@code status} at a location, in serial number order. */
    public List<String> pick(UUID org, UUID item, UUID location, Status status, int count) {
        return jdbc.sql("""
                        SELECT serial_number FROM serial_numbers WHERE organization_id = :org AND item_id = :item
                        AND location_id = :location AND status = :status ORDER BY serial_number LIMIT :n""")
                .param("org", org).param("item", item).param("location", location).param("status", status.name())
                .param("n", count).query(String.class).list();
    }

    public void place(UUID org, UUID item, Collection<String> serials, Status status, UUID location) {
        for (String serial : serials) {
            jdbc.sql("""
                            INSERT INTO serial_numbers (organization_id, item_id, serial_number, status, location_id)
                            VALUES (:org, :item, :serial, :status, :location)
                            ON CONFLICT (organization_id, item_id, serial_number)
                            DO UPDATE SET status = EXCLUDED.status, location_id = EXCLUDED.location_id, updated_at = now()""")
                    .param("org", org).param("item", item).param("serial", serial).param("status", status.name())
                    .param("location", location).update();
        }
    }
}
