package dev.pitlane.procurement.purchaseorder.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrder;
import dev.pitlane.procurement.purchaseorder.domain.ReceivedLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Repository
public class GoodsReceiptRepository {

    private final JdbcClient jdbc;

    GoodsReceiptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String number, PurchaseOrder po, List<ReceivedLine> lines, Instant receivedAt,
                       String actor, String deliveryNoteNumber, String note) {
        UUID org = TenantContext.organizationId();
        jdbc.sql("""
                        INSERT INTO goods_receipts (id, organization_id, number, purchase_order_id, supplier_id,
                            location_id, received_at, received_by, delivery_note_number, note)
                        VALUES (:id, :org, :number, :po, :supplier, :location, :at, :by, :dn, :note)""")
                .param("id", id).param("org", org).param("number", number).param("po", po.id())
                .param("supplier", po.supplierId()).param("location", po.deliveryLocationId())
                .param("at", Timestamp.from(receivedAt)).param("by", actor).param("dn", deliveryNoteNumber)
                .param("note", note)
                .update();
        for (ReceivedLine l : lines) {
            jdbc.sql("""
                            INSERT INTO goods_receipt_lines (id, organization_id, goods_receipt_id,
                                purchase_order_line_id, item_id, received_quantity, rejected_quantity,
                                accepted_quantity, unit_cost, net_amount, tax_amount, rejection_reason)
                            VALUES (:id, :org, :receipt, :line, :item, :received, :rejected, :accepted, :cost, :net,
                                :tax, :reason)""")
                    .param("id", UUID.randomUUID()).param("org", org).param("receipt", id)
                    .param("line", l.line().id()).param("item", l.line().itemId()).param("received", l.received())
                    .param("rejected", l.rejected()).param("accepted", l.accepted()).param("cost", l.unitCost())
                    .param("net", l.amounts().net()).param("tax", l.amounts().tax())
                    .param("reason", l.rejectionReason())
                    .update();
        }
    }
}
