package dev.pitlane.inventory.location.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** The caller's organization's bins (see {@link dev.pitlane.platform.persistence.TenantOwnedEntity}). */
public interface BinRepository extends JpaRepository<Bin, UUID> {

    List<Bin> findByLocationIdOrderByCode(UUID locationId);

    boolean existsByIdAndLocationId(UUID id, UUID locationId);
}
