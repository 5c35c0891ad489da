package dev.pitlane.customer.customer.web;

import dev.pitlane.customer.customer.application.Customer;
import dev.pitlane.customer.customer.application.CustomerSearch;
import dev.pitlane.customer.customer.application.CustomerService;
import dev.pitlane.customer.customer.domain.CustomerType;
import dev.pitlane.customer.vehicle.application.Vehicle;
import dev.pitlane.customer.vehicle.application.VehicleService;
import dev.pitlane.customer.web.FieldSelection;
import dev.pitlane.customer.web.RequestValidator;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Individuals and businesses, their phones, e-mail, addresses and consents")
class CustomerController {

    private static final Set<String> EXPANDABLE = Set.of("vehicles");
    private static final Map<String, String> SORTS = Map.of("name", "search_name", "createdAt", "created_at",
            "updatedAt", "updated_at");

    private final CustomerService customers;
    private final VehicleService vehicles;
    private final JsonMapper json;
    private final RequestValidator validator;

    CustomerController(CustomerService customers, VehicleService vehicles, JsonMapper json,
                       RequestValidator validator) {
        this.customers = customers;
        this.vehicles = vehicles;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('customer:write')")
    @Operation(summary = "Create a customer", description = "Phone and alternate phone are stored in E.164. "
            + "409 `duplicate` names the field (phone, email, gstin) another customer already has.")
    ResponseEntity<Customer> create(@RequestBody CustomerRequest body) {
        Customer created = customers.create(body.input());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(summary = "A customer", description = "`?fields=id,name,phone` returns only those fields; "
            + "`?expand=vehicles` inlines the customer's vehicles (needs vehicle:read).")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Customer.class)))
    Object get(@PathVariable UUID id, @RequestParam(required = false) String fields,
               @RequestParam(required = false) String expand) {
        FieldSelection selection = FieldSelection.of(fields, expand, Customer.class, EXPANDABLE);
        return shape(List.of(customers.get(id)), selection).get(0);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(summary = "Find customers", description = "Every criterion given must match. `q`: part of the name, "
            + "case- and accent-insensitive; when nothing contains it, names within a typo or two are returned, "
            + "closest first. `phone`: in any format (`98200 12345`, `+91-98200-12345`). `vin`, `registrationNumber`: "
            + "the owner of that vehicle. `deleted=true`: the deleted customers, to restore one.")
    PageResponse<Object> search(@RequestParam(required = false) @Parameter(example = "priya shar") String q,
                                @RequestParam(required = false) String phone,
                                @RequestParam(required = false) String email,
                                @RequestParam(required = false) String gstin,
                                @RequestParam(required = false) String vin,
                                @RequestParam(required = false) String registrationNumber,
                                @RequestParam(required = false) CustomerType type,
                                @RequestParam(required = false, defaultValue = "false") boolean deleted,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) List<String> sort,
                                @RequestParam(required = false) String fields,
                                @RequestParam(required = false) String expand) {
        FieldSelection selection = FieldSelection.of(fields, expand, Customer.class, EXPANDABLE);
        PageQuery query = PageQuery.of(page, size, sort, SORTS, null);
        PageResponse<Customer> found = customers.search(new CustomerSearch(q, phone, email, gstin, vin,
                registrationNumber, type, deleted), query);
        return new PageResponse<>(shape(found.items(), selection), found.page());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('customer:write')")
    @Operation(summary = "Change a customer", description = "Send the whole customer with the `version` you read; "
            + "409 `concurrent-modification` when someone changed it meanwhile.")
    Customer update(@PathVariable UUID id, @RequestBody CustomerUpdateRequest body) {
        validator.valid(body);
        return customers.update(id, body.input(), body.version());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('customer:delete')")
    @Operation(summary = "Delete a customer (soft)", description = "The customer disappears from reads and searches "
            + "and frees its phone, e-mail and GSTIN; `POST /{id}/restore` brings it back.")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        customers.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAuthority('customer:delete')")
    @Operation(summary = "Restore a deleted customer", description = "409 `duplicate` when its phone, e-mail or "
            + "GSTIN was given to another customer meanwhile; 409 `not-deleted` when it is not deleted.")
    Customer restore(@PathVariable UUID id) {
        return customers.restore(id);
    }

    private List<Object> shape(List<Customer> items, FieldSelection selection) {
        if (selection.expands("vehicles") && !TenantContext.caller().can("vehicle:read")) {
            throw DomainException.forbidden("Expanding vehicles needs vehicle:read");
        }
        Map<UUID, List<Vehicle>> owned = selection.expands("vehicles")
                ? vehicles.ofCustomers(items.stream().map(Customer::id).toList()) : Map.of();
        return items.stream().map(c -> selection.apply(json, c, selection.expands("vehicles")
                ? Map.<String, Object>of("vehicles", owned.getOrDefault(c.id(), List.of())) : Map.<String, Object>of())).toList();
    }
}
