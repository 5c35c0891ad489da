package dev.pitlane.workshop.center.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface ServiceCenterRepository extends JpaRepository<ServiceCenter, UUID> {

    boolean existsByCode(String code);
}
