package dev.pitlane.reporting.dashboard.application;

import dev.pitlane.reporting.config.ReportingProperties;
import dev.pitlane.reporting.customer.application.CustomerCounts;
import dev.pitlane.reporting.purchase.application.SupplierPurchaseReports;
import dev.pitlane.reporting.purchase.application.SupplierPurchasesReport;
import dev.pitlane.reporting.stock.application.StockReports;
import dev.pitlane.reporting.stock.application.StockValuation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Puts the dashboard together from the read models' own reports, in one read-only transaction. */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

    private final StockReports stock;
    private final SupplierPurchaseReports purchases;
    private final CustomerCounts customers;
    private final ReportingProperties properties;
    private final Clock clock;

    DashboardQueries(StockReports stock, SupplierPurchaseReports purchases, CustomerCounts customers,
                     ReportingProperties properties, Clock clock) {
        this.stock = stock;
        this.purchases = purchases;
        this.customers = customers;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@code locationId}: the stock figures of one location (a center's store); the rest are organization-wide. */
    public Dashboard dashboard(UUID locationId) {
        LocalDate today = LocalDate.now(clock);
        StockValuation valuation = stock.valuation(locationId);
        long low = valuation.locations().stream().mapToLong(StockValuation.LocationValue::lowPositions).sum();
        CustomerCounts.Counts counts = customers.counts(
                today.withDayOfMonth(1).atStartOfDay(properties.businessZone()).toInstant());
        return new Dashboard(today,
                new Dashboard.Stock(valuation.totalValue(), low, stock.movementsToday(locationId)),
                purchases(purchases.totals(today, today)),
                purchases(purchases.totals(today.withDayOfMonth(1), today)),
                new Dashboard.Customers(counts.total(), counts.createdSince()));
    }

    private static Dashboard.Purchases purchases(SupplierPurchasesReport.Totals totals) {
        return new Dashboard.Purchases(totals.netAmount(), totals.totalAmount(), totals.receipts());
    }
}
