package dev.pitlane.auth.access.web;

import dev.pitlane.auth.access.application.Permissions;
import dev.pitlane.auth.access.domain.PermissionDefinition;
import dev.pitlane.auth.access.domain.RoleDefinition;
import dev.pitlane.platform.domain.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@RestController
@Tag(name = "Roles and permissions", description = "The permission matrix that every token is built from")
class RoleController {

    private final Permissions permissions;

    RoleController(Permissions permissions) {
        this.permissions = permissions;
    }

    record RoleView(String name, String description, boolean assignable, Set<String> permissions) {
        static RoleView of(RoleDefinition role) {
            return new RoleView(role.name(), role.description(), role.assignable(), new TreeSet<>(role.permissions()));
        }
    }

    @GetMapping("/api/v1/roles")
    @PreAuthorize("hasAuthority('role:read')")
    @Operation(summary = "Every role with the permissions it grants")
    List<RoleView> roles() {
        return permissions.matrix().roles().stream().map(RoleView::of).toList();
    }

    @GetMapping("/api/v1/roles/{name}")
    @PreAuthorize("hasAuthority('role:read')")
    @Operation(summary = "One role with the permissions it grants")
    RoleView role(@PathVariable String name) {
        RoleDefinition role = permissions.matrix().role(name);
        if (role == null) {
            throw DomainException.notFound("Role", name);
        }
        return RoleView.of(role);
    }

    @GetMapping("/api/v1/permissions")
    @PreAuthorize("hasAuthority('role:read')")
    @Operation(summary = "Every permission; tenant=false marks the platform's own")
    List<PermissionDefinition> permissions() {
        return permissions.matrix().permissions();
    }
}
