package dev.pitlane.billing.receivable.web;

import dev.pitlane.billing.receivable.application.ReceivablesAgeing;
import dev.pitlane.billing.receivable.application.ReceivablesService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/receivables")
@Tag(name = "Receivables", description = "What customers owe, aged by invoice date, and the advances they hold")
class ReceivablesController {

    private final ReceivablesService receivables;

    ReceivablesController(ReceivablesService receivables) {
        this.receivables = receivables;
    }

    @GetMapping("/ageing")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "Receivables ageing per customer", description = "Balances of issued, not fully paid "
            + "invoices in buckets of days since the invoice date (0-30, 31-60, 61-90, over 90) as of a day "
            + "(default today in India), with each customer's advances; largest balance first")
    ReceivablesAgeing ageing(@RequestParam(required = false) LocalDate asOf,
                             @RequestParam(required = false) UUID customerId) {
        return receivables.ageing(asOf, customerId);
    }
}
