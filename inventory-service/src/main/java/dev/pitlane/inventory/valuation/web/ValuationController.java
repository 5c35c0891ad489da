package dev.pitlane.inventory.valuation.web;

import dev.pitlane.inventory.valuation.application.ItemValuation;
import dev.pitlane.inventory.valuation.application.Valuation;
import dev.pitlane.inventory.valuation.application.ValuationQueries;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/valuation")
@Tag(name = "Valuation", description = "Stock value at moving average (or FIFO) cost, as of any date")
class ValuationController {

    private final ValuationQueries valuation;

    ValuationController(ValuationQueries valuation) {
        this.valuation = valuation;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('valuation:read')")
    @Operation(summary = "Value of stock at the end of a business day (default today), per location and in total")
    Valuation valuation(@RequestParam(required = false) LocalDate asOf) {
        return valuation.valuation(asOf);
    }

    @GetMapping("/items")
    @PreAuthorize("hasAuthority('valuation:read')")
    @Operation(summary = "Per item quantity and value at the end of a day, paged by SKU")
    PageResponse<ItemValuation> items(@RequestParam(required = false) LocalDate asOf,
                                      @RequestParam(required = false) UUID locationId,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return valuation.items(asOf, locationId, PageQuery.of(page, size, null, Map.of(), null));
    }
}
