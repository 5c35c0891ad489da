package dev.pitlane.procurement.report.web;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.report.application.OpenOrderRow;
import dev.pitlane.procurement.report.application.ProcurementReports;
import dev.pitlane.procurement.report.application.PurchaseGrouping;
import dev.pitlane.procurement.report.application.SupplierPurchasesReport;
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
@RequestMapping("/api/v1/procurement-reports")
@Tag(name = "Procurement reports")
@PreAuthorize("hasAuthority('procurement-report:read')")
class ProcurementReportController {

    private static final Map<String, String> PURCHASE_SORTS = Map.of("totalAmount", "total_amount", "netAmount",
            "net_amount", "supplierName", "supplier_name", "sku", "sku", "month", "month", "quantity", "quantity");
    private static final Map<String, String> ORDER_SORTS = Map.of("number", "po.number", "total", "po.total",
            "createdAt", "po.created_at", "expectedDeliveryDate", "po.expected_delivery_date", "outstandingAmount",
            "outstanding_amount");

    private final ProcurementReports reports;

    ProcurementReportController(ProcurementReports reports) {
        this.reports = reports;
    }

    @GetMapping("/supplier-purchases")
    @Operation(summary = "Purchases by supplier, item and/or month", description = "Accepted goods received between "
            + "from and to (inclusive; default: this month so far) at receipt cost. groupBy: any of SUPPLIER, ITEM, "
            + "MONTH (default SUPPLIER), e.g. ?groupBy=SUPPLIER&groupBy=MONTH")
    SupplierPurchasesReport supplierPurchases(@RequestParam(required = false) LocalDate from,
                                              @RequestParam(required = false) LocalDate to,
                                              @RequestParam(required = false) UUID supplierId,
                                              @RequestParam(required = false) UUID itemId,
                                              @RequestParam(required = false) List<PurchaseGrouping> groupBy,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size,
                                              @RequestParam(required = false) List<String> sort) {
        PageQuery q = PageQuery.of(page, size, sort, PURCHASE_SORTS, new PageQuery.Sort("total_amount", true));
        return reports.supplierPurchases(from, to, supplierId, itemId, groupBy, q);
    }

    @GetMapping("/open-purchase-orders")
    @Operation(summary = "Purchase orders not finished", description = "PENDING_APPROVAL, APPROVED, ORDERED and "
            + "PARTIALLY_RECEIVED (DRAFT too with includeDrafts=true), with the value still to be received")
    PageResponse<OpenOrderRow> openOrders(@RequestParam(required = false) UUID supplierId,
                                          @RequestParam(defaultValue = "false") boolean includeDrafts,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @RequestParam(required = false) List<String> sort) {
        PageQuery q = PageQuery.of(page, size, sort, ORDER_SORTS, new PageQuery.Sort("po.expected_delivery_date",
                false));
        return reports.openOrders(supplierId, includeDrafts, q);
    }

    @GetMapping("/overdue-receipts")
    @Operation(summary = "Ordered goods past their expected delivery date", description = "ORDERED or "
            + "PARTIALLY_RECEIVED with expectedDeliveryDate before asOf (default today), most overdue first")
    PageResponse<OpenOrderRow> overdueReceipts(@RequestParam(required = false) LocalDate asOf,
                                               @RequestParam(required = false) UUID supplierId,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size,
                                               @RequestParam(required = false) List<String> sort) {
        PageQuery q = PageQuery.of(page, size, sort, ORDER_SORTS, new PageQuery.Sort("po.expected_delivery_date",
                false));
        return reports.overdueReceipts(asOf, supplierId, q);
    }
}
