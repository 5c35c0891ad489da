package dev.pitlane.reporting.purchase.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.reporting.config.ReportingProperties;
import dev.pitlane.reporting.purchase.persistence.SupplierPurchaseQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Supplier purchase reports of the caller's organization, from read model "supplier-purchases". */
@Service
@Transactional(readOnly = true)
public class SupplierPurchaseReports {

    private final SupplierPurchaseQueries queries;
    private final ReportingProperties properties;
    private final Clock clock;

    SupplierPurchaseReports(SupplierPurchaseQueries queries, ReportingProperties properties, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    public SupplierPurchasesReport purchases(LocalDate from, LocalDate to, UUID supplierId, UUID itemId,
                                             List<PurchaseGrouping> groups, PageQuery page) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        if (start.isAfter(end)) {
            throw DomainException.invalidField("from", "Order", "must not be after to");
        }
        return queries.purchases(start, end, properties.businessZone(), supplierId, itemId, groups, page);
    }

    /** Net purchases and receipts of a period of business days, for the dashboard. */
    public SupplierPurchasesReport.Totals totals(LocalDate from, LocalDate to) {
        return queries.totals(from, to, properties.businessZone());
    }
}
