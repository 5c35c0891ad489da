package dev.pitlane.billing.setup.persistence;

import dev.pitlane.billing.setup.application.IssuedNumber;
import dev.pitlane.billing.setup.application.SeriesCounter;
import dev.pitlane.billing.setup.domain.DocumentType;
import dev.pitlane.billing.setup.domain.FinancialYear;
import dev.pitlane.billing.setup.domain.SeriesNumbering;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * SQL rather than JPA: one statement both locks the series row and moves its counter, and the lock must be held to
 * the end of the issuing transaction (a JPA read-modify-write would need a second round trip and a flush).
 */
@Repository
class JdbcSeriesCounter implements SeriesCounter {

    private final JdbcClient jdbc;

    JdbcSeriesCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedNumber next(UUID serviceCenterId, DocumentType type, FinancialYear year) {
        return jdbc.sql("""
                        UPDATE document_series SET last_number = last_number + 1
                        WHERE organization_id = :org AND service_center_id = :center AND document_type = :type
                          AND financial_year = :year
                        RETURNING id, prefix, number_width, last_number""")
                .param("org", TenantContext.organizationId())
                .param("center", serviceCenterId)
                .param("type", type.name())
                .param("year", year.startYear())
                .query((rs, n) -> {
                    long sequence = rs.getLong("last_number");
                    String number = new SeriesNumbering(rs.getString("prefix"), rs.getInt("number_width"))
                            .format(sequence);
                    return new IssuedNumber(rs.getObject("id", UUID.class), sequence, number);
                })
                .optional()
                .orElseThrow(() -> DomainException.unprocessable("series.missing", ("no %s series is set up "
                        + "for service center %s in financial year %s").formatted(type, serviceCenterId,
                        year.label())));
    }
}
