package dev.pitlane.workshop.center.persistence;

import dev.pitlane.workshop.center.domain.BayType;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface BayRepository extends JpaRepository<Bay, UUID> {

    List<Bay> findByServiceCenterIdOrderByCode(UUID serviceCenterId);

    List<Bay> findByServiceCenterIdAndTypeAndActiveTrueOrderByCode(UUID serviceCenterId, BayType type);
}
