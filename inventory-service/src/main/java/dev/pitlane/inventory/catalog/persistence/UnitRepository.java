package dev.pitlane.inventory.catalog.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The caller's organization's units (see {@link dev.pitlane.platform.persistence.TenantOwnedEntity}). */
public interface UnitRepository extends JpaRepository<Unit, UUID> {

    Optional<Unit> findByCode(String code);

    List<Unit> findAllByOrderByCode();
}
