package dev.pitlane.procurement.purchaseorder.web;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.purchaseorder.application.ProcurementSettings;
import dev.pitlane.procurement.purchaseorder.application.ProcurementSettingsService;
import dev.pitlane.procurement.purchaseorder.application.ReorderService;
import dev.pitlane.procurement.purchaseorder.application.ReorderSuggestionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/purchase-orders")
@Tag(name = "Purchase orders")
class ProcurementSettingsController {

    private final ProcurementSettingsService settings;
    private final ReorderService reorders;

    ProcurementSettingsController(ProcurementSettingsService settings, ReorderService reorders) {
        this.settings = settings;
        this.reorders = reorders;
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAuthority('purchase-order:read')")
    @Operation(summary = "The organization's approval limit and over-receipt tolerance")
    ProcurementSettings get() {
        return settings.current();
    }

    @PutMapping("/settings")
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(summary = "Change the approval limit and over-receipt tolerance", description = "Send the version "
            + "you read (0 while the defaults apply)")
    ProcurementSettings update(@Valid @RequestBody SettingsRequest body) {
        return settings.update(body.approvalLimit(), body.overReceiptTolerancePercent(), body.version());
    }

    @GetMapping("/reorder-suggestions")
    @PreAuthorize("hasAuthority('purchase-order:read')")
    @Operation(summary = "What each low-stock alert led to", description = "ADDED_TO_DRAFT, ALREADY_ON_ORDER or "
            + "NO_PREFERRED_SUPPLIER, newest first")
    PageResponse<ReorderSuggestionView> suggestions(@RequestParam(required = false) UUID itemId,
                                                    @RequestParam(required = false) Integer page,
                                                    @RequestParam(required = false) Integer size) {
        PageQuery q = PageQuery.of(page, size, List.of(), Map.of(), new PageQuery.Sort("created_at", true));
        return reorders.suggestions(itemId, q);
    }
}
