package dev.pitlane.inventory.catalog.web;

import dev.pitlane.inventory.catalog.application.ItemPrices;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Items")
class ItemPriceController {

    private final ItemPrices prices;

    ItemPriceController(ItemPrices prices) {
        this.prices = prices;
    }

    @GetMapping("/api/v1/items/{id}/prices")
    @PreAuthorize("hasAuthority('item:read')")
    @Operation(summary = "The item's price history (price lists), newest first; earlier prices are kept")
    List<ItemPrices.Price> history(@PathVariable UUID id) {
        return prices.history(id);
    }
}
