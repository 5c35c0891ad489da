package dev.pitlane.billing.creditnote.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditNoteRepository extends JpaRepository<CreditNote, UUID> {

    List<CreditNote> findByInvoiceIdOrderByIssuedAt(UUID invoiceId);
}
