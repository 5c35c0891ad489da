package dev.pitlane.customer.history.persistence;

import dev.pitlane.customer.history.application.InvoicePaid;
import dev.pitlane.customer.history.application.JobCardClosed;
import dev.pitlane.customer.history.application.ServiceVisit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code service_visits}: one row per job card. Each event fills in its own columns with an upsert, so the two
 * events can arrive in either order and a redelivery rewrites the same values.
 */
@Repository
public class ServiceVisitRepository {

    private static final TypeReference<List<ServiceVisit.Line>> LINES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ServiceVisitRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A visit and the instant it is ordered by (closed, else paid). */
    public record Row(ServiceVisit visit, Instant happenedAt) {
    }

    public void upsertJobCard(UUID org, JobCardClosed e) {
        jdbc.sql("""
                        INSERT INTO service_visits (id, organization_id, job_card_id, vehicle_id, customer_id, job_card_number,
                            service_center_id, closed_at, odometer_km, summary, lines, happened_at)
                        VALUES (:id, :org, :jobCard, :vehicle, :customer, :number, :center, :closed, :odometer, :summary,
                            CAST(:lines AS jsonb), :closed)
                        ON CONFLICT (organization_id, job_card_id) DO UPDATE SET vehicle_id = EXCLUDED.vehicle_id,
                            customer_id = EXCLUDED.customer_id, job_card_number = EXCLUDED.job_card_number,
                            service_center_id = EXCLUDED.service_center_id, closed_at = EXCLUDED.closed_at,
                            odometer_km = EXCLUDED.odometer_km, summary = EXCLUDED.summary, lines = EXCLUDED.lines,
                            happened_at = EXCLUDED.happened_at""")
                .param("id", UUID.randomUUID()).param("org", org).param("jobCard", e.jobCardId())
                .param("vehicle", e.vehicleId()).param("customer", e.customerId()).param("number", e.number())
                .param("center", e.serviceCenterId()).param("closed", Timestamp.from(e.closedAt()))
                .param("odometer", e.odometer()).param("summary", e.summary())
                .param("lines", json.writeValueAsString(e.lines() == null ? List.of() : e.lines()))
                .update();
    }

    public void upsertInvoice(UUID org, InvoicePaid e) {
        jdbc.sql("""
                        INSERT INTO service_visits (id, organization_id, job_card_id, vehicle_id, customer_id, invoice_id,
                            invoice_number, invoice_total, currency, paid_at, happened_at)
                        VALUES (:id, :org, :jobCard, :vehicle, :customer, :invoice, :number, :total, :currency, :paid, :paid)
                        ON CONFLICT (organization_id, job_card_id) DO UPDATE SET invoice_id = EXCLUDED.invoice_id,
                            invoice_number = EXCLUDED.invoice_number, invoice_total = EXCLUDED.invoice_total,
                            currency = EXCLUDED.currency, paid_at = EXCLUDED.paid_at""")
                .param("id", UUID.randomUUID()).param("org", org).param("jobCard", e.jobCardId())
                .param("vehicle", e.vehicleId()).param("customer", e.customerId()).param("invoice", e.invoiceId())
                .param("number", e.number()).param("total", e.total()).param("currency", e.currency())
                .param("paid", Timestamp.from(e.paidAt()))
                .update();
    }

    public List<Row> ofVehicle(UUID org, UUID vehicleId, Instant beforeAt, UUID beforeId, int limit) {
        String keyset = beforeAt == null ? "" : " AND (happened_at, id) < (:at, :beforeId)";
        return jdbc.sql("SELECT id, job_card_id, job_card_number, vehicle_id, customer_id, service_center_id, closed_at, "
                        + "odometer_km, summary, lines, invoice_id, invoice_number, invoice_total, currency, paid_at, "
                        + "happened_at FROM service_visits WHERE organization_id = :org AND vehicle_id = :vehicle"
                        + keyset + " ORDER BY happened_at DESC, id DESC LIMIT :limit")
                .param("org", org).param("vehicle", vehicleId)
                .param("at", beforeAt == null ? null : Timestamp.from(beforeAt)).param("beforeId", beforeId)
                .param("limit", limit).query(this::map).list();
    }

    private Row map(ResultSet rs, int row) throws SQLException {
        UUID invoiceId = rs.getObject("invoice_id", UUID.class);
        ServiceVisit.Invoice invoice = invoiceId == null ? null : new ServiceVisit.Invoice(invoiceId,
                rs.getString("invoice_number"), rs.getBigDecimal("invoice_total"), rs.getString("currency"),
                instant(rs.getTimestamp("paid_at")));
        ServiceVisit visit = new ServiceVisit(rs.getObject("id", UUID.class), rs.getObject("job_card_id", UUID.class),
                rs.getString("job_card_number"), rs.getObject("vehicle_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getObject("service_center_id", UUID.class),
                instant(rs.getTimestamp("closed_at")), (Integer) rs.getObject("odometer_km"), rs.getString("summary"),
                json.readValue(rs.getString("lines"), LINES), invoice);
        return new Row(visit, instant(rs.getTimestamp("happened_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
