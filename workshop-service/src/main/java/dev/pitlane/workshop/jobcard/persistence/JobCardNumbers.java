package dev.pitlane.workshop.jobcard.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.workshop.jobcard.domain.FinancialYear;
import dev.pitlane.workshop.jobcard.domain.JobCardNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * The next job card number of a center and financial year. The counter row stays locked until the caller's
 * transaction ends, so numbers are handed out one transaction at a time and a rolled-back card gives its number
 * back: no gap, no duplicate. Take it last, just before the insert, to hold the lock briefly.
 */
@Component
public class JobCardNumbers {

    private final JdbcClient jdbc;

    JobCardNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(UUID centerId, String centerCode, FinancialYear year) {
        long value = jdbc.sql("""
                        INSERT INTO job_card_counters (organization_id, service_center_id, financial_year, last_value)
                        VALUES (:org, :center, :year, 1)
                        ON CONFLICT (organization_id, service_center_id, financial_year)
                        DO UPDATE SET last_value = job_card_counters.last_value + 1
                        RETURNING last_value""")
                .param("org", TenantContext.organizationId()).param("center", centerId)
                .param("year", year.startYear())
                .query(Long.class).single();
        return JobCardNumber.format(centerCode, year, value);
    }
}
