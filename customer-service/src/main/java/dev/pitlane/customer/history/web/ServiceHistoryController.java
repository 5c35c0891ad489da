package dev.pitlane.customer.history.web;

import dev.pitlane.customer.history.application.ServiceHistoryService;
import dev.pitlane.customer.history.application.ServiceVisit;
import dev.pitlane.platform.web.CursorPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Service history", description = "Visits of a vehicle, from workshop-service's closed job cards and "
        + "billing-service's paid invoices")
class ServiceHistoryController {

    private final ServiceHistoryService history;

    ServiceHistoryController(ServiceHistoryService history) {
        this.history = history;
    }

    @GetMapping("/api/v1/vehicles/{id}/service-history")
    @PreAuthorize("hasAuthority('vehicle:read')")
    @Operation(summary = "A vehicle's visits, newest first", description = "Each visit is a job card with its "
            + "lines and, once paid, its invoice. Pass `next` as `cursor` for older visits.")
    CursorPage<ServiceVisit> history(@PathVariable UUID id, @RequestParam(required = false) String cursor,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
        return history.history(id, cursor, limit);
    }
}
