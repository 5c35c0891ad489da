package dev.pitlane.inventory.alert.web;

import dev.pitlane.inventory.alert.application.ExpiringBatch;
import dev.pitlane.inventory.alert.application.StockAlert;
import dev.pitlane.inventory.alert.application.StockAlerts;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/stock-alerts")
@Tag(name = "Stock alerts", description = "Low stock, expiring batches and dead stock")
class StockAlertController {

    private final StockAlerts alerts;

    StockAlertController(StockAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/low-stock")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "Items whose available stock is below their reorder level (most short first)")
    PageResponse<StockAlert> lowStock(@RequestParam(required = false) UUID locationId,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return alerts.lowStock(locationId, PageQuery.of(page, size, null, Map.of(), null));
    }

    @GetMapping("/expiring")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "Batches on hand that expire within N days (already expired ones included)")
    PageResponse<ExpiringBatch> expiring(@RequestParam(required = false) UUID locationId,
                                         @RequestParam(defaultValue = "30") int withinDays,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        if (withinDays < 0 || withinDays > 3650) {
            throw DomainException.invalidField("withinDays", "Range", "must be between 0 and 3650");
        }
        return alerts.expiring(locationId, withinDays, PageQuery.of(page, size, null, Map.of(), null));
    }

    @GetMapping("/dead-stock")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "Stock on hand with no movement in N days")
    PageResponse<StockAlert> deadStock(@RequestParam(required = false) UUID locationId,
                                       @RequestParam(defaultValue = "90") int days,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        if (days < 1 || days > 3650) {
            throw DomainException.invalidField("days", "Range", "must be between 1 and 3650");
        }
        return alerts.deadStock(locationId, days, PageQuery.of(page, size, null, Map.of(), null));
    }
}
