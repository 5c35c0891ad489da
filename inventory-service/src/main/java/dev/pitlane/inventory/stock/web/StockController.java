package dev.pitlane.inventory.stock.web;

import dev.pitlane.inventory.stock.application.BalanceView;
import dev.pitlane.inventory.stock.application.LocationSummary;
import dev.pitlane.inventory.stock.application.OrganizationSettings;
import dev.pitlane.inventory.stock.application.ReorderLevels;
import dev.pitlane.inventory.stock.application.StockLevel;
import dev.pitlane.inventory.stock.application.StockQueries;
import dev.pitlane.inventory.stock.domain.ValuationMethod;
import dev.pitlane.inventory.stock.persistence.StockQueryRepository;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@Tag(name = "Stock", description = "Current stock per item and location, summaries, reorder levels and the "
        + "organization's stock rules")
class StockController {

    record ReorderLevelRequest(@DecimalMin("0") BigDecimal reorderLevel,
                               @DecimalMin(value = "0", inclusive = false) BigDecimal reorderQuantity) {
    }

    record SettingsRequest(@NotNull Boolean allowNegativeStock, @NotNull ValuationMethod valuationMethod) {
    }

    private final StockQueries queries;
    private final ReorderLevels reorderLevels;
    private final OrganizationSettings settings;

    StockController(StockQueries queries, ReorderLevels reorderLevels, OrganizationSettings settings) {
        this.queries = queries;
        this.reorderLevels = reorderLevels;
        this.settings = settings;
    }

    @GetMapping("/api/v1/stock")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "Stock per item and location: on hand, reserved, available, in transit, value")
    PageResponse<StockLevel> levels(@RequestParam(required = false) UUID itemId,
                                    @RequestParam(required = false) UUID locationId,
                                    @RequestParam(defaultValue = "false") boolean onlyInStock,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @RequestParam(required = false) List<String> sort) {
        PageQuery query = PageQuery.of(page, size, sort, StockQueries.SORTS, new PageQuery.Sort("i.sku", false));
        return queries.levels(new StockQueryRepository.Filter(itemId, locationId, onlyInStock), query);
    }

    @GetMapping("/api/v1/stock/summary")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "One line per location (or for one location): items in stock, reserved, in transit, low, "
            + "and the stock value")
    Map<String, List<LocationSummary>> summary(@RequestParam(required = false) UUID locationId) {
        return Map.of("items", queries.summary(locationId));
    }

    @PutMapping("/api/v1/items/{itemId}/reorder-levels/{locationId}")
    @PreAuthorize("hasAuthority('item:write')")
    @Operation(summary = "Set (or clear, with nulls) the reorder level and quantity of an item at a location",
            description = "When available falls below the level, StockLow is published once per crossing.")
    BalanceView setReorderLevel(@PathVariable UUID itemId, @PathVariable UUID locationId,
                                @Valid @RequestBody ReorderLevelRequest body) {
        return reorderLevels.set(itemId, locationId, body.reorderLevel(), body.reorderQuantity());
    }

    @GetMapping("/api/v1/stock/settings")
    @PreAuthorize("hasAuthority('stock:read')")
    OrganizationSettings.Settings settings() {
        return settings.get();
    }

    @PutMapping("/api/v1/stock/settings")
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(summary = "Allow or refuse negative stock; value at moving average or FIFO",
            description = "Refusing negative stock while some balance is negative answers 409 "
                    + "`negative-stock-exists`. Switching to FIFO opens one cost layer per item at its average.")
    OrganizationSettings.Settings updateSettings(@Valid @RequestBody SettingsRequest body) {
        return settings.update(new OrganizationSettings.Settings(body.allowNegativeStock(), body.valuationMethod()));
    }
}
