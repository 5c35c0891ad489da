package dev.pitlane.customer.feedback.persistence;

import dev.pitlane.customer.feedback.application.Feedback;
import dev.pitlane.customer.feedback.application.NewFeedback;
import dev.pitlane.platform.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@code feedback} table. */
@Repository
public class FeedbackRepository {

    private static final String COLUMNS = "id, customer_id, vehicle_id, job_card_id, service_center_id, visit_date, "
            + "rating, comment, submitted_by, submitted_at, response, responded_by, responded_at";

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** List criteria; all given must match. {@code responded} false finds the feedback still waiting for an answer. */
    public record Filter(UUID customerId, UUID vehicleId, UUID jobCardId, UUID serviceCenterId, Integer maxRating,
                         Boolean responded) {

        String where() {
            List<String> clauses = new ArrayList<>(List.of("organization_id = :org"));
            if (customerId != null) {
                clauses.add("customer_id = :customerId");
            }
            if (vehicleId != null) {
                clauses.add("vehicle_id = :vehicleId");
            }
            if (jobCardId != null) {
                clauses.add("job_card_id = :jobCardId");
            }
            if (serviceCenterId != null) {
                clauses.add("service_center_id = :serviceCenterId");
            }
            if (maxRating != null) {
                clauses.add("rating <= :maxRating");
            }
            if (responded != null) {
                clauses.add(responded ? "responded_at IS NOT NULL" : "responded_at IS NULL");
            }
            return String.join(" AND ", clauses);
        }

        Map<String, Object> params(UUID org) {
            Map<String, Object> p = new HashMap<>();
            p.put("org", org);
            p.put("customerId", customerId);
            p.put("vehicleId", vehicleId);
            p.put("jobCardId", jobCardId);
            p.put("serviceCenterId", serviceCenterId);
            p.put("maxRating", maxRating);
            return p;
        }
    }

    public Feedback insert(UUID org, UUID id, NewFeedback in, String comment, String submittedBy) {
        return jdbc.sql("INSERT INTO feedback (id, organization_id, customer_id, vehicle_id, job_card_id, "
                        + "service_center_id, visit_date, rating, comment, submitted_by) VALUES (:id, :org, :customer, "
                        + ":vehicle, :jobCard, :center, :visitDate, :rating, :comment, :by) RETURNING " + COLUMNS)
                .param("id", id).param("org", org).param("customer", in.customerId()).param("vehicle", in.vehicleId())
                .param("jobCard", in.jobCardId()).param("center", in.serviceCenterId())
                .param("visitDate", in.visitDate() == null ? null : Date.valueOf(in.visitDate()))
                .param("rating", in.rating()).param("comment", comment).param("by", submittedBy)
                .query(FeedbackRepository::map).single();
    }

    public Optional<Feedback> find(UUID org, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback WHERE organization_id = :org AND id = :id")
                .param("org", org).param("id", id).query(FeedbackRepository::map).optional();
    }

    public List<Feedback> list(UUID org, Filter filter, PageQuery page) {
        Map<String, Object> p = filter.params(org);
        p.put("limit", page.size());
        p.put("offset", page.offset());
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback WHERE " + filter.where() + page.orderBy("id DESC")
                        + " LIMIT :limit OFFSET :offset")
                .params(p).query(FeedbackRepository::map).list();
    }

    public long count(UUID org, Filter filter) {
        return jdbc.sql("SELECT count(*) FROM feedback WHERE " + filter.where()).params(filter.params(org))
                .query(Long.class).single();
    }

    /** @return empty when missing or already answered */
    public Optional<Feedback> respond(UUID org, UUID id, String response, String by) {
        return jdbc.sql("UPDATE feedback SET response = :response, responded_by = :by, responded_at = now() "
                        + "WHERE organization_id = :org AND id = :id AND responded_at IS NULL RETURNING " + COLUMNS)
                .param("response", response).param("by", by).param("org", org).param("id", id)
                .query(FeedbackRepository::map).optional();
    }

    private static Feedback map(ResultSet rs, int row) throws SQLException {
        Date visit = rs.getDate("visit_date");
        return new Feedback(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getObject("vehicle_id", UUID.class), rs.getObject("job_card_id", UUID.class),
                rs.getObject("service_center_id", UUID.class), visit == null ? null : visit.toLocalDate(),
                rs.getInt("rating"), rs.getString("comment"), rs.getString("submitted_by"),
                instant(rs.getTimestamp("submitted_at")), rs.getString("response"), rs.getString("responded_by"),
                instant(rs.getTimestamp("responded_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
