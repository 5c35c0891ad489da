package dev.pitlane.inventory.opening.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Repository
public class OpeningStockRepository {

    private final JdbcTemplate jdbc;

    public OpeningStockRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The locations among these with any ledger row: their opening stock is no longer a blank page. */
    public Set<UUID> withMovements(UUID org, Collection<UUID> locationIds) {
        if (locationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    SELECT l.id FROM unnest(?::uuid[]) AS l(id)
                    WHERE EXISTS (SELECT 1 FROM stock_ledger s WHERE s.organization_id = ? AND s.location_id = l.id)""");
            ps.setArray(1, con.createArrayOf("uuid", locationIds.toArray()));
            ps.setObject(2, org);
            return ps;
        }, (rs, i) -> rs.getObject(1, UUID.class)));
    }
}
