package dev.pitlane.inventory.partsflow.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/** What inventory remembers of procurement's documents, read under row locks so each event applies once. */
@Repository
public class PartsFlowRepository {

    public enum FlowStatus { APPROVED, CANCELLED }

    public record Flow(FlowStatus status, UUID reservationId) {
    }

    public record Shipment(boolean dispatched, boolean received, String pendingReceipt) {
    }

    private final JdbcClient jdbc;

    public PartsFlowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Flow> lockFlow(UUID org, UUID partsIssueId) {
        return jdbc.sql("SELECT status, reservation_id FROM parts_issue_flows WHERE organization_id = :org "
                        + "AND parts_issue_id = :id FOR UPDATE")
                .param("org", org).param("id", partsIssueId)
                .query((rs, i) -> new Flow(FlowStatus.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)))
                .optional();
    }

    /** @return false when another transaction recorded the flow first */
    public boolean insertFlow(UUID org, UUID partsIssueId, FlowStatus status, UUID reservationId) {
        return jdbc.sql("""
                        INSERT INTO parts_issue_flows (organization_id, parts_issue_id, status, reservation_id)
                        VALUES (:org, :id, :status, :reservation) ON CONFLICT DO NOTHING""")
                .param("org", org).param("id", partsIssueId).param("status", status.name())
                .param("reservation", reservationId).update() == 1;
    }

    public void updateFlow(UUID org, UUID partsIssueId, FlowStatus status) {
        jdbc.sql("UPDATE parts_issue_flows SET status = :status, updated_at = now() WHERE organization_id = :org "
                        + "AND parts_issue_id = :id")
                .param("org", org).param("id", partsIssueId).param("status", status.name()).update();
    }

    public void updateFlowReservation(UUID org, UUID partsIssueId, UUID reservationId) {
        jdbc.sql("UPDATE parts_issue_flows SET reservation_id = :reservation, updated_at = now() "
                        + "WHERE organization_id = :org AND parts_issue_id = :id")
                .param("org", org).param("id", partsIssueId).param("reservation", reservationId).update();
    }

    /** The shipment's row, created on first sight, locked for the rest of the transaction. */
    public Shipment lockShipment(UUID org, UUID partsIssueId, UUID shipmentId) {
        jdbc.sql("""
                        INSERT INTO parts_issue_shipments (organization_id, parts_issue_id, shipment_id)
                        VALUES (:org, :issue, :id) ON CONFLICT DO NOTHING""")
                .param("org", org).param("issue", partsIssueId).param("id", shipmentId).update();
        return jdbc.sql("""
                        SELECT dispatched, received, pending_receipt::text FROM parts_issue_shipments
                        WHERE organization_id = :org AND shipment_id = :id FOR UPDATE""")
                .param("org", org).param("id", shipmentId)
                .query((rs, i) -> new Shipment(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3))).single();
    }

    public void markDispatched(UUID org, UUID shipmentId) {
        jdbc.sql("UPDATE parts_issue_shipments SET dispatched = true, updated_at = now() "
                        + "WHERE organization_id = :org AND shipment_id = :id")
                .param("org", org).param("id", shipmentId).update();
    }

    public void markReceived(UUID org, UUID shipmentId) {
        jdbc.sql("UPDATE parts_issue_shipments SET received = true, pending_receipt = NULL, updated_at = now() "
                        + "WHERE organization_id = :org AND shipment_id = :id")
                .param("org", org).param("id", shipmentId).update();
    }

    public void parkReceipt(UUID org, UUID shipmentId, String receiptJson) {
        jdbc.sql("UPDATE parts_issue_shipments SET pending_receipt = CAST(:json AS jsonb), updated_at = now() "
                        + "WHERE organization_id = :org AND shipment_id = :id")
                .param("org", org).param("id", shipmentId).param("json", receiptJson).update();
    }

    /** Claims a purchase receipt; false when it was already posted (a concurrent duplicate waits here). */
    public boolean claimPurchaseReceipt(UUID org, UUID receiptId, UUID purchaseOrderId) {
        return jdbc.sql("""
                        INSERT INTO purchase_receipts (organization_id, receipt_id, purchase_order_id)
                        VALUES (:org, :receipt, :po) ON CONFLICT DO NOTHING""")
                .param("org", org).param("receipt", receiptId).param("po", purchaseOrderId).update() == 1;
    }

    public void recordReceiptMovement(UUID org, UUID receiptId, UUID movementId) {
        jdbc.sql("UPDATE purchase_receipts SET movement_id = :movement WHERE organization_id = :org "
                        + "AND receipt_id = :receipt")
                .param("org", org).param("receipt", receiptId).param("movement", movementId).update();
    }
}
