package dev.pitlane.billing.paymentgateway.persistence;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order at a payment provider for (part of) an invoice, and the payment its capture became. */
@Entity
@Table(name = "payment_orders")
public class PaymentOrder extends TenantOwnedEntity {

    @Id
    private UUID id;
    private UUID invoiceId;
    private String provider;
    private String providerOrderId;
    private BigDecimal amount;
    private String currency;
    private String linkUrl;
    private String status;
    private UUID paymentId;
    private Instant createdAt;
    private String createdBy;
    @Version
    private Long version;

    protected PaymentOrder() {
    }

    public PaymentOrder(UUID invoiceId, String provider, String providerOrderId, BigDecimal amount, String linkUrl,
                        Instant now, String by) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoiceId;
        this.provider = provider;
        this.providerOrderId = providerOrderId;
        this.amount = amount;
        this.currency = "INR";
        this.linkUrl = linkUrl;
        this.status = "CREATED";
        this.createdAt = now;
        this.createdBy = by;
    }

    public void paid(UUID payment) {
        this.status = "PAID";
        this.paymentId = payment;
    }

    public UUID getId() {
        return id;
    }

    public UUID getInvoiceId() {
        return invoiceId;
    }

    public String getProvider() {
        return provider;
    }

    public String getProviderOrderId() {
        return providerOrderId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public String getStatus() {
        return status;
    }

    public UUID getPaymentId() {
        return paymentId;
    }
}
