package dev.pitlane.reporting.purchase.web;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.reporting.purchase.application.PurchaseGrouping;
import dev.pitlane.reporting.purchase.application.SupplierPurchaseReports;
import dev.pitlane.reporting.purchase.application.SupplierPurchasesReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Purchase reports")
@PreAuthorize("hasAuthority('report:read')")
class SupplierPurchaseReportController {

    private static final Map<String, String> SORTS = Map.of("totalAmount", "total_amount", "netAmount",
            "net_amount", "sku", "sku", "month", "month", "quantity", "quantity", "receipts", "receipts");

    private final SupplierPurchaseReports reports;

    SupplierPurchaseReportController(SupplierPurchaseReports reports) {
        this.reports = reports;
    }

    @GetMapping("/supplier-purchases")
    @Operation(summary = "Accepted goods received from suppliers, net and GST, over a period",
            description = "from/to are business days (default: this month until today); groupBy any of SUPPLIER, "
                    + "ITEM, MONTH (default SUPPLIER); filters supplierId, itemId. Equal to procurement's "
                    + "/api/v1/procurement-reports/supplier-purchases on the same receipts.")
    SupplierPurchasesReport purchases(@RequestParam(required = false) LocalDate from,
                                      @RequestParam(required = false) LocalDate to,
                                      @RequestParam(required = false) UUID supplierId,
                                      @RequestParam(required = false) UUID itemId,
                                      @RequestParam(defaultValue = "SUPPLIER") List<PurchaseGrouping> groupBy,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @RequestParam(required = false) List<String> sort) {
        PageQuery q = PageQuery.of(page, size, sort, SORTS, null);
        return reports.purchases(from, to, supplierId, itemId, List.copyOf(groupBy), q);
    }
}
