package dev.pitlane.billing.payment.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, UUID> {

    @Query("select p.invoiceId from Payment p where p.id = :id")
    Optional<UUID> findInvoiceIdById(UUID id);

    List<Payment> findByInvoiceIdOrderByReceivedAt(UUID invoiceId);

    boolean existsByProviderAndProviderPaymentId(String provider, String providerPaymentId);
}
