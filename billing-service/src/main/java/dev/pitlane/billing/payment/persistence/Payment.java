package dev.pitlane.billing.payment.persistence;

import dev.pitlane.billing.payment.domain.PaymentMethod;
import dev.pitlane.billing.payment.domain.PaymentSplit;
import dev.pitlane.billing.payment.domain.RefundSplit;
import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Money received: the part applied to its invoice and the part kept as the customer's advance. */
@Entity
@Table(name = "payments")
public class Payment extends TenantOwnedEntity {

    @Id
    private UUID id;
    private UUID invoiceId;
    private UUID customerId;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    private BigDecimal amount;
    private BigDecimal appliedAmount;
    private BigDecimal advanceAmount;
    private BigDecimal refundedAmount;
    private String reference;
    private String provider;
    private String providerPaymentId;
    private String currency;
    private Instant receivedAt;
    private String recordedBy;
    @Version
    private Long version;

    protected Payment() {
    }

    public Payment(UUID invoiceId, UUID customerId, PaymentMethod method, PaymentSplit split, String reference,
                   Instant receivedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoiceId;
        this.customerId = customerId;
        this.method = method;
        this.amount = split.applied().add(split.advance());
        this.appliedAmount = split.applied();
        this.advanceAmount = split.advance();
        this.refundedAmount = BigDecimal.ZERO.setScale(2);
        this.reference = reference;
        this.currency = "INR";
        this.receivedAt = receivedAt;
        this.recordedBy = recordedBy;
    }

    /** The provider's own id of the capture, recorded once (unique per organization and provider). */
    public void fromProvider(String provider, String providerPaymentId) {
        this.provider = provider;
        this.providerPaymentId = providerPaymentId;
    }

    /** Takes a refund off this payment: its advance first, then what it paid on the invoice. */
    public RefundSplit refund(BigDecimal refund) {
        RefundSplit split = RefundSplit.of(amount, advanceAmount, refundedAmount, refund);
        refundedAmount = split.refundedAfter();
        return split;
    }

    public UUID getId() {
        return id;
    }

    public UUID getInvoiceId() {
        return invoiceId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getAppliedAmount() {
        return appliedAmount;
    }

    public BigDecimal getAdvanceAmount() {
        return advanceAmount;
    }

    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }

    public String getReference() {
        return reference;
    }

    public String getProvider() {
        return provider;
    }

    public String getProviderPaymentId() {
        return providerPaymentId;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
