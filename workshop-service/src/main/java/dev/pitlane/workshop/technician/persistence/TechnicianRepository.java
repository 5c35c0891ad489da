package dev.pitlane.workshop.technician.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface TechnicianRepository extends JpaRepository<Technician, UUID> {

    @Query("select t from Technician t join t.serviceCenters c where c.serviceCenterId = :centerId and t.active "
            + "order by t.firstName, t.lastName, t.id")
    List<Technician> activeAt(UUID centerId);

    @Query(value = "select t from Technician t join t.serviceCenters c where c.serviceCenterId = :centerId",
            countQuery = "select count(t) from Technician t join t.serviceCenters c where c.serviceCenterId = :centerId")
    Page<Technician> findAt(UUID centerId, Pageable pageable);
}
