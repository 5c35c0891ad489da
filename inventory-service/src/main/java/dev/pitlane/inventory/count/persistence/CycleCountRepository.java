package dev.pitlane.inventory.count.persistence;

import dev.pitlane.inventory.count.application.CycleCountView;
import dev.pitlane.inventory.count.domain.CountLine;
import dev.pitlane.inventory.count.domain.CountStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
public class CycleCountRepository {

    private final JdbcClient jdbc;

    public CycleCountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID org, UUID id, UUID locationId, String note, String by, Instant at, List<CountLine> lines) {
        jdbc.sql("""
                        INSERT INTO cycle_counts (id, organization_id, location_id, status, note, counted_by, counted_at)
                        VALUES (:id, :org, :location, 'SUBMITTED', :note, :by, :at)""")
                .param("id", id).param("org", org).param("location", locationId).param("note", note)
                .param("by", by).param("at", Timestamp.from(at)).update();
        for (CountLine l : lines) {
            jdbc.sql("""
                            INSERT INTO cycle_count_lines (organization_id, cycle_count_id, item_id, expected_quantity,
                                counted_quantity) VALUES (:org, :id, :item, :expected, :counted)""")
                    .param("org", org).param("id", id).param("item", l.itemId())
                    .param("expected", l.expectedQuantity()).param("counted", l.countedQuantity()).update();
        }
    }

    public void decide(UUID org, UUID id, CountStatus status, String by, Instant at, UUID movementId) {
        jdbc.sql("""
                        UPDATE cycle_counts SET status = :status, decided_by = :by, decided_at = :at, movement_id = :m
                        WHERE organization_id = :org AND id = :id""")
                .param("status", status.name()).param("by", by).param("at", Timestamp.from(at))
                .param("m", movementId).param("org", org).param("id", id).update();
    }

    public Optional<CycleCountView> find(UUID org, UUID id, boolean lock) {
        return jdbc.sql("SELECT * FROM cycle_counts WHERE organization_id = :org AND id = :id"
                        + (lock ? " FOR UPDATE" : ""))
                .param("org", org).param("id", id)
                .query((rs, i) -> {
                    Timestamp decided = rs.getTimestamp("decided_at");
                    return new CycleCountView(rs.getObject("id", UUID.class), rs.getObject("location_id", UUID.class),
                            CountStatus.valueOf(rs.getString("status")), rs.getString("note"),
                            rs.getString("counted_by"), rs.getTimestamp("counted_at").toInstant(),
                            rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                            rs.getObject("movement_id", UUID.class), null);
                })
                .optional()
                .map(c -> new CycleCountView(c.id(), c.locationId(), c.status(), c.note(), c.countedBy(),
                        c.countedAt(), c.decidedBy(), c.decidedAt(), c.movementId(), lines(org, id)));
    }

    private List<CycleCountView.Line> lines(UUID org, UUID id) {
        return jdbc.sql("SELECT item_id, expected_quantity, counted_quantity FROM cycle_count_lines "
                        + "WHERE organization_id = :org AND cycle_count_id = :id ORDER BY item_id")
                .param("org", org).param("id", id)
                .query((rs, i) -> {
                    CountLine l = new CountLine(rs.getObject(1, UUID.class), rs.getBigDecimal(2), rs.getBigDecimal(3));
                    return new CycleCountView.Line(l.itemId(), l.expectedQuantity(), l.countedQuantity(),
                            l.difference());
                })
                .list();
    }

    public List<UUID> list(UUID org, UUID locationId, CountStatus status, int limit, long offset) {
        return jdbc.sql("""
                        SELECT id FROM cycle_counts WHERE organization_id = :org
                        AND (CAST(:location AS uuid) IS NULL OR location_id = :location)
                        AND (CAST(:status AS text) IS NULL OR status = :status)
                        ORDER BY counted_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("org", org).param("location", locationId).param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset).query(UUID.class).list();
    }

    public long count(UUID org, UUID locationId, CountStatus status) {
        return jdbc.sql("""
                        SELECT count(*) FROM cycle_counts WHERE organization_id = :org
                        AND (CAST(:location AS uuid) IS NULL OR location_id = :location)
                        AND (CAST(:status AS text) IS NULL OR status = :status)""")
                .param("org", org).param("location", locationId).param("status", status == null ? null : status.name())
                .query(Long.class).single();
    }
}
