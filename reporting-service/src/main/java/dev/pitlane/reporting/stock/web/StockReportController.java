package dev.pitlane.reporting.stock.web;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.reporting.stock.application.Granularity;
import dev.pitlane.reporting.stock.application.StockMovementReport;
import dev.pitlane.reporting.stock.application.StockPositionRow;
import dev.pitlane.reporting.stock.application.StockReports;
import dev.pitlane.reporting.stock.application.StockValuation;
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
@Tag(name = "Stock reports")
@PreAuthorize("hasAuthority('report:read')")
class StockReportController {

    private static final Map<String, String> MOVEMENT_SORTS = Map.of("period", "period", "quantityIn", "quantity_in",
            "quantityOut", "quantity_out", "valueIn", "value_in", "valueOut", "value_out", "movements", "movements");
    private static final Map<String, String> POSITION_SORTS = Map.of("value", "value", "onHand", "on_hand",
            "lastMovedAt", "last_moved_at");

    private final StockReports reports;

    StockReportController(StockReports reports) {
        this.reports = reports;
    }

    @GetMapping("/stock-movements")
    @Operation(summary = "Stock moved per item and location over a period",
            description = "from/to are business days (default: this month until today), at most three years apart; "
                    + "granularity TOTAL (default), DAY or MONTH; filters itemId, locationId. Totals cover every "
                    + "row the filters select, the page a part of them.")
    StockMovementReport movements(@RequestParam(required = false) LocalDate from,
                                  @RequestParam(required = false) LocalDate to,
                                  @RequestParam(required = false) UUID itemId,
                                  @RequestParam(required = false) UUID locationId,
                                  @RequestParam(defaultValue = "TOTAL") Granularity granularity,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size,
                                  @RequestParam(required = false) List<String> sort) {
        PageQuery q = PageQuery.of(page, size, sort, MOVEMENT_SORTS, null);
        return reports.movements(from, to, itemId, locationId, granularity, q);
    }

    @GetMapping("/stock-valuation")
    @Operation(summary = "Stock value now, per location and in total (equals inventory's /api/v1/valuation)")
    StockValuation valuation(@RequestParam(required = false) UUID locationId) {
        return reports.valuation(locationId);
    }

    @GetMapping("/stock-positions")
    @Operation(summary = "Every item's stock per location; lowOnly=true: the stock alerts (below reorder level)")
    PageResponse<StockPositionRow> positions(@RequestParam(required = false) UUID itemId,
                                             @RequestParam(required = false) UUID locationId,
                                             @RequestParam(defaultValue = "false") boolean lowOnly,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size,
                                             @RequestParam(required = false) List<String> sort) {
        PageQuery q = PageQuery.of(page, size, sort, POSITION_SORTS, null);
        return reports.positions(itemId, locationId, lowOnly, q);
    }
}
