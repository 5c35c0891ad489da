package dev.pitlane.billing.payment.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentRepository extends JpaRepository<Payment, UUID> {

    List<Payment> findByInvoiceIdOrderByReceivedAt(UUID invoiceId);

    boolean existsByProviderAndProviderPaymentId(String provider, String providerPaymentId);
}
