package dev.pitlane.procurement.partsissue.persistence;

import dev.pitlane.platform.persistence.OneRoundTrip;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.procurement.partsissue.domain.IssueStatusChange;
import dev.pitlane.procurement.partsissue.domain.PartsIssue;
import dev.pitlane.procurement.partsissue.domain.PartsIssueLine;
import dev.pitlane.procurement.partsissue.domain.PartsIssueStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads and stores the parts issue aggregate with its lines, history and discrepancy records. */
@Repository
public class PartsIssueRepository {

    /** An issue's lines in order; parameters: the issue, the organization. */
    static final String LINES = """
            SELECT id, line_number, item_id, sku, description, requested_quantity, approved_quantity,
                dispatched_quantity, received_quantity, damaged_quantity, short_quantity
            FROM parts_issue_lines WHERE parts_issue_id = ? AND organization_id = ?
            ORDER BY line_number""";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    PartsIssueRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    private static UUID org() {
        return TenantContext.organizationId();
    }

    /** The issue, locked until the transaction ends: user actions and inventory's answers take turns. */
    public Optional<PartsIssue> lock(UUID id) {
        List<PartsIssue.State> found = new ArrayList<>(1);
        List<PartsIssueLine> lines = new ArrayList<>();
        List<Object> params = List.of(id, org());
        // the lines are read after the lock, in the same round trip
        new OneRoundTrip()
                .query("SELECT * FROM parts_issues WHERE id = ? AND organization_id = ? FOR UPDATE", params,
                        rs -> found.add(state(rs)))
                .query(LINES, params, rs -> lines.add(new PartsIssueLine(
                        rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11))))
                .run(jdbcTemplate);
        return found.stream().findFirst().map(s -> PartsIssue.restore(new PartsIssue.State(s.id(), s.number(),
                s.serviceCenterId(), s.fromLocationId(), s.toLocationId(), s.status(), s.note(), s.requestedBy(),
                s.requestedAt(), s.approvedBy(), s.approvedAt(), s.reservationId(), s.reservationPartial(),
                s.reservationReleasedAt(), s.closedReason(), s.shipmentId(), s.dispatchedAt(), s.receivedAt(),
                s.version(), lines)));
    }

    public void insert(PartsIssue p, Instant now) {
        jdbc.sql("""
                        INSERT INTO parts_issues (id, organization_id, number, service_center_id, from_location_id,
                            to_location_id, status, note, requested_by, requested_at, updated_at)
                        VALUES (:id, :org, :number, :center, :from, :to, :status, :note, :by, :at, :at)""")
                .param("id", p.id()).param("org", org()).param("number", p.number())
                .param("center", p.serviceCenterId()).param("from", p.fromLocationId())
                .param("to", p.toLocationId()).param("status", p.status().name()).param("note", p.note())
                .param("by", p.requestedBy()).param("at", Timestamp.from(p.requestedAt()))
                .update();
        for (PartsIssueLine l : p.lines()) {
            jdbc.sql("""
                            INSERT INTO parts_issue_lines (id, organization_id, parts_issue_id, line_number, item_id,
                                sku, description, requested_quantity)
                            VALUES (:id, :org, :issue, :n, :item, :sku, :description, :quantity)""")
                    .param("id", l.id()).param("org", org()).param("issue", p.id()).param("n", l.lineNumber())
                    .param("item", l.itemId()).param("sku", l.sku()).param("description", l.description())
                    .param("quantity", l.requested())
                    .update();
        }
        appendHistory(p, now);
    }

    public void save(PartsIssue p, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE parts_issues SET status = :status, approved_by = :approvedBy, approved_at = :approvedAt,
                            reservation_id = :reservation, reservation_partial = :partial,
                            reservation_released_at = :released, closed_reason = :closedReason,
                            shipment_id = :shipment, dispatched_at = :dispatchedAt, received_at = :receivedAt,
                            updated_at = :now, version = version + 1
                        WHERE id = :id AND organization_id = :org AND version = :version""")
                .param("status", p.status().name()).param("approvedBy", p.approvedBy())
                .param("approvedAt", ts(p.approvedAt())).param("reservation", p.reservationId())
                .param("partial", p.reservationPartial()).param("released", ts(p.reservationReleasedAt()))
                .param("closedReason", p.closedReason()).param("shipment", p.shipmentId())
                .param("dispatchedAt", ts(p.dispatchedAt())).param("receivedAt", ts(p.receivedAt()))
                .param("now", ts(now)).param("id", p.id()).param("org", org()).param("version", p.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("parts issue " + p.id());
        }
        for (PartsIssueLine l : p.lines()) {
            jdbc.sql("""
                            UPDATE parts_issue_lines SET approved_quantity = :approved,
                                dispatched_quantity = :dispatched, received_quantity = :received, damaged_quantity = :damaged, short_quantity = :short
                            WHERE id = :id AND organization_id = :org""")
                    .param("approved", l.approved()).param("dispatched", l.dispatched())
                    .param("received", l.received()).param("damaged", l.damaged())
                    .param("short", l.shortQuantity()).param("id", l.id()).param("org", org())
                    .update();
        }
        appendHistory(p, now);
    }

    public void recordDiscrepancies(PartsIssue p, List<PartsIssueLine> lines, String note, String actor,
                                    Instant now) {
        for (PartsIssueLine l : lines) {
            jdbc.sql("""
                            INSERT INTO parts_issue_discrepancies (id, organization_id, parts_issue_id, line_id,
                                service_center_id, shipment_id, item_id, sku, dispatched_quantity, received_quantity,
                                damaged_quantity, short_quantity, note, recorded_by, recorded_at)
                            VALUES (:id, :org, :issue, :line, :center, :shipment, :item, :sku, :dispatched, :received,
                                :damaged, :short, :note, :by, :at)""")
                    .param("id", UUID.randomUUID()).param("org", org()).param("issue", p.id())
                    .param("line", l.id()).param("center", p.serviceCenterId()).param("shipment", p.shipmentId())
                    .param("item", l.itemId()).param("sku", l.sku()).param("dispatched", l.dispatched())
                    .param("received", l.received()).param("damaged", l.damaged())
                    .param("short", l.shortQuantity()).param("note", note).param("by", actor).param("at", ts(now))
                    .update();
        }
    }

    private void appendHistory(PartsIssue p, Instant now) {
        for (IssueStatusChange c : p.changes()) {
            jdbc.sql("""
                            INSERT INTO parts_issue_status_changes (organization_id, parts_issue_id, from_status,
                                to_status, actor, note, changed_at)
                            VALUES (:org, :issue, :from, :to, :actor, :note, :at)""")
                    .param("org", org()).param("issue", p.id())
                    .param("from", c.from() == null ? null : c.from().name()).param("to", c.to().name())
                    .param("actor", c.actor()).param("note", c.note()).param("at", ts(now))
                    .update();
        }
    }

    private static PartsIssue.State state(ResultSet rs) throws SQLException {
        return new PartsIssue.State(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("service_center_id", UUID.class), rs.getObject("from_location_id", UUID.class),
                rs.getObject("to_location_id", UUID.class), PartsIssueStatus.valueOf(rs.getString("status")),
                rs.getString("note"), rs.getString("requested_by"), instant(rs, "requested_at"),
                rs.getString("approved_by"), instant(rs, "approved_at"), rs.getObject("reservation_id", UUID.class),
                (Boolean) rs.getObject("reservation_partial"), instant(rs, "reservation_released_at"),
                rs.getString("closed_reason"), rs.getObject("shipment_id", UUID.class), instant(rs, "dispatched_at"),
                instant(rs, "received_at"), rs.getLong("version"), List.of());
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
