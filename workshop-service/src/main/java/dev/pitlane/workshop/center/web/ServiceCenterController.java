package dev.pitlane.workshop.center.web;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.workshop.center.application.BayView;
import dev.pitlane.workshop.center.application.ServiceCenterService;
import dev.pitlane.workshop.center.application.ServiceCenterView;
import dev.pitlane.workshop.center.domain.BayType;
import dev.pitlane.workshop.shared.application.HoursRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/service-centers")
@Tag(name = "Service centers", description = "Service centers, their hours, holidays and bays")
class ServiceCenterController {

    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name");

    private final ServiceCenterService centers;

    ServiceCenterController(ServiceCenterService centers) {
        this.centers = centers;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('workshop:manage')")
    @Operation(summary = "Register a service center with its weekly hours")
    ResponseEntity<ServiceCenterView> create(@Valid @RequestBody ServiceCenterRequest body) {
        ServiceCenterView created = centers.create(body.id() == null ? UUID.randomUUID() : body.id(), body.code(),
                body.details(), body.weeklyHours());
        return ResponseEntity.created(URI.create("/api/v1/service-centers/" + created.id())).body(created);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('workshop:read')")
    PageResponse<ServiceCenterView> list(@RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size,
                                         @RequestParam(required = false) List<String> sort) {
        return centers.list(PageQuery.of(page, size, sort, SORTS, new PageQuery.Sort("code", false)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('workshop:read')")
    ServiceCenterView get(@PathVariable UUID id) {
        return centers.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('workshop:manage')")
    @Operation(summary = "Replace a center's details", description = "Optimistic: 409 when the version changed")
    ServiceCenterView update(@PathVariable UUID id, @Valid @RequestBody ServiceCenterUpdateRequest body) {
        return centers.update(id, body.details(), body.version());
    }

    @PutMapping("/{id}/hours")
    @PreAuthorize("hasAuthority('workshop:manage')")
    @Operation(summary = "Replace the weekly hours", description = "A weekday left out is a closed day")
    ServiceCenterView hours(@PathVariable UUID id, @Valid @RequestBody List<@NotNull @Valid HoursRequest> body) {
        return centers.replaceHours(id, body.stream().map(HoursRequest::toDomain).toList());
    }

    record HolidayRequest(@NotNull LocalDate day, @NotBlank @Size(max = 100) String name) {
    }

    @PostMapping("/{id}/holidays")
    @PreAuthorize("hasAuthority('workshop:manage')")
    ServiceCenterView addHoliday(@PathVariable UUID id, @Valid @RequestBody HolidayRequest body) {
        return centers.addHoliday(id, body.day(), body.name());
    }

    @DeleteMapping("/{id}/holidays/{day}")
    @PreAuthorize("hasAuthority('workshop:manage')")
    ServiceCenterView removeHoliday(@PathVariable UUID id,
                                    @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return centers.removeHoliday(id, day);
    }

    record BayRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,20}") String code, @NotNull BayType type) {
    }

    record BayUpdateRequest(@NotNull BayType type, boolean active, @NotNull Long version) {
    }

    @PostMapping("/{id}/bays")
    @PreAuthorize("hasAuthority('workshop:manage')")
    ResponseEntity<BayView> addBay(@PathVariable UUID id, @Valid @RequestBody BayRequest body) {
        BayView bay = centers.addBay(id, body.code(), body.type());
        return ResponseEntity.created(URI.create("/api/v1/service-centers/" + id + "/bays/" + bay.id())).body(bay);
    }

    @GetMapping("/{id}/bays")
    @PreAuthorize("hasAuthority('workshop:read')")
    List<BayView> bays(@PathVariable UUID id) {
        return centers.bays(id);
    }

    @PutMapping("/{id}/bays/{bayId}")
    @PreAuthorize("hasAuthority('workshop:manage')")
    BayView changeBay(@PathVariable UUID id, @PathVariable UUID bayId, @Valid @RequestBody BayUpdateRequest body) {
        return centers.changeBay(id, bayId, body.type(), body.active(), body.version());
    }
}
