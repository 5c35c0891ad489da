package dev.pitlane.inventory.location.persistence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.UUID;

/**
 * The caller's organization's locations (see {@link dev.pitlane.platform.persistence.TenantOwnedEntity}). A
 * posting reads the locations it moves stock at with its balance locks, in SQL ({@code BalanceRepository}).
 */
public interface LocationRepository extends JpaRepository<Location, UUID>, JpaSpecificationExecutor<Location> {
}
