package dev.pitlane.workshop.cannedjob.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface CannedJobRepository extends JpaRepository<CannedJob, UUID> {

    boolean existsByCode(String code);

    Page<CannedJob> findByActiveTrue(Pageable pageable);
}
