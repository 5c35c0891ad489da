package dev.pitlane.billing.setup.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BillingCenterRepository extends JpaRepository<BillingCenter, UUID> {

    Optional<BillingCenter> findByServiceCenterId(UUID serviceCenterId);
}
