package dev.pitlane.procurement.partsissue.persistence;

import dev.pitlane.platform.persistence.OneRoundTrip;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.Cursor;
import dev.pitlane.platform.web.CursorPage;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.partsissue.application.DiscrepancyView;
import dev.pitlane.procurement.partsissue.application.PartsIssueFilter;
import dev.pitlane.procurement.partsissue.application.PartsIssueSummary;
import dev.pitlane.procurement.partsissue.application.PartsIssueView;
import dev.pitlane.procurement.partsissue.domain.PartsIssueStatus;
import dev.pitlane.procurement.shared.application.HistoryEntry;
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
import java.util.Set;
import java.util.UUID;

@Repository
public class PartsIssueQueries {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    PartsIssueQueries(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    private static UUID org() {
        return TenantContext.organizationId();
    }

    /** The issue with its lines and history: three statements, one round trip. */
    public Optional<PartsIssueView> view(UUID id) {
        List<PartsIssueView> found = new ArrayList<>(1);
        List<PartsIssueView.Line> lines = new ArrayList<>();
        List<HistoryEntry> history = new ArrayList<>();
        List<Object> params = List.of(id, org());
        new OneRoundTrip()
                .query("SELECT * FROM parts_issues WHERE id = ? AND organization_id = ?", params,
                        rs -> found.add(header(rs)))
                .query(PartsIssueRepository.LINES, params, rs -> lines.add(new PartsIssueView.Line(
                        rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11))))
                .query("""
                        SELECT from_status, to_status, actor, note, changed_at FROM parts_issue_status_changes
                        WHERE parts_issue_id = ? AND organization_id = ? ORDER BY id""", params,
                        rs -> history.add(new HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getTimestamp(5).toInstant())))
                .run(jdbcTemplate);
        return found.stream().findFirst().map(v -> v.with(lines, history));
    }


    public PageResponse<PartsIssueSummary> list(PartsIssueFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE p.organization_id = :org");
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" AND p.status IN (:statuses)");
        }
        if (filter.serviceCenterId() != null) {
            where.append(" AND p.service_center_id = :center");
        }
        if (!filter.visibleCenters().isEmpty()) {
            where.append(" AND p.service_center_id IN (:visible)");
        }
        if (filter.itemId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM parts_issue_lines l WHERE l.parts_issue_id = p.id"
                    + " AND l.organization_id = p.organization_id AND l.item_id = :item)");
        }
        var select = jdbc.sql("""
                        SELECT p.id, p.number, p.service_center_id, p.from_location_id, p.to_location_id, p.status,
                            p.requested_by, p.requested_at,
                            (SELECT count(*) FROM parts_issue_lines l WHERE l.parts_issue_id = p.id) AS lines,
                            p.shipment_id, p.updated_at
                        FROM parts_issues p""" + where + page.orderBy("p.id") + " LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset());
        var count = jdbc.sql("SELECT count(*) FROM parts_issues p" + where);
        for (var spec : List.of(select, count)) {
            spec.param("org", org());
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                spec.param("statuses", filter.statuses().stream().map(Enum::name).toList());
            }
            if (filter.serviceCenterId() != null) {
                spec.param("center", filter.serviceCenterId());
            }
            if (!filter.visibleCenters().isEmpty()) {
                spec.param("visible", List.copyOf(filter.visibleCenters()));
            }
            if (filter.itemId() != null) {
                spec.param("item", filter.itemId());
            }
        }
        List<PartsIssueSummary> items = select.query((rs, i) -> new PartsIssueSummary(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class), PartsIssueStatus.valueOf(rs.getString(6)), rs.getString(7),
                instant(rs, "requested_at"), rs.getInt(9), rs.getObject(10, UUID.class),
                instant(rs, "updated_at"))).list();
        return PageResponse.of(items, page, count.query(Long.class).single());
    }

    private static final String DISCREPANCY = """
            SELECT d.id, d.parts_issue_id, p.number, d.line_id, d.service_center_id, d.shipment_id, d.item_id, d.sku,
                d.dispatched_quantity, d.received_quantity, d.damaged_quantity, d.short_quantity, d.note,
                d.recorded_by, d.recorded_at
            FROM parts_issue_discrepancies d
            JOIN parts_issues p ON p.id = d.parts_issue_id AND p.organization_id = d.organization_id
            """;

    public List<DiscrepancyView> discrepancies(UUID partsIssueId) {
        return jdbc.sql(DISCREPANCY + " WHERE d.parts_issue_id = :id AND d.organization_id = :org ORDER BY d.sku")
                .param("id", partsIssueId).param("org", org())
                .query((rs, i) -> discrepancy(rs)).list();
    }

    /** Newest first, keyset-paged by (recorded_at, id). */
    public CursorPage<DiscrepancyView> discrepancies(UUID serviceCenterId, UUID itemId, Instant from, Instant to,
                                                     Set<UUID> visibleCenters, Cursor after, int limit) {
        List<String> conditions = new ArrayList<>(List.of("d.organization_id = :org"));
        if (serviceCenterId != null) {
            conditions.add("d.service_center_id = :center");
        }
        if (!visibleCenters.isEmpty()) {
            conditions.add("d.service_center_id IN (:visible)");
        }
        if (itemId != null) {
            conditions.add("d.item_id = :item");
        }
        if (from != null) {
            conditions.add("d.recorded_at >= :from");
        }
        if (to != null) {
            conditions.add("d.recorded_at < :to");
        }
        if (after != null) {
            conditions.add("(d.recorded_at, d.id) < (:afterAt, :afterId)");
        }
        var spec = jdbc.sql(DISCREPANCY + " WHERE " + String.join(" AND ", conditions)
                        + " ORDER BY d.recorded_at DESC, d.id DESC LIMIT :limit")
                .param("org", org()).param("limit", limit + 1);
        if (serviceCenterId != null) {
            spec.param("center", serviceCenterId);
        }
        if (!visibleCenters.isEmpty()) {
            spec.param("visible", List.copyOf(visibleCenters));
        }
        if (itemId != null) {
            spec.param("item", itemId);
        }
        if (from != null) {
            spec.param("from", Timestamp.from(from));
        }
        if (to != null) {
            spec.param("to", Timestamp.from(to));
        }
        if (after != null) {
            spec.param("afterAt", Timestamp.from(Instant.parse(after.get(0))))
                    .param("afterId", UUID.fromString(after.get(1)));
        }
        List<DiscrepancyView> rows = spec.query((rs, i) -> discrepancy(rs)).list();
        return CursorPage.of(rows, limit, d -> Cursor.of(d.recordedAt(), d.id()));
    }

    private static DiscrepancyView discrepancy(ResultSet rs) throws SQLException {
        return new DiscrepancyView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                rs.getObject(7, UUID.class), rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13), rs.getString(14),
                instant(rs, "recorded_at"));
    }

    private static PartsIssueView header(ResultSet rs) throws SQLException {
        return new PartsIssueView(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("service_center_id", UUID.class), rs.getObject("from_location_id", UUID.class),
                rs.getObject("to_location_id", UUID.class), PartsIssueStatus.valueOf(rs.getString("status")),
                rs.getString("note"), rs.getString("requested_by"), instant(rs, "requested_at"),
                rs.getString("approved_by"), instant(rs, "approved_at"), rs.getObject("reservation_id", UUID.class),
                (Boolean) rs.getObject("reservation_partial"), instant(rs, "reservation_released_at"),
                rs.getString("closed_reason"), rs.getObject("shipment_id", UUID.class), instant(rs, "dispatched_at"),
                instant(rs, "received_at"), instant(rs, "updated_at"), rs.getLong("version"), List.of(), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
