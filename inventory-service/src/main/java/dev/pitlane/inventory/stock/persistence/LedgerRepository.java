package dev.pitlane.inventory.stock.persistence;

import dev.pitlane.inventory.stock.application.LedgerEntry;
import dev.pitlane.inventory.stock.application.MovementFilter;
import dev.pitlane.inventory.stock.domain.MovementType;
import dev.pitlane.inventory.stock.domain.SourceDocumentType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
public class LedgerRepository {

    static final RowMapper<LedgerEntry> ROW = (rs, i) -> {
        Array serials = rs.getArray("serial_numbers");
        String source = rs.getString("source_document_type");
        return new LedgerEntry(rs.getLong("id"), rs.getObject("movement_id", UUID.class),
                MovementType.valueOf(rs.getString("movement_type")), rs.getObject("item_id", UUID.class),
                rs.getObject("location_id", UUID.class), rs.getBigDecimal("quantity"),
                rs.getBigDecimal("in_transit_delta"), rs.getBigDecimal("value_delta"), rs.getBigDecimal("unit_cost"),
                rs.getString("reason"), rs.getObject("batch_id", UUID.class),
                serials == null ? null : List.of((String[]) serials.getArray()), rs.getObject("bin_id", UUID.class),
                rs.getObject("reservation_id", UUID.class), source == null ? null : SourceDocumentType.valueOf(source),
                rs.getString("source_document_id"), rs.getString("note"), rs.getString("posted_by"),
                rs.getTimestamp("posted_at").toInstant(), rs.getTimestamp("effective_at").toInstant());
    };

    private final JdbcClient jdbc;

    public LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LedgerEntry> byMovement(UUID org, UUID movementId) {
        return jdbc.sql("SELECT * FROM stock_ledger WHERE organization_id = :org AND movement_id = :m ORDER BY id")
                .param("org", org).param("m", movementId).query(ROW).list();
    }

    /** Newest first, keyset-paged on the ledger id. */
    public List<LedgerEntry> history(UUID org, MovementFilter f, Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM stock_ledger WHERE organization_id = :org");
        Map<String, Object> p = new HashMap<>();
        p.put("org", org);
        if (f.itemId() != null) {
            sql.append(" AND item_id = :item");
            p.put("item", f.itemId());
        }
        if (f.locationId() != null) {
            sql.append(" AND location_id = :location");
            p.put("location", f.locationId());
        }
        if (f.type() != null) {
            sql.append(" AND movement_type = :type");
            p.put("type", f.type().name());
        }
        if (f.sourceType() != null) {
            sql.append(" AND source_document_type = :sourceType");
            p.put("sourceType", f.sourceType().name());
        }
        if (f.sourceId() != null) {
            sql.append(" AND source_document_id = :sourceId");
            p.put("sourceId", f.sourceId());
        }
        if (f.from() != null) {
            sql.append(" AND effective_at >= :from");
            p.put("from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND effective_at < :to");
            p.put("to", Timestamp.from(f.to()));
        }
        if (beforeId != null) {
            sql.append(" AND id < :before");
            p.put("before", beforeId);
        }
        sql.append(" ORDER BY id DESC LIMIT :limit");
        p.put("limit", limit);
        return jdbc.sql(sql.toString()).params(p).query(ROW).list();
    }
}
