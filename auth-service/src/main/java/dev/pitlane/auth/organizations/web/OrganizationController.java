package dev.pitlane.auth.organizations.web;

import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.organizations.application.OrganizationService;
import dev.pitlane.auth.organizations.domain.Organization;
import dev.pitlane.auth.organizations.domain.OrganizationStatus;
import dev.pitlane.auth.users.application.NewUser;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "Tenants: created, changed and suspended by platform administrators")
class OrganizationController {

    private static final String NOT_BLANK = ".*\\S.*";

    private final OrganizationService organizations;

    OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    record FirstAdmin(@NotBlank @Size(max = 254) String email,
                      @NotBlank @Size(max = 100) String firstName,
                      @NotBlank @Size(max = 100) String lastName,
                      @Size(max = 40) String phone,
                      @Size(max = 128) @Schema(description = "The first password; omit it to send an invitation "
                              + "to choose one")
                      String password) {
    }

    record CreateOrganizationRequest(@NotBlank @Size(max = 200) @Schema(example = "Sai Motors") String name,
                                     @Size(max = 200) String legalName,
                                     @Size(max = 40) @Schema(example = "27AAPFU0939F1ZV") String taxId,
                                     @Size(max = 254) String contactEmail,
                                     @Size(max = 40) String contactPhone,
                                     @Size(max = 500) String address,
                                     @NotNull @Valid FirstAdmin admin) {
    }

    record UpdateOrganizationRequest(@Size(max = 200) @Pattern(regexp = NOT_BLANK) String name,
                                     @Size(max = 200) String legalName,
                                     @Size(max = 40) String taxId,
                                     @Size(max = 254) String contactEmail,
                                     @Size(max = 40) String contactPhone,
                                     @Size(max = 500) String address) {
    }

    record SuspendRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record OrganizationView(UUID id, String name, String legalName, String taxId, String contactEmail,
                            String contactPhone, String address, OrganizationStatus status, String suspendedReason,
                            Instant suspendedAt, Instant createdAt, Instant updatedAt, long version) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id(), o.name(), o.legalName(), o.taxId(), o.contactEmail(),
                    o.contactPhone(), o.address(), o.status(), o.suspendedReason(), o.suspendedAt(), o.createdAt(),
                    o.updatedAt(), o.version());
        }
    }

    record AdminView(UUID id, String email, List<String> roles, boolean invited) {
    }

    record CreatedView(OrganizationView organization, AdminView admin) {
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:manage')")
    @Operation(summary = "Create an organization with its first ORG_ADMIN",
            description = "409 duplicate (field name) when another organization has the name.")
    ResponseEntity<CreatedView> create(@Valid @RequestBody CreateOrganizationRequest body, RequestOrigin origin) {
        FirstAdmin a = body.admin();
        var created = organizations.create(new OrganizationService.Profile(body.name(), body.legalName(),
                        body.taxId(), body.contactEmail(), body.contactPhone(), body.address()),
                new NewUser(a.email(), a.firstName(), a.lastName(), a.phone(), null, Set.of(), Set.of(),
                        a.password()), origin);
        var admin = created.admin();
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.organization().id()))
                .body(new CreatedView(OrganizationView.of(created.organization()), new AdminView(admin.id(),
                        admin.email(), admin.roles().stream().sorted().toList(), admin.passwordHash() == null)));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:manage')")
    @Operation(summary = "List every organization (platform administrators)")
    PageResponse<OrganizationView> list(@RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @RequestParam(required = false) List<String> sort,
                                        @RequestParam(required = false) OrganizationStatus status,
                                        @RequestParam(required = false) @Size(max = 100) String q) {
        PageQuery query = PageQuery.of(page, size, sort, Map.of("name", "name", "createdAt", "created_at"),
                new PageQuery.Sort("name", false));
        return organizations.list(status, q, query).map(OrganizationView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:read')")
    @Operation(summary = "One organization: any for a platform administrator, only one's own otherwise")
    OrganizationView get(@PathVariable UUID id) {
        return OrganizationView.of(organizations.get(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:manage')")
    OrganizationView update(@PathVariable UUID id, @Valid @RequestBody UpdateOrganizationRequest body) {
        return OrganizationView.of(organizations.update(id, new OrganizationService.Profile(body.name(),
                body.legalName(), body.taxId(), body.contactEmail(), body.contactPhone(), body.address())));
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize("hasAuthority('organization:manage')")
    @Operation(summary = "Suspend: no sign-ins, sessions end at their next refresh, clients get no tokens")
    OrganizationView suspend(@PathVariable UUID id, @Valid @RequestBody SuspendRequest body) {
        return OrganizationView.of(organizations.suspend(id, body.reason().trim()));
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize("hasAuthority('organization:manage')")
    OrganizationView reactivate(@PathVariable UUID id) {
        return OrganizationView.of(organizations.reactivate(id));
    }
}
