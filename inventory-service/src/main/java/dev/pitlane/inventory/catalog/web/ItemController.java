package dev.pitlane.inventory.catalog.web;

import dev.pitlane.inventory.catalog.application.ItemRequest;
import dev.pitlane.inventory.catalog.application.ItemFilter;
import dev.pitlane.inventory.catalog.application.ItemService;
import dev.pitlane.inventory.catalog.application.ItemView;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/items")
@Tag(name = "Items", description = "The parts catalog: SKU and part number unique per organization, GST, tracking, "
        + "supersession")
class ItemController {

    private final ItemService items;

    ItemController(ItemService items) {
        this.items = items;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('item:write')")
    ResponseEntity<ItemView> create(@Valid @RequestBody ItemRequest body) {
        ItemView item = items.create(body);
        return ResponseEntity.created(URI.create("/api/v1/items/" + item.id())).body(item);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('item:read')")
    @Operation(summary = "Search items",
            description = "`q` matches SKU, part number or barcode exactly (case-insensitive), or a part of the name")
    PageResponse<ItemView> search(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) UUID categoryId,
                                  @RequestParam(required = false) String brand,
                                  @RequestParam(required = false) TrackingMode trackingMode,
                                  @RequestParam(defaultValue = "false") boolean includeDeleted,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size,
                                  @RequestParam(required = false) List<String> sort) {
        PageQuery query = PageQuery.of(page, size, sort, ItemService.SORTS, new PageQuery.Sort("sku", false));
        String term = q == null || q.isBlank() ? null : q.trim();
        return items.search(new ItemFilter(term, categoryId, brand, trackingMode, includeDeleted),
                query);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('item:read')")
    ItemView get(@PathVariable UUID id) {
        return items.get(id);
    }

    @GetMapping("/{id}/replacement")
    @PreAuthorize("hasAuthority('item:read')")
    @Operation(summary = "The item to use instead today: the end of the supersession chain (the item itself if none)")
    ItemView replacement(@PathVariable UUID id) {
        return items.currentReplacement(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('item:write')")
    @Operation(summary = "Replace an item's fields; send the version you read (409 if someone changed it meanwhile)")
    ItemView update(@PathVariable UUID id, @Valid @RequestBody ItemRequest body) {
        return items.update(id, body);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('item:write')")
    @Operation(summary = "Soft-delete an item without stock; its SKU and part number become free again")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        items.delete(id);
        return ResponseEntity.noContent().build();
    }
}
