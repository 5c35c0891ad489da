package dev.pitlane.procurement.shipment.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.shipment.application.NewShipment;
import dev.pitlane.procurement.shipment.application.ShipmentView;
import dev.pitlane.procurement.shipment.application.TrackingEventView;
import dev.pitlane.procurement.shipment.domain.Shipment;
import dev.pitlane.procurement.shipment.domain.ShipmentStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Repository
public class ShipmentRepository {

    private final JdbcClient jdbc;

    ShipmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID org() {
        return TenantContext.organizationId();
    }

    public void insert(Shipment s, List<NewShipment.Line> lines) {
        jdbc.sql("""
                        INSERT INTO shipments (id, organization_id, parts_issue_id, service_center_id, from_location_id,
                            to_location_id, carrier, tracking_number, status, last_location, last_event_at, created_at,
                            dispatched_at, delivered_at, updated_at)
                        VALUES (:id, :org, :issue, :center, :from, :to, :carrier, :tracking, :status, :location,
                            :lastEvent, :created, :dispatched, :delivered, :created)""")
                .param("id", s.id()).param("org", org()).param("issue", s.partsIssueId())
                .param("center", s.serviceCenterId()).param("from", s.fromLocationId()).param("to", s.toLocationId())
                .param("carrier", s.carrier()).param("tracking", s.trackingNumber())
                .param("status", s.status().name()).param("location", s.lastLocation())
                .param("lastEvent", ts(s.lastEventAt())).param("created", ts(s.createdAt()))
                .param("dispatched", ts(s.dispatchedAt())).param("delivered", ts(s.deliveredAt()))
                .update();
        for (NewShipment.Line l : lines) {
            jdbc.sql("""
                            INSERT INTO shipment_lines (organization_id, shipment_id, line_id, item_id, sku, quantity)
                            VALUES (:org, :shipment, :line, :item, :sku, :quantity)""")
                    .param("org", org()).param("shipment", s.id()).param("line", l.lineId()).param("item", l.itemId())
                    .param("sku", l.sku()).param("quantity", l.quantity())
                    .update();
        }
    }

    public void save(Shipment s, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE shipments SET status = :status, last_location = :location, last_event_at = :lastEvent,
                            dispatched_at = :dispatched, delivered_at = :delivered, updated_at = :now,
                            version = version + 1
                        WHERE id = :id AND organization_id = :org AND version = :version""")
                .param("status", s.status().name()).param("location", s.lastLocation())
                .param("lastEvent", ts(s.lastEventAt())).param("dispatched", ts(s.dispatchedAt()))
                .param("delivered", ts(s.deliveredAt())).param("now", ts(now)).param("id", s.id())
                .param("org", org()).param("version", s.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("shipment " + s.id());
        }
    }

    public Optional<Shipment> lock(UUID id) {
        return jdbc.sql("SELECT * FROM shipments WHERE id = :id AND organization_id = :org FOR UPDATE")
                .param("id", id).param("org", org())
                .query((rs, i) -> Shipment.restore(new Shipment.State(rs.getObject("id", UUID.class),
                        rs.getObject("parts_issue_id", UUID.class), rs.getObject("service_center_id", UUID.class),
                        rs.getObject("from_location_id", UUID.class), rs.getObject("to_location_id", UUID.class),
                        rs.getString("carrier"), rs.getString("tracking_number"),
                        ShipmentStatus.valueOf(rs.getString("status")), rs.getString("last_location"),
                        instant(rs, "last_event_at"), instant(rs, "created_at"), instant(rs, "dispatched_at"),
                        instant(rs, "delivered_at"), rs.getLong("version"))))
                .optional();
    }

    public long recordEvent(UUID shipmentId, ShipmentStatus status, String location, String note, Instant occurredAt,
                            Instant recordedAt, String actor, boolean applied) {
        return jdbc.sql("""
                        INSERT INTO shipment_tracking_events (organization_id, shipment_id, status, location, note,
                            occurred_at, recorded_at, recorded_by, applied)
                        VALUES (:org, :shipment, :status, :location, :note, :occurred, :recorded, :by, :applied)
                        RETURNING id""")
                .param("org", org()).param("shipment", shipmentId).param("status", status.name())
                .param("location", location).param("note", note).param("occurred", ts(occurredAt))
                .param("recorded", ts(recordedAt)).param("by", actor).param("applied", applied)
                .query(Long.class).single();
    }

    public Optional<TrackingEventView> event(long id, ShipmentStatus shipmentStatus) {
        return jdbc.sql(EVENT + " WHERE id = :id AND organization_id = :org")
                .param("id", id).param("org", org())
                .query((rs, i) -> event(rs, shipmentStatus)).optional();
    }

    private static final String EVENT = """
            SELECT id, status, location, note, occurred_at, recorded_at, recorded_by, applied
            FROM shipment_tracking_events""";

    private static final String SHIPMENT = """
            SELECT id, parts_issue_id, service_center_id, from_location_id, to_location_id, carrier, tracking_number,
                status, last_location, last_event_at, created_at, dispatched_at, delivered_at
            FROM shipments""";

    public Optional<ShipmentView> view(UUID id) {
        return jdbc.sql(SHIPMENT + " WHERE id = :id AND organization_id = :org")
                .param("id", id).param("org", org())
                .query((rs, i) -> shipment(rs)).optional()
                .map(v -> v.with(lines(id), events(id, v.status())));
    }

    private List<ShipmentView.Line> lines(UUID id) {
        return jdbc.sql("""
                        SELECT line_id, item_id, sku, quantity FROM shipment_lines
                        WHERE shipment_id = :id AND organization_id = :org ORDER BY sku""")
                .param("id", id).param("org", org())
                .query((rs, i) -> new ShipmentView.Line(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }

    private List<TrackingEventView> events(UUID id, ShipmentStatus current) {
        return jdbc.sql(EVENT + " WHERE shipment_id = :id AND organization_id = :org ORDER BY occurred_at, id")
                .param("id", id).param("org", org())
                .query((rs, i) -> event(rs, current)).list();
    }

    public PageResponse<ShipmentView> list(List<ShipmentStatus> statuses, UUID partsIssueId, String trackingNumber,
                                           Set<UUID> centers, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE organization_id = :org");
        if (statuses != null && !statuses.isEmpty()) {
            where.append(" AND status IN (:statuses)");
        }
        if (partsIssueId != null) {
            where.append(" AND parts_issue_id = :issue");
        }
        if (trackingNumber != null && !trackingNumber.isBlank()) {
            where.append(" AND tracking_number = :tracking");
        }
        if (!centers.isEmpty()) {
            where.append(" AND service_center_id IN (:centers)");
        }
        var select = jdbc.sql(SHIPMENT + where + page.orderBy("id") + " LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset());
        var count = jdbc.sql("SELECT count(*) FROM shipments" + where);
        for (var spec : List.of(select, count)) {
            spec.param("org", org());
            if (statuses != null && !statuses.isEmpty()) {
                spec.param("statuses", statuses.stream().map(Enum::name).toList());
            }
            if (partsIssueId != null) {
                spec.param("issue", partsIssueId);
            }
            if (trackingNumber != null && !trackingNumber.isBlank()) {
                spec.param("tracking", trackingNumber.trim());
            }
            if (!centers.isEmpty()) {
                spec.param("centers", List.copyOf(centers));
            }
        }
        List<ShipmentView> items = select.query((rs, i) -> shipment(rs)).list();
        return PageResponse.of(items, page, count.query(Long.class).single());
    }

    private static TrackingEventView event(ResultSet rs, ShipmentStatus current) throws SQLException {
        return new TrackingEventView(rs.getLong("id"), ShipmentStatus.valueOf(rs.getString("status")),
                rs.getString("location"), rs.getString("note"), instant(rs, "occurred_at"),
                instant(rs, "recorded_at"), rs.getString("recorded_by"), rs.getBoolean("applied"), current);
    }

    private static ShipmentView shipment(ResultSet rs) throws SQLException {
        return new ShipmentView(rs.getObject("id", UUID.class), rs.getObject("parts_issue_id", UUID.class),
                rs.getObject("service_center_id", UUID.class), rs.getObject("from_location_id", UUID.class),
                rs.getObject("to_location_id", UUID.class), rs.getString("carrier"), rs.getString("tracking_number"),
                ShipmentStatus.valueOf(rs.getString("status")), rs.getString("last_location"),
                instant(rs, "last_event_at"), instant(rs, "created_at"), instant(rs, "dispatched_at"),
                instant(rs, "delivered_at"), null, null);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
