package dev.pitlane.inventory.reservation.persistence;

import dev.pitlane.inventory.reservation.application.ReservationView;
import dev.pitlane.inventory.reservation.domain.ReferenceType;
import dev.pitlane.inventory.reservation.domain.ReservationLine;
import dev.pitlane.inventory.reservation.domain.ReservationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
public class ReservationRepository {

    private final JdbcClient jdbc;

    public ReservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Header(UUID id, ReferenceType referenceType, String referenceId, UUID locationId,
                          ReservationStatus status, Instant expiresAt, String createdBy, Instant createdAt,
                          Instant closedAt) {
    }

    public void insert(UUID org, UUID id, ReferenceType type, String referenceId, UUID locationId, Instant expiresAt,
                       String createdBy, List<ReservationLine> lines) {
        jdbc.sql("""
                        INSERT INTO reservations (id, organization_id, reference_type, reference_id, location_id, status,
                            expires_at, created_by)
                        VALUES (:id, :org, :type, :ref, :location, 'ACTIVE', :expires, :by)""")
                .param("id", id).param("org", org).param("type", type.name()).param("ref", referenceId)
                .param("location", locationId).param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .param("by", createdBy).update();
        for (ReservationLine l : lines) {
            jdbc.sql("""
                            INSERT INTO reservation_lines (organization_id, reservation_id, line_no, line_id, item_id,
                                requested_quantity, quantity, consumed_quantity, released_quantity)
                            VALUES (:org, :id, :no, :lineId, :item, :requested, :qty, :consumed, :released)""")
                    .param("org", org).param("id", id).param("no", l.lineNo()).param("lineId", l.lineId())
                    .param("item", l.itemId()).param("requested", l.requestedQuantity()).param("qty", l.quantity())
                    .param("consumed", l.consumedQuantity()).param("released", l.releasedQuantity()).update();
        }
    }

    public void updateLines(UUID org, UUID id, List<ReservationLine> lines) {
        for (ReservationLine l : lines) {
            jdbc.sql("""
                            UPDATE reservation_lines SET consumed_quantity = :consumed, released_quantity = :released
                            WHERE organization_id = :org AND reservation_id = :id AND line_no = :no""")
                    .param("consumed", l.consumedQuantity()).param("released", l.releasedQuantity())
                    .param("org", org).param("id", id).param("no", l.lineNo()).update();
        }
    }

    public void close(UUID org, UUID id, ReservationStatus status, Instant at) {
        jdbc.sql("UPDATE reservations SET status = :status, closed_at = :at WHERE organization_id = :org AND id = :id")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("org", org).param("id", id)
                .update();
    }

    /** @param lock take the reservation's row lock (before any balance lock) */
    public Optional<ReservationView> find(UUID org, UUID id, boolean lock) {
        Optional<Header> header = jdbc.sql("SELECT * FROM reservations WHERE organization_id = :org AND id = :id"
                        + (lock ? " FOR UPDATE" : ""))
                .param("org", org).param("id", id).query((rs, i) -> header(rs)).optional();
        return header.map(h -> view(h, lines(org, List.of(h.id())).getOrDefault(h.id(), List.of())));
    }

    public record Filter(ReferenceType referenceType, String referenceId, ReservationStatus status, UUID locationId) {
    }

    public List<ReservationView> list(UUID org, Filter f, int limit, long offset) {
        List<Header> headers = jdbc.sql("SELECT * FROM reservations" + where(f)
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params(org, f)).param("limit", limit).param("offset", offset)
                .query((rs, i) -> header(rs)).list();
        Map<UUID, List<ReservationLine>> lines = lines(org, headers.stream().map(Header::id).toList());
        return headers.stream().map(h -> view(h, lines.getOrDefault(h.id(), List.of()))).toList();
    }

    public long count(UUID org, Filter f) {
        return jdbc.sql("SELECT count(*) FROM reservations" + where(f)).params(params(org, f))
                .query(Long.class).single();
    }

    public List<UUID> expired(UUID org, Instant at, int limit) {
        return jdbc.sql("""
                        SELECT id FROM reservations WHERE organization_id = :org AND status = 'ACTIVE'
                        AND expires_at IS NOT NULL AND expires_at <= :at ORDER BY expires_at LIMIT :limit""")
                .param("org", org).param("at", Timestamp.from(at)).param("limit", limit).query(UUID.class).list();
    }

    public List<UUID> organizationsWithExpired(Instant at) {
        return jdbc.sql("SELECT organizations_with_expired_reservations(:at)").param("at", Timestamp.from(at))
                .query(UUID.class).list();
    }

    private static String where(Filter f) {
        StringBuilder sql = new StringBuilder(" WHERE organization_id = :org");
        if (f.referenceType() != null) {
            sql.append(" AND reference_type = :type");
        }
        if (f.referenceId() != null) {
            sql.append(" AND reference_id = :ref");
        }
        if (f.status() != null) {
            sql.append(" AND status = :status");
        }
        if (f.locationId() != null) {
            sql.append(" AND location_id = :location");
        }
        return sql.toString();
    }

    private static Map<String, Object> params(UUID org, Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", org);
        if (f.referenceType() != null) {
            p.put("type", f.referenceType().name());
        }
        if (f.referenceId() != null) {
            p.put("ref", f.referenceId());
        }
        if (f.status() != null) {
            p.put("status", f.status().name());
        }
        if (f.locationId() != null) {
            p.put("location", f.locationId());
        }
        return p;
    }

    private Map<UUID, List<ReservationLine>> lines(UUID org, List<UUID> ids) {
        Map<UUID, List<ReservationLine>> byReservation = new HashMap<>();
        if (ids.isEmpty()) {
            return byReservation;
        }
        jdbc.sql("SELECT * FROM reservation_lines WHERE organization_id = :org AND reservation_id IN (:ids) "
                        + "ORDER BY reservation_id, line_no")
                .param("org", org).param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getObject("reservation_id", UUID.class),
                        new ReservationLine(rs.getInt("line_no"), rs.getObject("line_id", UUID.class),
                                rs.getObject("item_id", UUID.class), rs.getBigDecimal("requested_quantity"),
                                rs.getBigDecimal("quantity"), rs.getBigDecimal("consumed_quantity"),
                                rs.getBigDecimal("released_quantity"))))
                .list().forEach(e -> byReservation.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                        .add(e.getValue()));
        return byReservation;
    }

    private static Header header(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Header(rs.getObject("id", UUID.class), ReferenceType.valueOf(rs.getString("reference_type")),
                rs.getString("reference_id"), rs.getObject("location_id", UUID.class),
                ReservationStatus.valueOf(rs.getString("status")), expires == null ? null : expires.toInstant(),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }

    private static ReservationView view(Header h, List<ReservationLine> lines) {
        boolean partial = lines.stream().anyMatch(l -> l.quantity().compareTo(l.requestedQuantity()) < 0);
        return new ReservationView(h.id(), h.referenceType(), h.referenceId(), h.locationId(), h.status(),
                h.expiresAt(), partial, h.createdBy(), h.createdAt(), h.closedAt(),
                lines.stream().map(l -> new ReservationView.Line(l.lineNo(), l.lineId(), l.itemId(),
                        l.requestedQuantity(), l.quantity(), l.consumedQuantity(), l.releasedQuantity(),
                        l.remaining())).toList());
    }
}
