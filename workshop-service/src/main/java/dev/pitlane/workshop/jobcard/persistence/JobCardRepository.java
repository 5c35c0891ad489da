package dev.pitlane.workshop.jobcard.persistence;

import dev.pitlane.workshop.jobcard.domain.JobCardStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.UUID;

public interface JobCardRepository extends JpaRepository<JobCard, UUID> {

    @Query("""
            select j from JobCard j
            where (:centerId is null or j.serviceCenterId = :centerId) and (:status is null or j.status = :status)
              and (:vehicleId is null or j.vehicleId = :vehicleId)""")
    Page<JobCard> search(UUID centerId, JobCardStatus status, UUID vehicleId, Pageable pageable);
}
