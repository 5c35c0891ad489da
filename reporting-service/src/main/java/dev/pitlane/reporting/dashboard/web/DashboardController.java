package dev.pitlane.reporting.dashboard.web;

import dev.pitlane.reporting.dashboard.application.Dashboard;
import dev.pitlane.reporting.dashboard.application.DashboardQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Dashboard")
@PreAuthorize("hasAuthority('report:read')")
class DashboardController {

    private final DashboardQueries dashboards;

    DashboardController(DashboardQueries dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/v1/reports/dashboard")
    @Operation(summary = "Stock value and alerts, movements today, purchases today and this month, customers",
            description = "locationId narrows the stock figures to one location")
    Dashboard dashboard(@RequestParam(required = false) UUID locationId) {
        return dashboards.dashboard(locationId);
    }
}
