package dev.pitlane.customer.vehicle.web;

import dev.pitlane.customer.customer.application.Customer;
import dev.pitlane.customer.customer.application.CustomerService;
import dev.pitlane.customer.vehicle.application.OdometerReading;
import dev.pitlane.customer.vehicle.application.Ownership;
import dev.pitlane.customer.vehicle.application.Vehicle;
import dev.pitlane.customer.vehicle.application.VehicleService;
import dev.pitlane.customer.vehicle.domain.VehicleStatus;
import dev.pitlane.customer.web.FieldSelection;
import dev.pitlane.customer.web.RequestValidator;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.CursorPage;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
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
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/vehicles")
@Tag(name = "Vehicles", description = "Vehicles, their owners over time, odometer readings and status")
class VehicleController {

    private static final Set<String> EXPANDABLE = Set.of("customer");
    private static final Map<String, String> SORTS = Map.of("createdAt", "created_at", "registrationNumber",
            "registration_number", "make", "make", "year", "year");

    private final VehicleService vehicles;
    private final CustomerService customers;
    private final JsonMapper json;
    private final RequestValidator validator;

    VehicleController(VehicleService vehicles, CustomerService customers, JsonMapper json,
                      RequestValidator validator) {
        this.vehicles = vehicles;
        this.customers = customers;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('vehicle:write')")
    @Operation(summary = "Register a vehicle for a customer", description = "A VIN (17 characters, no I/O/Q), a "
            + "registration number (stored without spaces or dashes), or both. 409 `duplicate` names vin or "
            + "registrationNumber when another vehicle of the organization has it.")
    ResponseEntity<Vehicle> register(@RequestBody VehicleRequests.Register body) {
        validator.valid(body);
        Vehicle vehicle = vehicles.register(body.customerId(), body.input(), body.odometerKm());
        return ResponseEntity.created(URI.create("/api/v1/vehicles/" + vehicle.id())).body(vehicle);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('vehicle:read')")
    @Operation(summary = "A vehicle", description = "`?fields=` chooses fields; `?expand=customer` inlines the "
            + "owner (needs customer:read).")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Vehicle.class)))
    Object get(@PathVariable UUID id, @RequestParam(required = false) String fields,
               @RequestParam(required = false) String expand) {
        return shape(List.of(vehicles.get(id)), FieldSelection.of(fields, expand, Vehicle.class, EXPANDABLE)).get(0);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('vehicle:read')")
    @Operation(summary = "Find vehicles", description = "By VIN or registration number in any spacing, owner, "
            + "status or make; all given must match.")
    PageResponse<Object> search(@RequestParam(required = false) String vin,
                                @RequestParam(required = false) String registrationNumber,
                                @RequestParam(required = false) UUID customerId,
                                @RequestParam(required = false) VehicleStatus status,
                                @RequestParam(required = false) String make,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) List<String> sort,
                                @RequestParam(required = false) String fields,
                                @RequestParam(required = false) String expand) {
        FieldSelection selection = FieldSelection.of(fields, expand, Vehicle.class, EXPANDABLE);
        PageResponse<Vehicle> found = vehicles.search(vin, registrationNumber, customerId, status, make,
                PageQuery.of(page, size, sort, SORTS, new PageQuery.Sort("created_at", false)));
        return new PageResponse<>(shape(found.items(), selection), found.page());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('vehicle:write')")
    @Operation(summary = "Correct a vehicle's details", description = "Send all details with the `version` you read.")
    Vehicle update(@PathVariable UUID id, @RequestBody VehicleRequests.Update body) {
        validator.valid(body);
        return vehicles.update(id, body.input(), body.version());
    }

    @PostMapping("/{id}/ownership-transfers")
    @PreAuthorize("hasAuthority('vehicle:write')")
    @Operation(summary = "Transfer the vehicle to another customer", description = "The previous ownership is kept "
            + "in `GET /{id}/ownerships`.")
    Vehicle transfer(@PathVariable UUID id, @RequestBody VehicleRequests.Transfer body) {
        validator.valid(body);
        return vehicles.transfer(id, body.customerId(), body.note());
    }

    @GetMapping("/{id}/ownerships")
    @PreAuthorize("hasAuthority('vehicle:read')")
    @Operation(summary = "Who owned the vehicle when, newest first")
    List<Ownership> ownerships(@PathVariable UUID id) {
        return vehicles.ownerships(id);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('vehicle:write')")
    @Operation(summary = "Move the vehicle to another status", description = "ACTIVE → IN_SERVICE → "
            + "READY_FOR_DELIVERY → ACTIVE; ACTIVE ↔ INACTIVE; SCRAPPED is final. Another move is 409 "
            + "`illegal-status-transition`.")
    Vehicle changeStatus(@PathVariable UUID id, @RequestBody VehicleRequests.StatusChange body) {
        validator.valid(body);
        return vehicles.changeStatus(id, body.status());
    }

    @PostMapping("/{id}/odometer-readings")
    @PreAuthorize("hasAuthority('vehicle:write')")
    @Operation(summary = "Record an odometer reading", description = "Never below the current reading, unless "
            + "`correction` is true.")
    ResponseEntity<OdometerReading> addReading(@PathVariable UUID id,
                                               @RequestBody VehicleRequests.Reading body) {
        validator.valid(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(vehicles.recordReading(id, body.readingKm(),
                body.recordedAt(), body.isCorrection(), body.note()));
    }

    @GetMapping("/{id}/odometer-readings")
    @PreAuthorize("hasAuthority('vehicle:read')")
    @Operation(summary = "The vehicle's odometer readings, newest first", description = "Pass `next` as `cursor`.")
    CursorPage<OdometerReading> readings(@PathVariable UUID id, @RequestParam(required = false) String cursor,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
        return vehicles.readings(id, cursor, limit);
    }

    private List<Object> shape(List<Vehicle> items, FieldSelection selection) {
        if (!selection.expands("customer")) {
            return items.stream().map(v -> selection.apply(json, v, Map.of())).toList();
        }
        if (!TenantContext.caller().can("customer:read")) {
            throw DomainException.forbidden("Expanding the customer needs customer:read");
        }
        Map<UUID, Customer> owners = customers.getAll(new LinkedHashSet<>(items.stream().map(Vehicle::customerId).toList()));
        return items.stream().map(v -> selection.apply(json, v, owners.containsKey(v.customerId())
                ? Map.<String, Object>of("customer", owners.get(v.customerId())) : Map.<String, Object>of())).toList();
    }
}
