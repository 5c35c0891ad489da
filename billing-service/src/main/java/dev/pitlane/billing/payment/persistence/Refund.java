package dev.pitlane.billing.payment.persistence;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "refunds")
public class Refund extends TenantOwnedEntity {

    @Id
    private UUID id;
    private UUID paymentId;
    private UUID invoiceId;
    private BigDecimal amount;
    private BigDecimal fromInvoice;
    private String reason;
    private Instant refundedAt;
    private String refundedBy;
    @Version
    private Long version;

    protected Refund() {
    }

    public Refund(UUID paymentId, UUID invoiceId, BigDecimal amount, BigDecimal fromInvoice, String reason,
                  Instant refundedAt, String refundedBy) {
        this.id = UUID.randomUUID();
        this.paymentId = paymentId;
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.fromInvoice = fromInvoice;
        this.reason = reason;
        this.refundedAt = refundedAt;
        this.refundedBy = refundedBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPaymentId() {
        return paymentId;
    }

    public UUID getInvoiceId() {
        return invoiceId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getFromInvoice() {
        return fromInvoice;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }
}
