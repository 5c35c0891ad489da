package dev.pitlane.inventory.catalog.web;

import dev.pitlane.inventory.catalog.application.UnitService;
import dev.pitlane.inventory.catalog.application.UnitView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Units of measure and their conversions (a box of 12 is 12 pcs)")
class UnitController {

    record CreateUnit(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 100) String name,
                      UUID baseUnitId, @DecimalMin(value = "0", inclusive = false) BigDecimal factor,
                      Boolean fractional) {
    }

    private final UnitService units;

    UnitController(UnitService units) {
        this.units = units;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('item:write')")
    @Operation(summary = "Create a unit; a derived unit names its base unit and how many base units it holds")
    ResponseEntity<UnitView> create(@Valid @RequestBody CreateUnit body) {
        UnitView unit = units.create(new UnitService.NewUnit(body.code(), body.name(), body.baseUnitId(),
                body.factor(), Boolean.TRUE.equals(body.fractional())));
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(unit);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('item:read')")
    Map<String, List<UnitView>> list() {
        return Map.of("items", units.list());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('item:read')")
    UnitView get(@PathVariable UUID id) {
        return units.get(id);
    }
}
