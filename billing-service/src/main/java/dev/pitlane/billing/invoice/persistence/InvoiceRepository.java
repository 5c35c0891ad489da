package dev.pitlane.billing.invoice.persistence;

import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InvoiceRepository extends JpaRepository<Invoice, UUID> {

    boolean existsByJobCardId(UUID jobCardId);

    /**
     * The invoice with its row locked until the transaction ends: money settled against it (payments, refunds,
     * credit notes) is applied one at a time, each seeing what the one before it left due.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invoice i where i.id = :id")
    Optional<Invoice> findLockedById(UUID id);

    @Query("""
            select i from Invoice i
            where (:status is null or i.status = :status) and (:customerId is null or i.customerId = :customerId)""")
    Page<Invoice> search(InvoiceStatus status, UUID customerId, Pageable pageable);
}
