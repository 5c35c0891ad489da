package dev.pitlane.inventory.location.web;

import dev.pitlane.inventory.location.application.BinView;
import dev.pitlane.inventory.location.application.LocationService;
import dev.pitlane.inventory.location.application.LocationType;
import dev.pitlane.inventory.location.application.LocationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/v1/locations")
@Tag(name = "Locations", description = "Central warehouses and service-center stores, with optional bins")
class LocationController {

    record CreateLocation(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name,
                          @NotNull LocationType type, UUID serviceCenterId, @Size(max = 500) String address) {
    }

    /** {@code version}, when given, is the one the caller read: a location changed since is not overwritten (409). */
    record UpdateLocation(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name,
                          @Size(max = 500) String address, Boolean active, Long version) {
    }

    record CreateBin(@NotBlank @Size(max = 32) String code) {
    }

    private final LocationService locations;

    LocationController(LocationService locations) {
        this.locations = locations;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('location:write')")
    ResponseEntity<LocationView> create(@Valid @RequestBody CreateLocation body) {
        LocationView l = locations.create(new LocationService.LocationRequest(body.code(), body.name(), body.type(),
                body.serviceCenterId(), body.address(), true, null));
        return ResponseEntity.created(URI.create("/api/v1/locations/" + l.id())).body(l);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('location:write')")
    @Operation(summary = "Rename, re-address or (de)activate a location; its type and service center are fixed")
    LocationView update(@PathVariable UUID id, @Valid @RequestBody UpdateLocation body) {
        return locations.update(id, new LocationService.LocationRequest(body.code(), body.name(), null, null,
                body.address(), body.active(), body.version()));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('location:read')")
    @Operation(summary = "Locations, optionally of one type or one service center")
    Map<String, List<LocationView>> list(@RequestParam(required = false) LocationType type,
                                         @RequestParam(required = false) UUID serviceCenterId) {
        return Map.of("items", locations.list(type, serviceCenterId));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('location:read')")
    LocationView get(@PathVariable UUID id) {
        return locations.get(id);
    }

    @PostMapping("/{id}/bins")
    @PreAuthorize("hasAuthority('location:write')")
    ResponseEntity<BinView> addBin(@PathVariable UUID id, @Valid @RequestBody CreateBin body) {
        BinView bin = locations.addBin(id, body.code());
        return ResponseEntity.created(URI.create("/api/v1/locations/" + id + "/bins/" + bin.id())).body(bin);
    }

    @GetMapping("/{id}/bins")
    @PreAuthorize("hasAuthority('location:read')")
    Map<String, List<BinView>> bins(@PathVariable UUID id) {
        return Map.of("items", locations.bins(id));
    }
}
