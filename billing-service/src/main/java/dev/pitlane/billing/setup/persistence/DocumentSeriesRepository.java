package dev.pitlane.billing.setup.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentSeriesRepository extends JpaRepository<DocumentSeries, UUID> {

    List<DocumentSeries> findByServiceCenterIdOrderByFinancialYearDescDocumentTypeAsc(UUID serviceCenterId);
}
