package dev.pitlane.auth.access;

import dev.pitlane.auth.access.domain.PermissionDefinition;
import dev.pitlane.auth.access.domain.PermissionMatrix;
import dev.pitlane.auth.access.domain.RoleDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PermissionMatrixTest {

    private final PermissionMatrix matrix = new PermissionMatrix(List.of(
            new RoleDefinition("SUPER_ADMIN", "", false, Set.of("organization:manage")),
            new RoleDefinition("TECHNICIAN", "", true, Set.of("stock:read", "parts-issue:request")),
            new RoleDefinition("STORE_KEEPER", "", true, Set.of("stock:read", "stock:adjust"))), List.of(
            new PermissionDefinition("organization:manage", "", false),
            new PermissionDefinition("stock:read", "", true),
            new PermissionDefinition("stock:adjust", "", true),
            new PermissionDefinition("parts-issue:request", "", true)));

    @Test
    void aUsersPermissionsAreTheUnionOfItsRoles() {
        assertThat(matrix.permissionsOf(List.of("TECHNICIAN", "STORE_KEEPER")))
                .containsExactly("parts-issue:request", "stock:adjust", "stock:read");
        assertThat(matrix.permissionsOf(List.of("UNKNOWN"))).isEmpty();
    }

    @Test
    void superAdminAndUnknownRolesCannotBeAssigned() {
        assertThat(matrix.notAssignable(List.of("TECHNICIAN", "SUPER_ADMIN", "KING"))).containsExactly("SUPER_ADMIN",
                "KING");
    }

    @Test
    void aClientGetsOnlyTenantPermissionsItsGranterHolds() {
        assertThat(matrix.notGrantable(List.of("stock:read", "stock:adjust", "organization:manage", "nope"),
                Set.of("stock:read", "organization:manage"))).containsExactly("stock:adjust", "organization:manage",
                "nope");
    }

    @Test
    void aRoleCannotGrantAPermissionThatDoesNotExist() {
        assertThatThrownBy(() -> new PermissionMatrix(List.of(new RoleDefinition("X", "", true, Set.of("ghost"))),
                List.of())).hasMessageContaining("ghost");
    }
}
