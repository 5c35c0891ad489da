package dev.pitlane.billing.receivable.persistence;

import dev.pitlane.billing.receivable.application.CustomerAgeing;
import dev.pitlane.billing.receivable.application.ReceivableQueries;
import dev.pitlane.platform.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A report over every open invoice and advance: one SQL aggregate, no aggregates loaded. */
@Repository
class JdbcReceivableQueries implements ReceivableQueries {

    private final JdbcClient jdbc;

    JdbcReceivableQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CustomerAgeing> ageing(LocalDate asOf, UUID customerId) {
        return jdbc.sql("""
                        WITH open_invoices AS (
                            SELECT customer_id, grand_total - paid_amount - credited_amount AS due,
                                   CAST(:asOf AS date) - invoice_date AS age
                            FROM invoices
                            WHERE organization_id = :org AND status IN ('ISSUED', 'PARTIALLY_PAID')
                              AND invoice_date <= :asOf AND (CAST(:customer AS uuid) IS NULL OR customer_id = :customer)
                        ), dues AS (
                            SELECT customer_id, count(*) AS open_invoices,
                                   coalesce(sum(due) FILTER (WHERE age <= 30), 0) AS d0,
                                   coalesce(sum(due) FILTER (WHERE age BETWEEN 31 AND 60), 0) AS d31,
                                   coalesce(sum(due) FILTER (WHERE age BETWEEN 61 AND 90), 0) AS d61,
                                   coalesce(sum(due) FILTER (WHERE age > 90), 0) AS d90,
                                   sum(due) AS total
                            FROM open_invoices GROUP BY customer_id
                        ), advances AS (
                            -- a refund gives the advance back first
                            SELECT customer_id, sum(advance_amount - least(refunded_amount, advance_amount)) AS held
                            FROM payments
                            WHERE organization_id = :org AND advance_amount > refunded_amount
                              AND (CAST(:customer AS uuid) IS NULL OR customer_id = :customer)
                            GROUP BY customer_id
                        )
                        SELECT coalesce(d.customer_id, a.customer_id) AS customer_id,
                               coalesce(d.open_invoices, 0) AS open_invoices,
                               coalesce(d.d0, 0) AS d0, coalesce(d.d31, 0) AS d31, coalesce(d.d61, 0) AS d61,
                               coalesce(d.d90, 0) AS d90, coalesce(d.total, 0) AS total, coalesce(a.held, 0) AS held
                        FROM dues d FULL JOIN advances a ON a.customer_id = d.customer_id
                        ORDER BY total DESC, customer_id""")
                .param("org", TenantContext.organizationId())
                .param("asOf", asOf)
                .param("customer", customerId)
                .query((rs, n) -> new CustomerAgeing(rs.getObject("customer_id", UUID.class),
                        rs.getInt("open_invoices"), rs.getBigDecimal("d0").setScale(2),
                        rs.getBigDecimal("d31").setScale(2), rs.getBigDecimal("d61").setScale(2),
                        rs.getBigDecimal("d90").setScale(2), rs.getBigDecimal("total").setScale(2),
                        rs.getBigDecimal("held").setScale(2)))
                .list();
    }
}
