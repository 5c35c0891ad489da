package dev.pitlane.inventory.catalog.web;

import dev.pitlane.inventory.catalog.application.CategoryService;
import dev.pitlane.inventory.catalog.application.CategoryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Categories", description = "The category tree of the parts catalog")
class CategoryController {

    record CategoryRequest(@NotBlank @Size(max = 100) String name, UUID parentId) {
    }

    /** {@code version}, when given, is the one the caller read: a category changed since is not overwritten (409). */
    record UpdateCategory(@NotBlank @Size(max = 100) String name, UUID parentId, Long version) {
    }

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('item:write')")
    ResponseEntity<CategoryView> create(@Valid @RequestBody CategoryRequest body) {
        CategoryView created = categories.create(body.parentId(), body.name());
        return ResponseEntity.created(URI.create("/api/v1/categories/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('item:write')")
    @Operation(summary = "Rename a category or move it under another parent")
    CategoryView update(@PathVariable UUID id, @Valid @RequestBody UpdateCategory body) {
        return categories.update(id, body.parentId(), body.name(), body.version());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('item:write')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        categories.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize("hasAuthority('item:read')")
    @Operation(summary = "All categories, flat, each with its parentId")
    Map<String, List<CategoryView>> list() {
        return Map.of("items", categories.list());
    }

    @GetMapping("/tree")
    @PreAuthorize("hasAuthority('item:read')")
    @Operation(summary = "The category tree, children nested")
    Map<String, List<CategoryView>> tree() {
        return Map.of("items", categories.tree());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('item:read')")
    CategoryView get(@PathVariable UUID id) {
        return categories.get(id);
    }
}
