package dev.pitlane.procurement.supplier.web;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.supplier.application.SupplierPartView;
import dev.pitlane.procurement.supplier.application.SupplierService;
import dev.pitlane.procurement.supplier.application.SupplierView;
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
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/suppliers")
@Tag(name = "Suppliers", description = "Suppliers, their GSTIN, terms and the parts they deliver")
class SupplierController {

    private static final Map<String, String> SORTS = Map.of("name", "lower(s.name)", "createdAt", "s.created_at");

    private final SupplierService suppliers;

    SupplierController(SupplierService suppliers) {
        this.suppliers = suppliers;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Register a supplier")
    ResponseEntity<SupplierView> create(@Valid @RequestBody SupplierRequest body) {
        SupplierView created = suppliers.create(body.details());
        return ResponseEntity.created(URI.create("/api/v1/suppliers/" + created.id())).body(created);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "List suppliers", description = "search matches the name or the exact GSTIN; itemId lists "
            + "the suppliers of one item; soft-deleted suppliers only with includeDeleted=true")
    PageResponse<SupplierView> list(@RequestParam(required = false) String search,
                                    @RequestParam(required = false) UUID itemId,
                                    @RequestParam(defaultValue = "false") boolean includeDeleted,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @RequestParam(required = false) List<String> sort) {
        PageQuery q = PageQuery.of(page, size, sort, SORTS, new PageQuery.Sort("lower(s.name)",
                false));
        return suppliers.list(search, itemId, includeDeleted, q);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    SupplierView get(@PathVariable UUID id) {
        return suppliers.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Replace a supplier's details", description = "Optimistic: send the version you read; "
            + "409 concurrent-modification if it changed meanwhile")
    SupplierView update(@PathVariable UUID id, @Valid @RequestBody SupplierUpdateRequest body) {
        return suppliers.update(id, body.details(), body.version());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Soft-delete a supplier", description = "It stays on existing purchase orders but can no "
            + "longer be ordered from, and loses its preferred-supplier marks")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        suppliers.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/parts")
    @PreAuthorize("hasAuthority('supplier:read')")
    List<SupplierPartView> parts(@PathVariable UUID id) {
        return suppliers.parts(id);
    }

    @PutMapping("/{id}/parts/{itemId}")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Add or change a part this supplier delivers", description = "preferred=true makes this "
            + "supplier the item's preferred one (reorder suggestions go there) and clears the mark elsewhere")
    SupplierPartView putPart(@PathVariable UUID id, @PathVariable UUID itemId,
                             @Valid @RequestBody SupplierPartRequest body) {
        return suppliers.putPart(id, itemId, body.details());
    }

    @DeleteMapping("/{id}/parts/{itemId}")
    @PreAuthorize("hasAuthority('supplier:write')")
    ResponseEntity<Void> deletePart(@PathVariable UUID id, @PathVariable UUID itemId) {
        suppliers.deletePart(id, itemId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/parts")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Who supplies an item", description = "Active suppliers of the item, the preferred first")
    List<SupplierPartView> suppliersOf(@RequestParam UUID itemId) {
        return suppliers.suppliersOf(itemId);
    }
}
