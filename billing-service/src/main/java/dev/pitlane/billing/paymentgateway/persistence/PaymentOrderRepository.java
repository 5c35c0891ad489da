package dev.pitlane.billing.paymentgateway.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentOrderRepository extends JpaRepository<PaymentOrder, UUID> {

    Optional<PaymentOrder> findByProviderAndProviderOrderId(String provider, String providerOrderId);
}
