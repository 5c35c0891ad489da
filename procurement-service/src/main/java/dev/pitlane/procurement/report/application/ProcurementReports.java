package dev.pitlane.procurement.report.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.report.persistence.ProcurementReportQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@Service
public class ProcurementReports {

    private static final long MAX_DAYS = 3 * 366;

    private final ProcurementReportQueries queries;
    private final Clock clock;

    ProcurementReports(ProcurementReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Defaults to the current month so far. */
    @Transactional(readOnly = true)
    public SupplierPurchasesReport supplierPurchases(LocalDate from, LocalDate to, UUID supplierId, UUID itemId,
                                                     List<PurchaseGrouping> groupBy, PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start)) {
            throw DomainException.invalidField("to", "Range", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw DomainException.invalidField("to", "Range", "a report covers at most three years");
        }
        List<PurchaseGrouping> groups = groupBy == null || groupBy.isEmpty() ? List.of(PurchaseGrouping.SUPPLIER)
                : groupBy.stream().distinct().toList();
        return queries.supplierPurchases(start, end, clock.getZone(), supplierId, itemId, groups, page);
    }

    @Transactional(readOnly = true)
    public PageResponse<OpenOrderRow> openOrders(UUID supplierId, boolean includeDrafts, PageQuery page) {
        return queries.openOrders(supplierId, includeDrafts, page);
    }

    /** Ordered goods whose expected delivery date is before {@code asOf} (default today) and not all received. */
    @Transactional(readOnly = true)
    public PageResponse<OpenOrderRow> overdueReceipts(LocalDate asOf, UUID supplierId, PageQuery page) {
        return queries.overdueReceipts(asOf != null ? asOf : LocalDate.now(clock), supplierId, page);
    }
}
