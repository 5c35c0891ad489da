package dev.pitlane.reporting.purchase.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.reporting.readmodel.application.ReadModelStore;
import dev.pitlane.reporting.readmodel.domain.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The writes of read model "supplier-purchases": one row per receipt line, keyed by the receipt's and line's ids,
 * so a second delivery of an event (live or replayed) finds its rows there and adds nothing.
 */
@Repository
public class SupplierPurchaseModel implements ReadModelStore {

    public record Purchase(UUID receiptId, UUID lineId, String receiptNumber, UUID purchaseOrderId,
                           String purchaseOrderNumber, UUID supplierId, UUID itemId, String sku, UUID locationId,
                           Instant receivedAt, BigDecimal quantity, BigDecimal unitCost, String currency,
                           BigDecimal netAmount, BigDecimal taxAmount) {
    }

    private final JdbcClient jdbc;

    SupplierPurchaseModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReadModel readModel() {
        return ReadModel.SUPPLIER_PURCHASES;
    }

    public void received(List<Purchase> purchases) {
        UUID org = TenantContext.organizationId();
        for (Purchase p : purchases) {
            jdbc.sql("""
                            INSERT INTO supplier_purchases (organization_id, receipt_id, line_id, receipt_number,
                                purchase_order_id, purchase_order_number, supplier_id, item_id, sku, location_id,
                                received_at, quantity, unit_cost, currency, net_amount, tax_amount)
                            VALUES (:org, :receipt, :line, :receiptNumber, :po, :poNumber, :supplier, :item, :sku,
                                :location, :at, :quantity, :unitCost, :currency, :net, :tax)
                            ON CONFLICT DO NOTHING""")
                    .param("org", org).param("receipt", p.receiptId()).param("line", p.lineId())
                    .param("receiptNumber", p.receiptNumber()).param("po", p.purchaseOrderId())
                    .param("poNumber", p.purchaseOrderNumber()).param("supplier", p.supplierId())
                    .param("item", p.itemId()).param("sku", p.sku()).param("location", p.locationId())
                    .param("at", Timestamp.from(p.receivedAt())).param("quantity", p.quantity())
                    .param("unitCost", p.unitCost()).param("currency", p.currency())
                    .param("net", p.netAmount() != null ? p.netAmount()
                            // procurement's own rule for a line's net, for events from before it published it
                            : p.quantity().multiply(p.unitCost()).setScale(2, RoundingMode.HALF_UP))
                    .param("tax", p.taxAmount()).update();
        }
    }

    /** A fact table needs no lock: a row the live consumer adds after the delete stays, and the replay skips it. */
    @Override
    public void reset() {
        jdbc.sql("DELETE FROM supplier_purchases WHERE organization_id = :org")
                .param("org", TenantContext.organizationId()).update();
    }
}
