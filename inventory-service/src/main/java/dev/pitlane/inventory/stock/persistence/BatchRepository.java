package dev.pitlane.inventory.stock.persistence;

import dev.pitlane.inventory.stock.domain.BatchStock;
import dev.pitlane.inventory.stock.domain.StockKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
public class BatchRepository {

    private final JdbcClient jdbc;

    public BatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Batch(UUID id, String batchNumber, LocalDate expiresOn) {
    }

    /** The batch with this number, created on first sight. An existing batch keeps its expiry. */
    public Batch findOrCreate(UUID org, UUID item, String number, LocalDate expiresOn, LocalDate manufacturedOn) {
        jdbc.sql("""
                        INSERT INTO batches (id, organization_id, item_id, batch_number, expires_on, manufactured_on)
                        VALUES (:id, :org, :item, :number, :expires, :made) ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID()).param("org", org).param("item", item).param("number", number)
                .param("expires", expiresOn == null ? null : Date.valueOf(expiresOn))
                .param("made", manufacturedOn == null ? null : Date.valueOf(manufacturedOn)).update();
        return jdbc.sql("SELECT id, batch_number, expires_on FROM batches WHERE organization_id = :org "
                        + "AND item_id = :item AND batch_number = :number")
                .param("org", org).param("item", item).param("number", number)
                .query((rs, i) -> new Batch(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
                .single();
    }

    public Optional<Batch> find(UUID org, UUID item, UUID batchId) {
        return jdbc.sql("SELECT id, batch_number, expires_on FROM batches WHERE organization_id = :org "
                        + "AND item_id = :item AND id = :id")
                .param("org", org).param("item", item).param("id", batchId)
                .query((rs, i) -> new Batch(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
                .optional();
    }

    /** The batches held at a key; read under that key's balance lock. */
    public List<BatchStock> stocks(UUID org, StockKey key) {
        return jdbc.sql("""
                        SELECT b.id, b.batch_number, b.expires_on, bb.on_hand, bb.in_transit
                        FROM batch_balances bb JOIN batches b ON b.organization_id = bb.organization_id AND b.id = bb.batch_id
                        WHERE bb.organization_id = :org AND bb.item_id = :item AND bb.location_id = :location""")
                .param("org", org).param("item", key.itemId()).param("location", key.locationId())
                .query((rs, i) -> new BatchStock(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getBigDecimal(4),
                        rs.getBigDecimal(5)))
                .list();
    }

    public void save(UUID org, StockKey key, Collection<BatchStock> stocks) {
        for (BatchStock s : stocks) {
            jdbc.sql("""
                            INSERT INTO batch_balances (organization_id, item_id, location_id, batch_id, on_hand, in_transit)
                            VALUES (:org, :item, :location, :batch, :onHand, :inTransit)
                            ON CONFLICT (organization_id, item_id, location_id, batch_id)
                            DO UPDATE SET on_hand = EXCLUDED.on_hand, in_transit = EXCLUDED.in_transit""")
                    .param("org", org).param("item", key.itemId()).param("location", key.locationId())
                    .param("batch", s.batchId()).param("onHand", s.onHand()).param("inTransit", s.inTransit())
                    .update();
        }
    }
}
