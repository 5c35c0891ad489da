package dev.pitlane.billing.setup.persistence;

import dev.pitlane.billing.setup.domain.DocumentType;
import dev.pitlane.billing.setup.domain.FinancialYear;
import dev.pitlane.billing.setup.domain.SeriesNumbering;
import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A numbering series as set up. Its counter ({@code last_number}) is not mapped: it moves only by
 * {@link JdbcSeriesCounter}'s locked increment, in the transaction that issues a document.
 */
@Entity
@Table(name = "document_series")
public class DocumentSeries extends TenantOwnedEntity {

    @Id
    private UUID id;
    private UUID serviceCenterId;
    @Enumerated(EnumType.STRING)
    private DocumentType documentType;
    private int financialYear;
    private String prefix;
    private int numberWidth;
    private Instant createdAt;
    private String createdBy;
    @Version
    private Long version;

    protected DocumentSeries() {
    }

    public DocumentSeries(UUID serviceCenterId, DocumentType documentType, FinancialYear year,
                          SeriesNumbering numbering, Instant now, String createdBy) {
        this.id = UUID.randomUUID();
        this.serviceCenterId = serviceCenterId;
        this.documentType = documentType;
        this.financialYear = year.startYear();
        this.prefix = numbering.prefix();
        this.numberWidth = numbering.width();
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getServiceCenterId() {
        return serviceCenterId;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public FinancialYear getFinancialYear() {
        return new FinancialYear(financialYear);
    }

    public SeriesNumbering getNumbering() {
        return new SeriesNumbering(prefix, numberWidth);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
